import { describe, expect, test } from 'vitest';
import { CHECKS, runChecks } from '../../../src/core/checks/index.ts';
import type { Problem } from '../../../src/core/problems/problem.ts';
import { settings, siteEntry } from './site-entry.ts';

describe('runChecks', () => {
	test('runs every rule and sorts all problems by file, line and column, loader problems included', () => {
		const sites = [
			siteEntry({ slug: 'b-site', data: { code: 'DH01', location: { lat: 107.5, lng: 21.4 }, cover: { src: 'cover.jpg', credit: 'Ảnh' } }, body: '[x](javascript:void(0))\n' }),
			siteEntry({ slug: 'a-site', data: { code: 'DH01', trail: 1 }, photoStatus: { 'cover.jpg': 'missing' } }),
			siteEntry({ slug: 'Bad Folder', data: { code: 'EN' } }),
		];
		const loaderProblem: Problem = { code: 'unknown-language-file', severity: 'warning', file: 'content/sites/a-site/fr.md', params: { name: 'fr.md', languages: ['vi', 'en', 'zh', 'ko'] } };
		const settingsProblem: Problem = { code: 'invalid-url', severity: 'error', file: 'content/settings.yaml', line: 8, column: 10, field: 'baseUrl', params: { value: 'damha.example.vn' } };
		const problems = runChecks({ sites, settings: settings() }, [loaderProblem, settingsProblem]);
		expect(problems.map((p) => [p.file, p.line, p.column, p.code])).toEqual([
			['content/settings.yaml', 8, 10, 'invalid-url'],
			['content/sites/a-site/fr.md', undefined, undefined, 'unknown-language-file'],
			['content/sites/a-site/vi.md', 12, 8, 'photo-missing'],
			['content/sites/b-site/vi.md', 2, 7, 'duplicate-code'],
			['content/sites/b-site/vi.md', 8, 8, 'coordinates-swapped'],
			['content/sites/b-site/vi.md', 12, 3, 'alt-missing'],
			['content/sites/b-site/vi.md', 16, undefined, 'unsafe-link'],
			['content/sites/Bad Folder/', undefined, undefined, 'invalid-slug'],
			['content/sites/Bad Folder/vi.md', 2, 7, 'code-reserved'],
		]);
	});

	test('has one rule per check file, each run once', () => {
		expect(CHECKS).toHaveLength(19);
		expect(new Set(CHECKS).size).toBe(CHECKS.length);
	});

	test('returns nothing for a clean trail', () => {
		expect(runChecks({ sites: [siteEntry({ slug: 'a', data: { code: 'DH01' } }), siteEntry({ slug: 'b', data: { code: 'DH02' } })], settings: settings() })).toEqual([]);
	});

	test('returns nothing for no sites at all, and keeps loader problems', () => {
		const loaderProblem: Problem = { code: 'settings-missing', severity: 'error', file: 'content/settings.yaml', params: { dir: 'content/' } };
		expect(runChecks({ sites: [] }, [loaderProblem])).toEqual([loaderProblem]);
	});
});
