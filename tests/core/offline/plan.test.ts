import { beforeAll, describe, expect, test } from 'vitest';
import { loadTrail } from '../../../src/core/content/load-trail.ts';
import type { Trail } from '../../../src/core/content/trail.ts';
import { photoVariants } from '../../../src/core/images/variants.ts';
import { offlinePlan } from '../../../src/core/offline/plan.ts';
import { FIXTURE_TRAILS, PROJECT_ROOT, trailCopy } from '../../helpers/trail-copy.ts';

async function load(contentDir: string): Promise<Trail> {
	const loaded = await loadTrail({ contentDir, cwd: PROJECT_ROOT });
	if (!loaded.trail) throw new Error(`The trail does not load: ${JSON.stringify(loaded.problems)}`);
	return loaded.trail;
}

let trail: Trail;
const sources = { '/src/layouts/Base.astro': '<html>…</html>', '/src/styles/site.css': 'body{}' };

beforeAll(async () => {
	trail = await load(`${FIXTURE_TRAILS}/minimal`);
});

describe('offlinePlan', () => {
	test('keeps every page of the trail: trails, sites in every language, plaque pages, 404', () => {
		const pages = offlinePlan(trail, { sources }).precache.filter((path) => !path.startsWith('/anh/'));
		expect(pages).toEqual(['/', '/vi/', '/en/', '/vi/dinh-mau/', '/vi/den-cap/', '/en/dinh-mau/', '/en/den-cap/', '/TE01/', '/TE02/', '/404.html', '/favicon.svg']);
	});

	test('keeps the smallest WebP of each photo, and names it as the stand-in for the other files', () => {
		const plan = offlinePlan(trail, { sources });
		const [dinhMau, denCap] = trail.sites.map((site) => photoVariants(site.slug, site.photos['cover.jpg'] ?? site.photos['cover.png']!));
		const smallestWebp = (variants: typeof dinhMau) => variants!.filter((v) => v.format === 'webp').sort((a, b) => a.widthPx - b.widthPx)[0]!.path;
		expect(plan.precache.filter((path) => path.startsWith('/anh/'))).toEqual([smallestWebp(dinhMau), smallestWebp(denCap)]);
		for (const variants of [dinhMau!, denCap!]) {
			const kept = smallestWebp(variants);
			for (const variant of variants.filter((v) => v.path !== kept)) expect(plan.photoFallbacks[variant.path]).toBe(kept);
			expect(plan.photoFallbacks[kept]).toBeUndefined();
		}
	});

	test('names a versioned cache, the same for the same input wherever the content lies', async () => {
		const plan = offlinePlan(trail, { sources });
		expect(plan.cacheName).toMatch(/^ditichso-[0-9a-f]{16}$/);
		expect(offlinePlan(trail, { sources }).cacheName).toBe(plan.cacheName);
		const copy = await trailCopy('minimal');
		expect(offlinePlan(await load(copy.content), { sources }).cacheName).toBe(plan.cacheName);
	});

	test('gives a new cache when the content changes', async () => {
		const copy = await trailCopy('minimal', { 'sites/dinh-mau/vi.md': (text) => text.replace('Dựng năm 1900.', 'Dựng năm 1901.') });
		expect(offlinePlan(await load(copy.content), { sources }).cacheName).not.toBe(offlinePlan(trail, { sources }).cacheName);
	});

	test('gives a new cache when the code that shapes the pages changes', () => {
		const before = offlinePlan(trail, { sources }).cacheName;
		expect(offlinePlan(trail, { sources: { ...sources, '/src/styles/site.css': 'body{margin:0}' } }).cacheName).not.toBe(before);
		expect(offlinePlan(trail, { sources: { ...sources, '/src/new.ts': '' } }).cacheName).not.toBe(before);
	});

	test('falls back to the 404 page, which lists the trail', () => {
		expect(offlinePlan(trail, { sources }).notFoundPath).toBe('/404.html');
	});
});
