import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadTrail } from '../../../src/core/content/load-trail.ts';
import { trailCopy } from '../../helpers/trail-copy.ts';

/** Loads a copy the way `npm run check` does from the copy's root folder. */
async function load(copy: { root: string; content: string }, cwd = copy.root) {
	return loadTrail({ contentDir: copy.content, cwd });
}

const codes = (problems: readonly { code: string }[]) => problems.map((p) => p.code);

describe('loadTrail', () => {
	test('loads the minimal trail: two sites in trail order, with translation and photos', async () => {
		const copy = await trailCopy('minimal');
		const { trail, sites, siteFolders, problems } = await load(copy);
		expect(problems).toEqual([]);
		expect(siteFolders).toBe(2);
		expect(trail?.sites).toBe(sites);
		expect(trail?.contentDir).toBe(copy.content);
		expect(trail?.settings).toMatchObject({ baseUrl: 'https://trail.example.vn', languages: ['vi', 'en'], plaque: { size: 'a5', bleedMm: 3 } });
		// Folders are read in name order (den-cap, dinh-mau); the trail field puts dinh-mau first.
		expect(sites.map((s) => [s.slug, s.data.code, s.data.trail])).toEqual([
			['dinh-mau', 'TE01', 1],
			['den-cap', 'TE02', 2],
		]);
	});

	test('keeps each site’s files, text, translations and positions', async () => {
		const copy = await trailCopy('minimal');
		const [dinhMau, denCap] = (await load(copy)).sites;
		expect(dinhMau).toMatchObject({ slug: 'dinh-mau', dir: path.join(copy.content, 'sites', 'dinh-mau'), file: 'content/sites/dinh-mau/vi.md', bodyLine: 18 });
		expect(dinhMau?.body.startsWith('Đình Mẫu là một di tích **thử nghiệm**.')).toBe(true);
		expect(dinhMau?.positions.values['location.lat']).toEqual({ line: 8, column: 8 });
		expect(Object.keys(dinhMau?.translations ?? {})).toEqual(['en']);
		expect(dinhMau?.translations.en).toMatchObject({ lang: 'en', file: 'content/sites/dinh-mau/en.md', data: { title: 'Mau Communal House', machineTranslated: false }, bodyLine: 6 });
		expect(denCap?.translations).toEqual({});
		expect(denCap?.data.sample).toBe(true);
	});

	test('finds each photo with its size, format and content hash', async () => {
		const copy = await trailCopy('minimal');
		const [dinhMau, denCap] = (await load(copy)).sites;
		expect(dinhMau?.photoStatus).toEqual({ 'cover.jpg': 'ok' });
		expect(dinhMau?.photos['cover.jpg']).toEqual({ src: 'cover.jpg', path: path.join(copy.content, 'sites', 'dinh-mau', 'cover.jpg'), widthPx: 640, heightPx: 400, format: 'jpeg', hash: expect.stringMatching(/^[0-9a-f]{12}$/), placeholder: expect.stringMatching(/^data:image\/webp;base64,/) });
		expect(denCap?.photos['cover.png']).toMatchObject({ widthPx: 400, heightPx: 300, format: 'png' });
	});

	test('keeps every file text for code frames, by display path', async () => {
		const copy = await trailCopy('minimal');
		const { sources } = await load(copy);
		expect([...sources.keys()].sort()).toEqual(['content/settings.yaml', 'content/sites/den-cap/vi.md', 'content/sites/dinh-mau/en.md', 'content/sites/dinh-mau/vi.md']);
		expect(sources.get('content/sites/den-cap/vi.md')?.split('\n')[1]).toBe('code: TE02');
	});

	test('reports a missing settings.yaml and still loads the sites for the checks', async () => {
		const copy = await trailCopy('minimal', { 'settings.yaml': null });
		const { trail, sites, problems } = await load(copy);
		expect(trail).toBeUndefined();
		expect(sites).toHaveLength(2);
		expect(problems).toEqual([{ code: 'settings-missing', severity: 'error', file: 'content/settings.yaml', params: { dir: 'content/' } }]);
	});

	test('reports a missing sites/ folder', async () => {
		const copy = await trailCopy('minimal');
		await rm(path.join(copy.content, 'sites'), { recursive: true });
		const { trail, sites, siteFolders, problems } = await load(copy);
		expect(sites).toEqual([]);
		expect(siteFolders).toBe(0);
		expect(trail?.sites).toEqual([]);
		expect(problems).toEqual([{ code: 'sites-folder-missing', severity: 'error', file: 'content/sites/', params: { dir: 'content/sites/' } }]);
	});

	test('reports a translation without vi.md, naming the folder, and leaves that site out', async () => {
		const copy = await trailCopy('minimal');
		await mkdir(path.join(copy.content, 'sites', 'chua-moi'));
		await writeFile(path.join(copy.content, 'sites', 'chua-moi', 'en.md'), '---\ntitle: New pagoda\nsummary: A pagoda.\n---\n');
		const { sites, siteFolders, problems } = await load(copy);
		expect(problems).toEqual([{ code: 'translation-without-vi', severity: 'error', file: 'content/sites/chua-moi/en.md', params: { dir: 'content/sites/chua-moi/', lang: 'en' } }]);
		expect(sites.map((s) => s.slug)).toEqual(['dinh-mau', 'den-cap']);
		expect(siteFolders).toBe(3);
	});

	test('a site folder whose vi.md is named Vi.md is an error, not a site that silently disappears', async () => {
		// On Linux "Vi.md" is not "vi.md"; a warning alone would let check pass with one site fewer.
		const copy = await trailCopy('minimal');
		const folder = path.join(copy.content, 'sites', 'den-cap');
		await writeFile(path.join(folder, 'Vi.md'), await readFile(path.join(folder, 'vi.md')));
		await rm(path.join(folder, 'vi.md'));
		const { problems } = await load(copy);
		expect(problems.filter((p) => p.severity === 'error' && p.file.startsWith('content/sites/den-cap/'))).not.toEqual([]);
	});

	test('names the lower-case file name a misnamed Vi.md must have', async () => {
		const copy = await trailCopy('minimal');
		const folder = path.join(copy.content, 'sites', 'den-cap');
		await writeFile(path.join(folder, 'Vi.md'), await readFile(path.join(folder, 'vi.md')));
		await rm(path.join(folder, 'vi.md'));
		const { problems } = await load(copy);
		expect(problems.filter((p) => p.file.startsWith('content/sites/den-cap/'))).toEqual([
			{ code: 'language-file-case', severity: 'error', file: 'content/sites/den-cap/Vi.md', params: { name: 'Vi.md', expected: 'vi.md' } },
		]);
	});

	test('a site folder with no Markdown at all is an error that names the folder', async () => {
		const copy = await trailCopy('minimal');
		await mkdir(path.join(copy.content, 'sites', 'dinh-moi'));
		await writeFile(path.join(copy.content, 'sites', 'dinh-moi', 'cover.jpg'), 'not yet');
		const { sites, siteFolders, problems } = await load(copy);
		expect(problems).toEqual([{ code: 'vi-missing', severity: 'error', file: 'content/sites/dinh-moi/', params: { dir: 'content/sites/dinh-moi/' } }]);
		expect(sites.map((s) => s.slug)).toEqual(['dinh-mau', 'den-cap']);
		expect(siteFolders).toBe(3);
	});

	test('reports a vi.md that cannot be read, with the reason', async () => {
		const copy = await trailCopy('minimal', { 'sites/den-cap/vi.md': null });
		await mkdir(path.join(copy.content, 'sites', 'den-cap', 'vi.md'));
		const { sites, problems } = await load(copy);
		expect(problems).toEqual([{ code: 'file-unreadable', severity: 'error', file: 'content/sites/den-cap/vi.md', params: { reason: 'EISDIR' } }]);
		expect(sites.map((s) => s.slug)).toEqual(['dinh-mau']);
	});

	test('warns about a file in a language that does not exist (fr.md) and ignores it', async () => {
		const copy = await trailCopy('minimal', { 'sites/dinh-mau/fr.md': '---\ntitle: Maison communale\nsummary: Une maison.\n---\n' });
		const { sites, problems } = await load(copy);
		expect(problems).toEqual([{ code: 'unknown-language-file', severity: 'warning', file: 'content/sites/dinh-mau/fr.md', params: { name: 'fr.md', languages: ['vi', 'en', 'zh', 'ko'] } }]);
		expect(Object.keys(sites[0]?.translations ?? {})).toEqual(['en']);
	});

	test('reports problems in vi.md with their place and leaves that site out', async () => {
		const copy = await trailCopy('minimal', { 'sites/den-cap/vi.md': (s) => s.replace('category: scenic', 'category: scenik') });
		const { sites, problems } = await load(copy);
		expect(problems).toEqual([
			{ code: 'invalid-choice', severity: 'error', file: 'content/sites/den-cap/vi.md', field: 'category', line: 4, column: 11, params: { value: 'scenik', choices: expect.any(Array), suggestion: 'scenic' } },
		]);
		expect(sites.map((s) => s.slug)).toEqual(['dinh-mau']);
	});

	test('reports problems in a translation and keeps the site without it', async () => {
		const copy = await trailCopy('minimal', { 'sites/dinh-mau/en.md': (s) => s.replace('title:', 'tittle:') });
		const { sites, problems } = await load(copy);
		expect(codes(problems)).toEqual(['unknown-field']);
		expect(problems[0]).toMatchObject({ file: 'content/sites/dinh-mau/en.md', line: 2, column: 1, params: { key: 'tittle', suggestion: 'title' } });
		expect(sites.find((s) => s.slug === 'dinh-mau')?.translations).toEqual({});
	});

	test('reports a broken settings.yaml at its line', async () => {
		const copy = await trailCopy('minimal', { 'settings.yaml': (s) => s.replace('languages: [vi, en]', 'languages: [en, vi]') });
		const { trail, problems } = await load(copy);
		expect(trail).toBeUndefined();
		expect(problems).toEqual([{ code: 'languages-vi-first', severity: 'error', file: 'content/settings.yaml', field: 'languages', line: 9, column: 12, params: {} }]);
	});

	test('reports a site address without https:// as a problem, not a crash', async () => {
		const copy = await trailCopy('minimal', { 'settings.yaml': (s) => s.replace('baseUrl: https://trail.example.vn', 'baseUrl: trail.example.vn') });
		const { problems } = await load(copy);
		expect(problems).toEqual([{ code: 'invalid-url', severity: 'error', file: 'content/settings.yaml', field: 'baseUrl', line: 8, column: 10, params: { value: 'trail.example.vn' } }]);
	});

	test.each([
		['a path that climbs out of the folder', '../dinh-mau/cover.jpg'],
		['an absolute path', '/etc/hostname'],
	])('marks a photo given by %s as outside', async (_name, src) => {
		const copy = await trailCopy('minimal', { 'sites/den-cap/vi.md': (s) => s.replace('src: cover.png', `src: ${src}`) });
		const denCap = (await load(copy)).sites.find((s) => s.slug === 'den-cap');
		expect(denCap?.photoStatus).toEqual({ [src]: 'outside' });
		expect(denCap?.photos).toEqual({});
	});

	test('marks a photo reached through a symbolic link that leaves the folder as outside', async () => {
		const copy = await trailCopy('minimal');
		const outside = path.join(copy.root, 'private.jpg');
		await writeFile(outside, await readFile(path.join(copy.content, 'sites', 'dinh-mau', 'cover.jpg')));
		await rm(path.join(copy.content, 'sites', 'den-cap', 'cover.png'));
		await symlink(outside, path.join(copy.content, 'sites', 'den-cap', 'cover.png'));
		const denCap = (await load(copy)).sites.find((s) => s.slug === 'den-cap');
		expect(denCap?.photoStatus).toEqual({ 'cover.png': 'outside' });
		expect(denCap?.photos).toEqual({});
	});

	test('accepts a symbolic link that stays inside the site folder', async () => {
		const copy = await trailCopy('minimal');
		const folder = path.join(copy.content, 'sites', 'den-cap');
		await mkdir(path.join(folder, 'goc'));
		await writeFile(path.join(folder, 'goc', 'anh.png'), await readFile(path.join(folder, 'cover.png')));
		await rm(path.join(folder, 'cover.png'));
		await symlink(path.join(folder, 'goc', 'anh.png'), path.join(folder, 'cover.png'));
		expect((await load(copy)).sites.find((s) => s.slug === 'den-cap')?.photoStatus).toEqual({ 'cover.png': 'ok' });
	});

	test.each([
		['an empty file', '', 'empty', {}],
		['a text file named .png', 'Đây không phải là ảnh.\n', 'not-image', { 'cover.png': { refused: 'not-image', kind: 'text' } }],
	])('marks %s as refused, and says why (issue #8)', async (_name, content, status, refusals) => {
		const copy = await trailCopy('minimal', { 'sites/den-cap/cover.png': content });
		const denCap = (await load(copy)).sites.find((s) => s.slug === 'den-cap');
		expect(denCap?.photoStatus).toEqual({ 'cover.png': status });
		expect(denCap?.photoRefusals).toEqual(refusals);
		expect(denCap?.photos).toEqual({});
	});

	test('marks a photo that is not there as missing', async () => {
		const copy = await trailCopy('minimal', { 'sites/den-cap/cover.png': null });
		expect((await load(copy)).sites.find((s) => s.slug === 'den-cap')?.photoStatus).toEqual({ 'cover.png': 'missing' });
	});

	test('composes NFD text to NFC, so a title typed on a Mac equals the same title typed elsewhere', async () => {
		const copy = await trailCopy('minimal', { 'sites/den-cap/vi.md': (s) => s.normalize('NFD') });
		const denCap = (await load(copy)).sites.find((s) => s.slug === 'den-cap');
		expect(denCap?.data.title).toBe('Đền Cấp');
		expect(denCap?.data.title).toBe('Đền Cấp'.normalize('NFC'));
		expect(denCap?.body).toBe('Đền Cấp là một di tích thử nghiệm.\n');
	});

	test('loads a file saved by Windows Notepad (BOM and CRLF) like the original', async () => {
		const original = await load(await trailCopy('minimal'));
		const copy = await trailCopy('minimal', { 'sites/den-cap/vi.md': (s) => `\uFEFF${s.replace(/\n/g, '\r\n')}` });
		const { problems, sites } = await load(copy);
		expect(problems).toEqual([]);
		const denCap = sites.find((s) => s.slug === 'den-cap');
		const before = original.sites.find((s) => s.slug === 'den-cap');
		expect(denCap?.data).toEqual(before?.data);
		expect(denCap?.body).toBe(before?.body);
		expect(denCap?.positions).toEqual(before?.positions);
	});

	test('names files relative to the working folder, with forward slashes', async () => {
		const copy = await trailCopy('minimal', { 'sites/den-cap/vi.md': (s) => s.replace('code: TE02', 'code: te 02') });
		const fromRoot = await load(copy, copy.root);
		expect(fromRoot.problems.map((p) => p.file)).toEqual(['content/sites/den-cap/vi.md']);
		const fromAbove = await load(copy, path.dirname(copy.root));
		expect(fromAbove.problems.map((p) => p.file)).toEqual([`${path.basename(copy.root)}/content/sites/den-cap/vi.md`]);
		const fromInside = await load(copy, path.join(copy.content, 'sites'));
		expect(fromInside.problems.map((p) => p.file)).toEqual(['den-cap/vi.md']);
		expect(fromInside.problems.every((p) => !p.file.includes('\\'))).toBe(true);
	});
});
