import { describe, expect, test } from 'vitest';
import { parseYaml } from '../../../src/core/content/front-matter.ts';
import type { RetiredEntry } from '../../../src/core/content/trail.ts';
import { checkRetiredSites } from '../../../src/core/checks/retired.ts';
import { RetiredListSchema } from '../../../src/core/schema/retired.ts';
import { siteEntry } from './site-entry.ts';

/** retired.yaml as an editor writes it, parsed with every position. */
function retired(...entries: string[]): RetiredEntry[] {
	const { data, positions } = parseYaml(entries.join(''));
	return RetiredListSchema.parse(data).map((entry, index) => ({ data: entry, file: 'content/retired.yaml', index, positions }));
}

/** One entry of seven lines (six with `goTo: null`, which leaves it out): code on its first line, reason on its fourth, goTo on its seventh. */
const entry = ({ code = 'DH05', reason = 'merged', goTo = 'DH01' as string | null } = {}) =>
	`- code: ${code}\n  title:\n    vi: Núi Hứa\n  reason: ${reason}\n  date: 2026-11-20\n  folder: nui-hua-${code.toLowerCase()}\n${goTo === null ? '' : `  goTo: ${goTo}\n`}`;

const sites = [siteEntry({ slug: 'dinh-dam-ha', data: { code: 'DH01' } }), siteEntry({ slug: 'cot-co', data: { code: 'DH06' } })];

describe('checkRetiredSites', () => {
	test('a retired code no site uses, pointing at a site of the trail, is fine', () => {
		expect(checkRetiredSites({ sites, retired: retired(entry(), entry({ code: 'DH07', goTo: 'DH06' })) })).toEqual([]);
	});

	test('no retired sites, nothing to check', () => {
		expect(checkRetiredSites({ sites })).toEqual([]);
		expect(checkRetiredSites({ sites, retired: [] })).toEqual([]);
	});

	test('a retired code that a site still uses is an error at the entry’s code, naming the site', () => {
		expect(checkRetiredSites({ sites, retired: retired(entry({ code: 'DH06' })) })).toEqual([
			{ code: 'retired-code-in-use', severity: 'error', file: 'content/retired.yaml', field: '0.code', line: 1, column: 9, params: { code: 'DH06', otherFile: 'content/sites/cot-co/vi.md' } },
		]);
	});

	test('a code listed twice is an error at the second entry, naming the line of the first', () => {
		expect(checkRetiredSites({ sites, retired: retired(entry(), entry({ code: 'DH07' }), entry()) })).toEqual([
			{ code: 'retired-duplicate', severity: 'error', file: 'content/retired.yaml', field: '2.code', line: 15, column: 9, params: { code: 'DH05', otherLine: 1 } },
		]);
	});

	test('a third entry with the same code also names the first', () => {
		const problems = checkRetiredSites({ sites, retired: retired(entry(), entry(), entry()) });
		expect(problems.map((p) => [p.code, p.line, p.code === 'retired-duplicate' && p.params.otherLine])).toEqual([
			['retired-duplicate', 8, 1],
			['retired-duplicate', 15, 1],
		]);
	});

	test('a code still in use and listed twice gets both errors on the second entry', () => {
		const problems = checkRetiredSites({ sites, retired: retired(entry({ code: 'DH06' }), entry({ code: 'DH06' })) });
		expect(problems.map((p) => [p.code, p.line])).toEqual([
			['retired-code-in-use', 1],
			['retired-code-in-use', 8],
			['retired-duplicate', 8],
		]);
	});

	test('a closed site need not say where to go', () => {
		expect(checkRetiredSites({ sites, retired: retired(entry({ reason: 'closed', goTo: null })) })).toEqual([]);
	});

	test.each(['merged', 'moved'])('a site retired as %s without goTo is an error at its reason', (reason) => {
		expect(checkRetiredSites({ sites, retired: retired(entry({ reason, goTo: null })) })).toEqual([
			{ code: 'retired-goto-missing', severity: 'error', file: 'content/retired.yaml', field: '0.reason', line: 4, column: 11, params: { reason } },
		]);
	});

	test.each([
		['a code no site has', 'DH99'],
		['the code of another retired site', 'DH07'],
		['its own code', 'DH05'],
	])('goTo %s is an error at goTo', (_, goTo) => {
		const problems = checkRetiredSites({ sites, retired: retired(entry({ goTo }), entry({ code: 'DH07', reason: 'closed', goTo: null })) });
		expect(problems).toEqual([{ code: 'retired-goto-unknown', severity: 'error', file: 'content/retired.yaml', field: '0.goTo', line: 7, column: 9, params: { goTo } }]);
	});

	test.each(['merged', 'moved', 'closed'])('goTo an https address is fine for a site retired as %s', (reason) => {
		expect(checkRetiredSites({ sites, retired: retired(entry({ reason, goTo: 'https://baotang.example.vn/nui-hua' })) })).toEqual([]);
	});
});
