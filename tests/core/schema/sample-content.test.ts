import { describe, expect, test } from 'vitest';
import { loadTrail } from '../../../src/core/content/load-trail.ts';
import { PROJECT_ROOT, SAMPLE_CONTENT } from '../../helpers/trail-copy.ts';

describe('the sample content', () => {
	test('every vi.md, translation and settings.yaml of content/ fits the schemas', async () => {
		const loaded = await loadTrail({ contentDir: SAMPLE_CONTENT, cwd: PROJECT_ROOT });
		expect(loaded.problems).toEqual([]);
		expect(loaded.trail).toBeDefined();
		expect(loaded.siteFolders).toBe(9);
		expect(loaded.sites).toHaveLength(9);
		expect(loaded.trail?.settings.languages).toEqual(['vi', 'en', 'zh', 'ko']);
	});

	test('every sample site has the facts the pages and plaques print', async () => {
		const { sites } = await loadTrail({ contentDir: SAMPLE_CONTENT, cwd: PROJECT_ROOT });
		for (const site of sites) {
			expect(site.data.code, site.file).toMatch(/^DH\d\d$/);
			expect(site.data.cover.alt?.trim(), site.file).toBeTruthy();
			expect(site.file).toBe(`content/sites/${site.slug}/vi.md`);
		}
		expect(new Set(sites.map((s) => s.data.code)).size).toBe(9);
	});
});
