import { describe, expect, test } from 'vitest';
import type { LoadResult } from '../../../src/core/content/load-trail.ts';
import type { PrintedEntry, RetiredEntry } from '../../../src/core/content/trail.ts';
import { knownCodes, nextPlaqueCode } from '../../../src/core/new-site/next-code.ts';
import { siteTemplate } from '../../../src/core/new-site/template.ts';
import { siteEntry } from '../checks/site-entry.ts';

const range = (prefix: string, from: number, to: number, width = 2) => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${String(from + i).padStart(width, '0')}`);

describe('nextPlaqueCode', () => {
	test.each<[string, string[], string[], string | undefined]>([
		['follows DH01..DH09 with DH10', range('DH', 1, 9), [], 'DH10'],
		['goes after the highest, never into a gap', ['DH01', 'DH03', 'DH07'], [], 'DH08'],
		['takes the most common prefix', ['DH01', 'DH02', 'TY05', 'DH03'], [], 'DH04'],
		['breaks a tie between prefixes alphabetically', ['TY01', 'AB07'], [], 'AB08'],
		['skips reserved codes (404 is a page of the site)', ['401', '402', '403'], [], '405'],
		['skips the code of a retired site', range('DH', 1, 4), ['DH05'], 'DH06'],
		['counts printed plaques when finding the highest', range('DH', 1, 3), ['DH07'], 'DH08'],
		['ignores kept codes with another prefix', ['DH01'], ['XX09'], 'DH02'],
		['keeps a digit width of one', ['DH1', 'DH2'], [], 'DH3'],
		['keeps a digit width of three', ['DH001', 'DH009'], [], 'DH010'],
		['grows past the width when it must', ['DH98', 'DH99'], [], 'DH100'],
		['follows the retired and printed codes when no site is left', [], ['QN12'], 'QN13'],
		['gives nothing past 8 characters', ['ABCDEF99'], [], undefined],
		['gives nothing when no code is letters then digits', ['A1B2'], [], undefined],
		['gives nothing for an empty trail', [], [], undefined],
	])('%s', (_name, sites, kept, expected) => {
		expect(nextPlaqueCode({ sites, kept })).toBe(expected);
	});
});

describe('knownCodes', () => {
	const positions = { values: {}, keys: {}, raw: {} };
	const load = (extra: Partial<Pick<LoadResult, 'printed' | 'retired' | 'sources'>> = {}): Pick<LoadResult, 'sites' | 'printed' | 'retired' | 'sources'> => ({
		sites: [siteEntry({ slug: 'dinh-dam-ha', data: { code: 'DH01' } }), siteEntry({ slug: 'chua-sau', data: { code: 'DH02' } })],
		printed: [],
		retired: [],
		sources: new Map(),
		...extra,
	});

	test('reads the parsed sites, the retired sites and the printed register', () => {
		const printed: PrintedEntry[] = [{ data: { code: 'DH07', url: 'https://X.VN/DH07', size: 'a5', date: '2026-12-01' }, file: 'content/printed.yaml', index: 0, positions }];
		const retired: RetiredEntry[] = [{ data: { code: 'DH05', title: { vi: 'Miếu Cổ' }, reason: 'closed', date: '2026-11-20', folder: 'mieu-co' }, file: 'content/retired.yaml', index: 0, positions }];
		expect(knownCodes(load({ printed, retired }))).toEqual({ sites: ['DH01', 'DH02'], kept: ['DH05', 'DH07'] });
	});

	test('reads the code of a vi.md that does not pass the checks yet, so two sites started in a row differ', () => {
		const draft = siteTemplate({ title: 'Đình Tân Bình', code: 'DH03', updated: '2026-12-01' });
		const sources = new Map([
			['content/sites/dinh-tan-binh/vi.md', draft],
			['content/sites/dinh-tan-binh/en.md', '---\ncode: EN99\n---\n'],
			['content/sites/hong/vi.md', '---\ncode: [\n---\n'],
		]);
		const known = knownCodes(load({ sources }));
		expect(known.sites).toEqual(['DH01', 'DH02', 'DH03']);
		expect(nextPlaqueCode(known)).toBe('DH04');
	});
});
