import { describe, expect, test } from 'vitest';
import { checkPrintedPlaques } from '../../../src/core/checks/printed.ts';
import { parseYaml } from '../../../src/core/content/front-matter.ts';
import type { RegisterEntry, SiteEntry } from '../../../src/core/content/trail.ts';
import { PrintedRegisterSchema } from '../../../src/core/schema/printed.ts';
import { RetiredListSchema } from '../../../src/core/schema/retired.ts';
import { settings, siteEntry } from './site-entry.ts';

/** A register file written out as the editor (or `--mark-printed`) would, parsed with every position. */
function register<T>(schema: { parse(data: unknown): T[] }, file: string, yaml: string): Array<RegisterEntry<T>> {
	const { data, positions } = parseYaml(yaml);
	return schema.parse(data).map((entry, index) => ({ data: entry, file, index, positions }));
}

const printed = (yaml: string) => register(PrintedRegisterSchema, 'content/printed.yaml', yaml);
/** DH05, closed and taken off the trail, with the folder it had last. */
const retiredDH05 = (folder = 'nui-hua') => register(RetiredListSchema, 'content/retired.yaml', `- code: DH05\n  title:\n    vi: Núi Hứa\n  reason: closed\n  date: 2026-11-20\n  folder: ${folder}\n`);

/** One plaque, as `--mark-printed DH01` writes it for the site below. */
const plaque = (fields: { code?: string; url?: string; folder?: string } = {}) => {
	const { code = 'DH01', url = `https://DAMHA.EXAMPLE.VN/${code}`, folder = 'dinh-dam-ha' } = fields;
	return `- code: ${code}\n  url: ${url}\n  size: a5\n  date: 2026-12-01\n  folder: ${folder}\n`;
};

const dinhDamHa = siteEntry({ slug: 'dinh-dam-ha', data: { code: 'DH01' } });
const withFormerFolders = (site: SiteEntry, formerFolders: string[]): SiteEntry => ({ ...site, data: { ...site.data, formerFolders } });

describe('checkPrintedPlaques', () => {
	test('a plaque whose code, address and folder are unchanged is fine', () => {
		expect(checkPrintedPlaques({ sites: [dinhDamHa], settings: settings(), printed: printed(plaque()) })).toEqual([]);
	});

	test('an empty register, or none, checks nothing', () => {
		expect(checkPrintedPlaques({ sites: [dinhDamHa], settings: settings(), printed: [] })).toEqual([]);
		expect(checkPrintedPlaques({ sites: [dinhDamHa], settings: settings() })).toEqual([]);
	});

	test('a printed code that no site has is an error at the entry’s code, issue #5', () => {
		expect(checkPrintedPlaques({ sites: [dinhDamHa], settings: settings(), printed: printed(plaque() + plaque({ code: 'DH05', folder: 'nui-hua' })) })).toEqual([
			{ code: 'printed-code-gone', severity: 'error', file: 'content/printed.yaml', field: '1.code', line: 6, column: 9, params: { code: 'DH05', date: '2026-12-01' } },
		]);
	});

	test('a plaque printed twice for a site that is gone gives one error per entry, each at its own line', () => {
		const problems = checkPrintedPlaques({ sites: [], settings: settings(), printed: printed(plaque() + plaque()) });
		expect(problems.map((p) => [p.code, p.line])).toEqual([
			['printed-code-gone', 1],
			['printed-code-gone', 6],
		]);
	});

	test('a printed code listed in retired.yaml is not gone', () => {
		const gone = retiredDH05();
		expect(checkPrintedPlaques({ sites: [dinhDamHa], settings: settings(), printed: printed(plaque({ code: 'DH05', folder: 'nui-hua' })), retired: gone })).toEqual([]);
	});

	test.each([
		['the QR text itself, host in capitals', 'https://DAMHA.EXAMPLE.VN/DH01'],
		['the host in lower case', 'https://damha.example.vn/DH01'],
		['the host in mixed case', 'https://DamHa.Example.VN/DH01'],
		['the default port written out', 'https://DAMHA.EXAMPLE.VN:443/DH01'],
	])('a printed address that is %s still matches the site address', (_, url) => {
		expect(checkPrintedPlaques({ sites: [dinhDamHa], settings: settings(), printed: printed(plaque({ url })) })).toEqual([]);
	});

	test.each([
		['another host', 'https://ditich.example.vn/DH01'],
		['http instead of https', 'http://DAMHA.EXAMPLE.VN/DH01'],
		['the code in lower case (paths are case-sensitive)', 'https://DAMHA.EXAMPLE.VN/dh01'],
		['a sub-folder the site no longer has', 'https://DAMHA.EXAMPLE.VN/damha/DH01'],
	])('a printed address with %s is an error at the entry’s url', (_, url) => {
		expect(checkPrintedPlaques({ sites: [dinhDamHa], settings: settings(), printed: printed(plaque({ url })) })).toEqual([
			{ code: 'printed-url-changed', severity: 'error', file: 'content/printed.yaml', field: '0.url', line: 2, column: 8, params: { code: 'DH01', printed: url, current: 'https://DAMHA.EXAMPLE.VN/DH01' } },
		]);
	});

	test('compares against the current site address, sub-folder included', () => {
		const now = settings({ baseUrl: 'https://quangninh.example.vn/damha' });
		expect(checkPrintedPlaques({ sites: [dinhDamHa], settings: now, printed: printed(plaque({ url: 'https://QUANGNINH.EXAMPLE.VN/damha/DH01' })) })).toEqual([]);
		expect(checkPrintedPlaques({ sites: [dinhDamHa], settings: now, printed: printed(plaque()) }).map((p) => p.code === 'printed-url-changed' && p.params.current)).toEqual(['https://QUANGNINH.EXAMPLE.VN/damha/DH01']);
	});

	test('without settings the address is not compared', () => {
		expect(checkPrintedPlaques({ sites: [dinhDamHa], printed: printed(plaque({ url: 'https://ditich.example.vn/DH01' })) })).toEqual([]);
	});

	test('a site whose folder was renamed since printing is an error at the entry’s folder', () => {
		const renamed = siteEntry({ slug: 'dinh-dam-ha-moi', data: { code: 'DH01' } });
		expect(checkPrintedPlaques({ sites: [renamed], settings: settings(), printed: printed(plaque()) })).toEqual([
			{ code: 'printed-folder-renamed', severity: 'error', file: 'content/printed.yaml', field: '0.folder', line: 5, column: 11, params: { code: 'DH01', folder: 'dinh-dam-ha', current: 'dinh-dam-ha-moi', file: 'content/sites/dinh-dam-ha-moi/vi.md' } },
		]);
	});

	test('a renamed folder kept in formerFolders is fine', () => {
		const renamed = withFormerFolders(siteEntry({ slug: 'dinh-dam-ha-moi', data: { code: 'DH01' } }), ['dinh-cu', 'dinh-dam-ha']);
		expect(checkPrintedPlaques({ sites: [renamed], settings: settings(), printed: printed(plaque()) })).toEqual([]);
	});

	test('an entry without a folder is not checked for renames', () => {
		const renamed = siteEntry({ slug: 'dinh-dam-ha-moi', data: { code: 'DH01' } });
		const entry = printed('- code: DH01\n  url: https://DAMHA.EXAMPLE.VN/DH01\n  size: a5\n  date: 2026-12-01\n');
		expect(checkPrintedPlaques({ sites: [renamed], settings: settings(), printed: entry })).toEqual([]);
	});

	test('a changed address and a renamed folder are both reported, address first', () => {
		const renamed = siteEntry({ slug: 'dinh-dam-ha-moi', data: { code: 'DH01' } });
		const problems = checkPrintedPlaques({ sites: [renamed], settings: settings(), printed: printed(plaque({ url: 'https://ditich.example.vn/DH01' })) });
		expect(problems.map((p) => [p.code, p.field, p.line])).toEqual([
			['printed-url-changed', '0.url', 2],
			['printed-folder-renamed', '0.folder', 5],
		]);
	});

	// A retired site's plaque still hangs on the wall, so a changed baseUrl strands it just the same:
	// its printed address is compared like any other.
	test('a retired site’s plaque is still checked for a changed address', () => {
		const gone = retiredDH05();
		const problems = checkPrintedPlaques({ sites: [dinhDamHa], settings: settings(), printed: printed(plaque({ code: 'DH05', url: 'https://ditich.example.vn/DH05', folder: 'nui-hua' })), retired: gone });
		expect(problems).toEqual([
			{ code: 'printed-url-changed', severity: 'error', file: 'content/printed.yaml', field: '0.url', line: 2, column: 8, params: { code: 'DH05', printed: 'https://ditich.example.vn/DH05', current: 'https://DAMHA.EXAMPLE.VN/DH05' } },
		]);
	});

	// A plaque printed under folder "nui-hua" of a site now retired as "nui-hua-rung-co" would leave
	// /vi/nui-hua/ unanswered: the retired entry must keep it, as its folder or in its formerFolders.
	test('a retired site’s printed folder must be its folder or one of its formerFolders, else an error naming retired.yaml', () => {
		const gone = retiredDH05('nui-hua-rung-co');
		const problems = checkPrintedPlaques({ sites: [dinhDamHa], settings: settings(), printed: printed(plaque({ code: 'DH05', folder: 'nui-hua' })), retired: gone });
		expect(problems).toEqual([
			{ code: 'printed-folder-renamed', severity: 'error', file: 'content/printed.yaml', field: '0.folder', line: 5, column: 11, params: { code: 'DH05', folder: 'nui-hua', current: 'nui-hua-rung-co', file: 'content/retired.yaml' } },
		]);
		const kept = register(RetiredListSchema, 'content/retired.yaml', '- code: DH05\n  title:\n    vi: Núi Hứa\n  reason: closed\n  date: 2026-11-20\n  folder: nui-hua-rung-co\n  formerFolders:\n    - nui-hua\n');
		expect(checkPrintedPlaques({ sites: [dinhDamHa], settings: settings(), printed: printed(plaque({ code: 'DH05', folder: 'nui-hua' })), retired: kept })).toEqual([]);
	});
});
