import { describe, expect, test } from 'vitest';
import { loadTrail } from '../../../src/core/content/load-trail.ts';
import type { Trail } from '../../../src/core/content/trail.ts';
import { sitePageKeys } from '../../../src/core/pages/page-keys.ts';
import { trailCopy, type Edit } from '../../helpers/trail-copy.ts';

async function trail(edits: Record<string, Edit> = {}): Promise<Trail> {
	const copy = await trailCopy('minimal', edits);
	const { trail: loaded } = await loadTrail({ contentDir: copy.content, cwd: copy.root });
	if (!loaded) throw new Error('The minimal fixture does not load');
	return loaded;
}

const byPath = (t: Trail, code = 'v1') => Object.fromEntries(sitePageKeys(t, code).map((p) => [p.path, p.key]));
const changed = (a: Record<string, string>, b: Record<string, string>) => Object.keys(a).filter((p) => a[p] !== b[p]).sort();

describe('sitePageKeys', () => {
	test("names every page of every site: each language, the code's page and the plaque preview", async () => {
		expect(Object.keys(byPath(await trail())).sort()).toEqual(['/TE01/', '/TE02/', '/en/den-cap/', '/en/dinh-mau/', '/in-an/TE01/', '/in-an/TE02/', '/vi/den-cap/', '/vi/dinh-mau/']);
	});

	test('the same content in another folder gives the same keys', async () => {
		expect(byPath(await trail())).toEqual(byPath(await trail()));
	});

	test("a site's body text changes its own pages' keys only", async () => {
		const before = byPath(await trail());
		const after = byPath(await trail({ 'sites/den-cap/vi.md': (text) => `${text}\nThêm một câu.\n` }));
		expect(changed(before, after)).toEqual(['/TE02/', '/en/den-cap/', '/in-an/TE02/', '/vi/den-cap/']);
	});

	test("a site's title changes every page's key: the others name it (nearby, previous, next)", async () => {
		const before = byPath(await trail());
		const after = byPath(await trail({ 'sites/den-cap/vi.md': (text) => text.replace('title: Đền Cấp', 'title: Đền Cấp Xưa') }));
		expect(changed(before, after)).toHaveLength(8);
	});

	test('the settings and the code version change every key', async () => {
		const base = await trail();
		const before = byPath(base);
		expect(changed(before, byPath(base, 'v2'))).toHaveLength(8);
		const after = byPath(await trail({ 'settings.yaml': (text) => text.replace('email: doan@trail.example.vn', 'email: lienhe@trail.example.vn') }));
		expect(changed(before, after)).toHaveLength(8);
	});
});
