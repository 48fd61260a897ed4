import { describe, expect, test } from 'vitest';
import { checkEmptyBodies } from '../../../src/core/checks/body.ts';
import { siteEntry } from './site-entry.ts';

describe('checkEmptyBodies', () => {
	test('warns about a vi.md with nothing under its information block, at the closing "---"', () => {
		const site = siteEntry({ body: '\n  \n' });
		expect(checkEmptyBodies({ sites: [site] })).toEqual([{ code: 'body-empty', severity: 'warning', file: 'content/sites/dinh-dam-ha/vi.md', line: site.bodyLine - 1, params: {} }]);
	});

	test('warns about an empty translation too, and says nothing about a written one', () => {
		const site = siteEntry({ translations: { en: { body: '' }, zh: {} } });
		expect(checkEmptyBodies({ sites: [site] }).map((p) => p.file)).toEqual(['content/sites/dinh-dam-ha/en.md']);
	});
});
