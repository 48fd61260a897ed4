import { describe, expect, test } from 'vitest';
import { loadTrail } from '../../../src/core/content/load-trail.ts';
import { trailPageModel } from '../../../src/core/pages/trail-page.ts';
import { FIXTURE_TRAILS, PROJECT_ROOT } from '../../helpers/trail-copy.ts';

async function minimalTrail() {
	const { trail } = await loadTrail({ contentDir: `${FIXTURE_TRAILS}/minimal`, cwd: PROJECT_ROOT });
	if (!trail) throw new Error('The minimal fixture does not load');
	return trail;
}

describe('trailPageModel', () => {
	test('lists the sites in trail order, titled in the page language', async () => {
		const page = trailPageModel(await minimalTrail(), 'en');
		expect(page.items.map((i) => [i.position, i.code, i.title, i.href, i.untranslated, i.sample])).toEqual([
			[1, 'TE01', 'Mau Communal House', '/en/dinh-mau/', false, false],
			[2, 'TE02', 'Đền Cấp', '/en/den-cap/', true, true],
		]);
		expect(page.title).toBe('Test trail');
		expect(page.intro).toContain('2');
	});

	test('in Vietnamese, nothing is untranslated', async () => {
		const page = trailPageModel(await minimalTrail(), 'vi');
		expect(page.items.map((i) => [i.title, i.summary, i.untranslated])).toEqual([
			['Đình Mẫu', 'Ngôi đình dùng để thử nghiệm.', false],
			['Đền Cấp', 'Ngôi đền dùng để thử nghiệm.', false],
		]);
		expect(page.title).toBe('Tuyến thử nghiệm');
	});

	test('links the trail in every offered language', async () => {
		expect(trailPageModel(await minimalTrail(), 'vi').chrome.alternates).toEqual([
			{ lang: 'vi', tag: 'vi', path: '/vi/', href: 'https://trail.example.vn/vi/' },
			{ lang: 'en', tag: 'en', path: '/en/', href: 'https://trail.example.vn/en/' },
		]);
	});
});
