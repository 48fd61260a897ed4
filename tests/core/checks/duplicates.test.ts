import { describe, expect, test } from 'vitest';
import { checkDuplicateCodes, checkDuplicateSlugs } from '../../../src/core/checks/duplicates.ts';
import { siteEntry } from './site-entry.ts';

describe('checkDuplicateCodes', () => {
	test('names both files: the problem is on the later file by path, and points at the first', () => {
		const first = siteEntry({ slug: 'chua-sau', data: { code: 'DH01' } });
		const second = siteEntry({ slug: 'dinh-dam-ha', data: { code: 'DH01' } });
		const expected = [
			{ code: 'duplicate-code', severity: 'error', file: 'content/sites/dinh-dam-ha/vi.md', field: 'code', line: 2, column: 7, params: { code: 'DH01', otherFile: 'content/sites/chua-sau/vi.md', otherLine: 2 } },
		];
		expect(checkDuplicateCodes({ sites: [first, second] })).toEqual(expected);
		// Trail order must not change which file is blamed: path order decides.
		expect(checkDuplicateCodes({ sites: [second, first] })).toEqual(expected);
	});

	test('a third site with the same code also points at the first', () => {
		const sites = ['a-site', 'b-site', 'c-site'].map((slug) => siteEntry({ slug, data: { code: 'DH07' } }));
		expect(checkDuplicateCodes({ sites }).map((p) => [p.file, p.params])).toEqual([
			['content/sites/b-site/vi.md', { code: 'DH07', otherFile: 'content/sites/a-site/vi.md', otherLine: 2 }],
			['content/sites/c-site/vi.md', { code: 'DH07', otherFile: 'content/sites/a-site/vi.md', otherLine: 2 }],
		]);
	});

	test('different codes are fine', () => {
		expect(checkDuplicateCodes({ sites: [siteEntry({ slug: 'a', data: { code: 'DH01' } }), siteEntry({ slug: 'b', data: { code: 'DH02' } })] })).toEqual([]);
	});
});

describe('checkDuplicateSlugs', () => {
	test('two folders that differ only in capitals are one address', () => {
		const sites = [siteEntry({ slug: 'dinh-dam-ha', data: { code: 'DH01' } }), siteEntry({ slug: 'Dinh-Dam-Ha', data: { code: 'DH02' } })];
		const problems = checkDuplicateSlugs({ sites });
		expect(problems).toHaveLength(1);
		const [problem] = problems;
		expect(problem?.code).toBe('duplicate-slug');
		expect(problem?.severity).toBe('error');
		// Both folders are named: one as the problem's place, the other in the message.
		expect([problem?.file, problem?.code === 'duplicate-slug' && problem.params.otherFile].sort()).toEqual(['content/sites/Dinh-Dam-Ha/', 'content/sites/dinh-dam-ha/']);
	});

	test('different folders are fine', () => {
		expect(checkDuplicateSlugs({ sites: [siteEntry({ slug: 'dinh-dam-ha' }), siteEntry({ slug: 'dinh-dam-ha-2' })] })).toEqual([]);
	});
});
