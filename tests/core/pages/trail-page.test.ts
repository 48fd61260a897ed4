import { describe, expect, test } from 'vitest';
import { loadTrail } from '../../../src/core/content/load-trail.ts';
import type { SiteEntry, Trail } from '../../../src/core/content/trail.ts';
import { trailGpx, trailGpxModel, trailPageModel } from '../../../src/core/pages/trail-page.ts';
import { distanceKm } from '../../../src/core/trail/distance.ts';
import { formatKm } from '../../../src/core/trail/format-km.ts';
import { FIXTURE_TRAILS, PROJECT_ROOT } from '../../helpers/trail-copy.ts';
import { settings, siteEntry } from '../checks/site-entry.ts';

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

const surveyed = (slug: string, code: string, trail: number, lat: number, lng: number, updated = '2025-07-01') =>
	siteEntry({ slug, data: { code, title: `Điểm ${code}`, trail, location: { lat, lng }, updated } });
const guessed = (slug: string, code: string, trail: number, lat: number, lng: number) =>
	siteEntry({ slug, data: { code, title: `Điểm ${code}`, trail, location: { lat, lng, placeholder: true } } });

function trailOf(...sites: SiteEntry[]): Trail {
	return { contentDir: '/content', settings: settings(), sites, printed: [], retired: [] };
}

describe('trailPageModel distances', () => {
	test('gives the straight-line distance to the next stop, and the total, in the page language', async () => {
		const trail = await minimalTrail();
		const km = formatKm('vi', distanceKm(trail.sites[0]!.data.location, trail.sites[1]!.data.location));
		const page = trailPageModel(trail, 'vi');
		expect(page.items.map((i) => i.distanceToNext)).toEqual([`Cách điểm tiếp theo khoảng ${km} (đường thẳng)`, undefined]);
		expect(page.totalDistance).toBe(`Tổng khoảng cách theo đường thẳng: khoảng ${km}`);
		expect(km).toMatch(/^\d+,\d km$/);
		expect(trailPageModel(trail, 'en').totalDistance).toMatch(/^Total straight-line distance: about \d+\.\d km$/);
	});

	test('shows no number for a leg that touches a placeholder, and says what the total covers', () => {
		const page = trailPageModel(trailOf(surveyed('a', 'DH01', 1, 21.352, 107.599), surveyed('b', 'DH02', 2, 21.33471, 107.55254), guessed('c', 'DH03', 3, 21.42, 107.54)), 'vi');
		expect(page.items.map((i) => i.distanceToNext)).toEqual([
			'Cách điểm tiếp theo khoảng 5,2 km (đường thẳng)',
			'Khoảng cách đến điểm tiếp theo: chưa tính (vị trí tạm)',
			undefined,
		]);
		expect(page.totalDistance).toMatchInlineSnapshot(`"Tổng khoảng cách theo đường thẳng: khoảng 5,2 km, chỉ tính 1 trên 2 chặng có vị trí đã đo; các chặng có vị trí tạm chưa được tính."`);
	});

	test('gives no total at all when every leg touches a placeholder, rather than a made-up number', () => {
		const page = trailPageModel(trailOf(surveyed('a', 'DH01', 1, 21.352, 107.599), guessed('b', 'DH02', 2, 21.42, 107.54), surveyed('c', 'DH03', 3, 21.33471, 107.55254)), 'en');
		expect(page.totalDistance).toMatchInlineSnapshot(`"No total distance yet: each of the 2 legs has a provisional position that has not been surveyed."`);
		expect(page.items.map((i) => i.placeholder)).toEqual([false, true, false]);
	});

	test('says the next stop is close by rather than "0.0 km" for stops at one spot', () => {
		const page = trailPageModel(trailOf(surveyed('a', 'DH01', 1, 21.352, 107.599), surveyed('b', 'DH02', 2, 21.3522, 107.5993)), 'vi');
		expect(page.items[0]?.distanceToNext).toBe('Điểm tiếp theo ở ngay gần (dưới 100 m)');
	});

	test('a one-site trail has a map but no legs and no total', () => {
		const page = trailPageModel(trailOf(surveyed('a', 'DH01', 1, 21.352, 107.599)), 'vi');
		expect(page.items[0]?.distanceToNext).toBeUndefined();
		expect(page.totalDistance).toBeUndefined();
		expect(page.map?.markers).toHaveLength(1);
	});

	test('a trail without sites has no map, no total and no GPX link', () => {
		const page = trailPageModel(trailOf(), 'vi');
		expect([page.items, page.map, page.totalDistance, page.gpx]).toEqual([[], undefined, undefined, undefined]);
	});
});

describe('trailPageModel map', () => {
	test('names the map and its scale in the page language, with a legend of only the kinds drawn', async () => {
		const { map } = trailPageModel(await minimalTrail(), 'vi');
		expect(map && { title: map.title, description: map.description, scale: map.scaleLabel, north: map.northLabel, legend: map.legend }).toMatchInlineSnapshot(`
			{
			  "description": "Sơ đồ 2 điểm, đánh số theo thứ tự trên tuyến như trong danh sách bên dưới, vẽ từ tọa độ và nối bằng đường thẳng; phía trên là hướng bắc.",
			  "legend": [
			    {
			      "kind": "surveyed",
			      "label": "Vị trí đã đo tại chỗ",
			    },
			  ],
			  "north": "B",
			  "scale": "2 km",
			  "title": "Sơ đồ tuyến tham quan",
			}
		`);
	});

	test('lists the placeholder kind in the legend when a position is a stand-in', () => {
		const { map } = trailPageModel(trailOf(surveyed('a', 'DH01', 1, 21.352, 107.599), guessed('b', 'DH02', 2, 21.42, 107.54)), 'en');
		expect(map?.legend.map((l) => l.label)).toEqual(['Surveyed position', 'Provisional position, not yet surveyed']);
		expect(map?.markers.map((m) => [m.position, m.placeholder])).toEqual([[1, false], [2, true]]);
	});

	test('links a GPX file of the page language, saved under the trail’s name', async () => {
		expect(trailPageModel(await minimalTrail(), 'vi').gpx).toEqual({ href: '/vi/tuyen.gpx', label: 'Tải tuyến cho ứng dụng bản đồ (GPX)', fileName: 'tuyen-thu-nghiem.gpx' });
		expect(trailPageModel(await minimalTrail(), 'en').gpx?.fileName).toBe('tuyen-thu-nghiem-en.gpx');
	});
});

describe('trailGpxModel', () => {
	test('names each stop by its position and its title in the language, linking its page by absolute URL', async () => {
		const gpx = trailGpxModel(await minimalTrail(), 'en');
		expect(gpx.stops.map((s) => [s.name, s.url])).toEqual([
			['1. Mau Communal House', 'https://trail.example.vn/en/dinh-mau/'],
			['2. Đền Cấp', 'https://trail.example.vn/en/den-cap/'],
		]);
		expect(gpx).toMatchObject({ name: 'Test trail', url: 'https://trail.example.vn/en/', date: '2025-07-01' });
	});

	test('marks a placeholder stop in its description, and dates the file by the latest update', () => {
		const trail = trailOf(surveyed('a', 'DH01', 1, 21.352, 107.599, '2026-11-28'), guessed('b', 'DH02', 2, 21.42, 107.54));
		const gpx = trailGpxModel(trail, 'vi');
		expect(gpx.stops.map((s) => s.description)).toEqual(['Ngôi đình cổ thờ Thành hoàng làng.', 'Vị trí tạm, chưa đo tại chỗ · Ngôi đình cổ thờ Thành hoàng làng.']);
		expect(gpx.date).toBe('2026-11-28');
		expect(trailGpx(trail, 'vi')).toContain('<time>2026-11-28T00:00:00Z</time>');
	});
});
