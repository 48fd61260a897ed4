import { describe, expect, test } from 'vitest';
import { loadTrail } from '../../../src/core/content/load-trail.ts';
import { PRINTED_REGISTER_HEADER } from '../../../src/core/printed/register.ts';
import { validateContent } from '../../../src/core/validate.ts';
import { trailCopy, type Edit } from '../../helpers/trail-copy.ts';

/**
 * `content/printed.yaml` and `content/retired.yaml` (issue #5), read by the loader and checked by
 * every rule, on copies of the minimal trail: TE01 in `dinh-mau`, TE02 in `den-cap`, at
 * https://trail.example.vn.
 */

async function load(edits: Record<string, Edit>) {
	const copy = await trailCopy('minimal', edits);
	return loadTrail({ contentDir: copy.content, cwd: copy.root });
}

async function validate(edits: Record<string, Edit>) {
	const copy = await trailCopy('minimal', edits);
	return validateContent({ contentDir: copy.content, cwd: copy.root });
}

/** A printed plaque of five lines (four without a folder): code, url, size, date, folder. */
const plaque = ({ code = 'TE01', url, size = 'a5', folder = 'dinh-mau' }: { code?: string; url?: string; size?: string; folder?: string | null } = {}) =>
	`- code: ${code}\n  url: ${url ?? `https://TRAIL.EXAMPLE.VN/${code}`}\n  size: ${size}\n  date: 2026-12-01\n${folder === null ? '' : `  folder: ${folder}\n`}`;

/** A retired site of seven lines (six without goTo): code, title (2 lines), reason, date, folder, goTo. */
const retiredSite = ({ code = 'TE05', reason = 'merged', folder = 'nui-hua', goTo = 'TE01' as string | null } = {}) =>
	`- code: ${code}\n  title:\n    vi: Núi Hứa\n  reason: ${reason}\n  date: 2026-11-20\n  folder: ${folder}\n${goTo === null ? '' : `  goTo: ${goTo}\n`}`;

/** The line that says den-cap once had another folder name, added under its code (vi.md line 3). */
const formerFolders = (names: string) => (s: string) => s.replace('code: TE02\n', `code: TE02\nformerFolders: [${names}]\n`);

describe('registers', () => {
	describe('loadTrail', () => {
		test('no printed.yaml and no retired.yaml: both are empty lists', async () => {
			const { trail, printed, retired, problems, sources } = await load({});
			expect(problems).toEqual([]);
			expect(printed).toEqual([]);
			expect(retired).toEqual([]);
			expect(trail).toMatchObject({ printed: [], retired: [] });
			expect([...sources.keys()].filter((file) => file.endsWith('.yaml'))).toEqual(['content/settings.yaml']);
		});

		test.each([
			['printed.yaml', 'the header written by --mark-printed', PRINTED_REGISTER_HEADER],
			['printed.yaml', 'an empty file', ''],
			['retired.yaml', 'comments only', '# Di tích thôi giới thiệu.\n#\n# - code: DH05\n#   reason: closed\n'],
			['retired.yaml', 'an empty file', ''],
		])('%s with %s is an empty list, not a problem', async (file, _, text) => {
			const { printed, retired, problems } = await load({ [file]: text });
			expect(problems).toEqual([]);
			expect([...printed, ...retired]).toEqual([]);
		});

		test('keeps every plaque in file order, with its index and the positions of the file', async () => {
			const { trail, printed, problems, sources } = await load({ 'printed.yaml': `${PRINTED_REGISTER_HEADER}${plaque()}${plaque({ code: 'TE02', size: 'board-30x40', folder: null })}` });
			expect(problems).toEqual([]);
			expect(trail?.printed).toBe(printed);
			expect(printed.map(({ data, file, index }) => ({ data, file, index }))).toEqual([
				{ data: { code: 'TE01', url: 'https://TRAIL.EXAMPLE.VN/TE01', size: 'a5', date: '2026-12-01', folder: 'dinh-mau' }, file: 'content/printed.yaml', index: 0 },
				{ data: { code: 'TE02', url: 'https://TRAIL.EXAMPLE.VN/TE02', size: 'board-30x40', date: '2026-12-01' }, file: 'content/printed.yaml', index: 1 },
			]);
			// The header takes 5 lines, the first plaque 5 more: the second starts on line 11.
			expect(printed[1]?.positions.values['1.code']).toEqual({ line: 11, column: 9 });
			expect(sources.has('content/printed.yaml')).toBe(true);
		});

		test('keeps every retired site with its titles, note and former folders', async () => {
			const text = `${retiredSite()}  formerFolders: [rung-co]\n  note:\n    vi: Rừng cò nay được giới thiệu cùng Đình Mẫu.\n    en: The egret forest is now shown with Mau Communal House.\n`;
			const { retired, problems } = await load({ 'retired.yaml': text });
			expect(problems).toEqual([]);
			expect(retired.map(({ data, file, index }) => ({ data, file, index }))).toEqual([
				{
					data: { code: 'TE05', title: { vi: 'Núi Hứa' }, reason: 'merged', date: '2026-11-20', folder: 'nui-hua', goTo: 'TE01', formerFolders: ['rung-co'], note: { vi: 'Rừng cò nay được giới thiệu cùng Đình Mẫu.', en: 'The egret forest is now shown with Mau Communal House.' } },
					file: 'content/retired.yaml',
					index: 0,
				},
			]);
		});

		test('reads the registers even when settings.yaml is missing, for the checks', async () => {
			const { trail, printed, retired } = await load({ 'settings.yaml': null, 'printed.yaml': plaque(), 'retired.yaml': retiredSite() });
			expect(trail).toBeUndefined();
			expect([printed.length, retired.length]).toEqual([1, 1]);
		});

		test('reads formerFolders from vi.md', async () => {
			const { sites, problems } = await load({ 'sites/den-cap/vi.md': formerFolders('den-cap-cu, den-thu') });
			expect(problems).toEqual([]);
			expect(sites.find((s) => s.slug === 'den-cap')?.data.formerFolders).toEqual(['den-cap-cu', 'den-thu']);
		});

		test('a misspelt field is an unknown field at its line, with the name it should have, and the register is refused', async () => {
			const { printed, problems } = await load({ 'printed.yaml': plaque().replace('- code:', '- cod:') });
			expect(printed).toEqual([]);
			expect(problems).toEqual([{ code: 'unknown-field', severity: 'error', file: 'content/printed.yaml', line: 1, column: 3, field: '0.cod', params: { key: 'cod', suggestion: 'code' } }]);
		});

		// closestMatch (src/core/problems/suggest.ts) counts two swapped neighbouring letters as one
		// edit (Damerau), so "cdoe" suggests "code", and the missing "code" is not reported as well.
		test('two swapped letters (cdoe) also suggest the right name, and nothing else is reported', async () => {
			const { problems } = await load({ 'printed.yaml': plaque().replace('- code:', '- cdoe:') });
			expect(problems).toEqual([{ code: 'unknown-field', severity: 'error', file: 'content/printed.yaml', line: 1, column: 3, field: '0.cdoe', params: { key: 'cdoe', suggestion: 'code' } }]);
		});

		test('a size that does not exist is an invalid choice, listing the sizes', async () => {
			const { printed, problems } = await load({ 'printed.yaml': plaque({ size: 'a3' }) });
			expect(printed).toEqual([]);
			expect(problems).toEqual([
				{ code: 'invalid-choice', severity: 'error', file: 'content/printed.yaml', line: 3, column: 9, field: '0.size', params: { value: 'a3', choices: ['a4', 'a5', 'a6', 'board-20x30', 'board-30x40', 'sticker-10x10'], suggestion: 'a4' } },
			]);
		});

		test('a mistake in the second entry is at the second entry’s line', async () => {
			const { problems } = await load({ 'printed.yaml': plaque() + plaque({ code: 'TE02', folder: 'den-cap' }).replace('2026-12-01', '1.12.2026') });
			expect(problems).toEqual([{ code: 'invalid-date', severity: 'error', file: 'content/printed.yaml', line: 9, column: 9, field: '1.date', params: { value: '1.12.2026' } }]);
		});

		test('an entry that is a plain code, not a group of fields, is the wrong kind of value', async () => {
			const { printed, problems } = await load({ 'printed.yaml': `${plaque()}- TE02\n` });
			expect(printed).toEqual([]);
			expect(problems).toEqual([{ code: 'wrong-type', severity: 'error', file: 'content/printed.yaml', line: 6, column: 3, field: '1', params: { value: 'TE02', expected: 'group' } }]);
		});

		test('a file that is one group of fields instead of a list is the wrong kind of value at line 1', async () => {
			const text = 'code: TE01\nurl: https://TRAIL.EXAMPLE.VN/TE01\nsize: a5\ndate: 2026-12-01\n';
			const { printed, problems } = await load({ 'printed.yaml': text });
			expect(printed).toEqual([]);
			expect(problems).toEqual([{ code: 'wrong-type', severity: 'error', file: 'content/printed.yaml', line: 1, column: 1, field: '', params: { value: text.trimEnd(), expected: 'list' } }]);
		});

		test('a field written twice is a duplicate field at the second', async () => {
			const { printed, problems } = await load({ 'printed.yaml': plaque().replace('  url:', '  code: TE02\n  url:') });
			expect(printed).toEqual([]);
			expect(problems).toEqual([{ code: 'duplicate-field', severity: 'error', file: 'content/printed.yaml', line: 2, column: 3, field: '0.code', params: { key: 'code' } }]);
		});

		test('a file that is not YAML at all is one problem and an empty register', async () => {
			const { printed, problems } = await load({ 'printed.yaml': '- code: TE01\n  url: [https\n' });
			expect(printed).toEqual([]);
			expect(problems).toEqual([{ code: 'front-matter-invalid', severity: 'error', file: 'content/printed.yaml', line: 3, column: 1, params: { detail: 'Flow sequence in block collection must be sufficiently indented and end with a ]' } }]);
		});

		test('a retired site: an unknown title language, an unknown reason, each at its line', async () => {
			const text = retiredSite({ reason: 'gone' }).replace('    vi: Núi Hứa\n', '    vi: Núi Hứa\n    fr: Mont Hua\n');
			const { retired, problems } = await load({ 'retired.yaml': text });
			expect(retired).toEqual([]);
			expect(problems).toEqual([
				{ code: 'unknown-field', severity: 'error', file: 'content/retired.yaml', line: 4, column: 5, field: '0.title.fr', params: { key: 'fr' } },
				{ code: 'invalid-choice', severity: 'error', file: 'content/retired.yaml', line: 5, column: 11, field: '0.reason', params: { value: 'gone', choices: ['closed', 'merged', 'moved'] } },
			]);
		});

		test('a retired site without title or folder: each missing field points at the entry', async () => {
			const { problems } = await load({ 'retired.yaml': '- code: TE05\n  reason: closed\n  date: 2026-11-20\n' });
			expect(problems).toEqual([
				{ code: 'required-field-missing', severity: 'error', file: 'content/retired.yaml', line: 1, column: 3, field: '0.title', params: { key: 'title' } },
				{ code: 'required-field-missing', severity: 'error', file: 'content/retired.yaml', line: 1, column: 3, field: '0.folder', params: { key: 'folder' } },
			]);
		});

		test('an empty formerFolders list in vi.md is too short', async () => {
			const { sites, problems } = await load({ 'sites/den-cap/vi.md': formerFolders('') });
			expect(sites.map((s) => s.slug)).toEqual(['dinh-mau']);
			expect(problems).toEqual([{ code: 'list-too-short', severity: 'error', file: 'content/sites/den-cap/vi.md', line: 3, column: 16, field: 'formerFolders', params: { min: 1 } }]);
		});

		// A folder name that breaks FolderNameSchema's pattern (`folder` in printed.yaml and
		// retired.yaml, `formerFolders.N` in vi.md and retired.yaml) is called a folder name, with
		// slugify's suggestion: not `invalid-url` (which asks for an https:// address), not `invalid-slug`.
		test.each([
			['printed.yaml', plaque({ folder: 'Den_Cap' }), { file: 'content/printed.yaml', line: 5, column: 11, field: '0.folder' }],
			['retired.yaml', retiredSite({ folder: 'Den_Cap' }), { file: 'content/retired.yaml', line: 6, column: 11, field: '0.folder' }],
			['retired.yaml', `${retiredSite()}  formerFolders: [Den_Cap]\n`, { file: 'content/retired.yaml', line: 8, column: 19, field: '0.formerFolders.0' }],
			['sites/den-cap/vi.md', formerFolders('Den_Cap'), { file: 'content/sites/den-cap/vi.md', line: 3, column: 17, field: 'formerFolders.0' }],
		] as const)('a folder name with capitals in %s is an invalid folder name, not an address', async (file, edit, at) => {
			const { problems } = await load({ [file]: edit });
			expect(problems).toEqual([{ code: 'folder-name-invalid', severity: 'error', ...at, params: { value: 'Den_Cap', suggestion: 'den-cap' } }]);
		});
	});

	describe('validateContent', () => {
		test('a register of plaques that all still lead to their pages is fine', async () => {
			const result = await validate({ 'printed.yaml': PRINTED_REGISTER_HEADER + plaque() + plaque({ code: 'TE02', folder: 'den-cap' }) });
			expect(result.problems).toEqual([]);
			expect(result.ok).toBe(true);
		});

		test('a printed code that no site has is exactly one error, at its code, issue #5', async () => {
			const result = await validate({ 'printed.yaml': plaque() + plaque({ code: 'TE05', folder: 'nui-hua' }) });
			expect(result.ok).toBe(false);
			expect(result.problems).toEqual([{ code: 'printed-code-gone', severity: 'error', file: 'content/printed.yaml', field: '1.code', line: 6, column: 9, params: { code: 'TE05', date: '2026-12-01' } }]);
		});

		test('retiring that code in retired.yaml makes it fine, issue #5', async () => {
			const result = await validate({ 'printed.yaml': plaque({ code: 'TE05', folder: 'nui-hua' }), 'retired.yaml': retiredSite() });
			expect(result.problems).toEqual([]);
			expect(result.ok).toBe(true);
		});

		test('a plaque printed with another host is an error at its url', async () => {
			const result = await validate({ 'printed.yaml': plaque({ url: 'https://OLD.EXAMPLE.VN/TE01' }) });
			expect(result.problems).toEqual([
				{ code: 'printed-url-changed', severity: 'error', file: 'content/printed.yaml', field: '0.url', line: 2, column: 8, params: { code: 'TE01', printed: 'https://OLD.EXAMPLE.VN/TE01', current: 'https://TRAIL.EXAMPLE.VN/TE01' } },
			]);
		});

		test.each(['https://TRAIL.EXAMPLE.VN/TE01', 'https://trail.example.vn/TE01'])('the host as the QR code has it or as settings.yaml has it (%s) is the same address', async (url) => {
			expect((await validate({ 'printed.yaml': plaque({ url }) })).problems).toEqual([]);
		});

		test('a site whose folder changed since printing is an error at the plaque’s folder', async () => {
			const result = await validate({ 'printed.yaml': plaque({ code: 'TE02', folder: 'den-cap-cu' }) });
			expect(result.problems).toEqual([
				{ code: 'printed-folder-renamed', severity: 'error', file: 'content/printed.yaml', field: '0.folder', line: 5, column: 11, params: { code: 'TE02', folder: 'den-cap-cu', current: 'den-cap', file: 'content/sites/den-cap/vi.md' } },
			]);
		});

		test('the old folder kept in formerFolders makes it fine', async () => {
			const result = await validate({ 'printed.yaml': plaque({ code: 'TE02', folder: 'den-cap-cu' }), 'sites/den-cap/vi.md': formerFolders('den-cap-cu') });
			expect(result.problems).toEqual([]);
			expect(result.ok).toBe(true);
		});

		test('a former folder that is another site’s folder is an error in vi.md', async () => {
			const result = await validate({ 'sites/den-cap/vi.md': formerFolders('den-cap-cu, dinh-mau') });
			expect(result.problems).toEqual([{ code: 'folder-name-taken', severity: 'error', file: 'content/sites/den-cap/vi.md', field: 'formerFolders.1', line: 3, column: 29, params: { folder: 'dinh-mau', otherFile: 'content/sites/dinh-mau/vi.md' } }]);
		});

		test('a retired folder that a site of the trail still uses is an error at the retired folder', async () => {
			const result = await validate({ 'retired.yaml': retiredSite({ folder: 'dinh-mau' }) });
			expect(result.problems).toEqual([{ code: 'folder-name-taken', severity: 'error', file: 'content/retired.yaml', field: '0.folder', line: 6, column: 11, params: { folder: 'dinh-mau', otherFile: 'content/sites/dinh-mau/vi.md' } }]);
		});

		test('a site retired as merged without goTo is an error at its reason', async () => {
			const result = await validate({ 'retired.yaml': retiredSite({ goTo: null }) });
			expect(result.problems).toEqual([{ code: 'retired-goto-missing', severity: 'error', file: 'content/retired.yaml', field: '0.reason', line: 4, column: 11, params: { reason: 'merged' } }]);
		});

		test('goTo a code no site has is an error at goTo', async () => {
			const result = await validate({ 'retired.yaml': retiredSite({ goTo: 'DH99' }) });
			expect(result.problems).toEqual([{ code: 'retired-goto-unknown', severity: 'error', file: 'content/retired.yaml', field: '0.goTo', line: 7, column: 9, params: { goTo: 'DH99' } }]);
		});

		test('goTo an https address is fine', async () => {
			const result = await validate({ 'retired.yaml': retiredSite({ reason: 'moved', goTo: 'https://baotang.example.vn/nui-hua' }) });
			expect(result.problems).toEqual([]);
			expect(result.ok).toBe(true);
		});

		test('a retired code that a site still uses is an error at the retired code', async () => {
			const result = await validate({ 'retired.yaml': retiredSite({ code: 'TE02' }) });
			expect(result.problems).toEqual([{ code: 'retired-code-in-use', severity: 'error', file: 'content/retired.yaml', field: '0.code', line: 1, column: 9, params: { code: 'TE02', otherFile: 'content/sites/den-cap/vi.md' } }]);
		});

		test('a register that does not load is not ok, and its plaques are not checked one by one', async () => {
			const result = await validate({ 'printed.yaml': plaque({ code: 'TE05', size: 'a3' }) });
			expect(result.ok).toBe(false);
			expect(result.problems.map((p) => [p.code, p.file, p.line])).toEqual([['invalid-choice', 'content/printed.yaml', 3]]);
		});
	});
});
