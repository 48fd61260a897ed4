import { describe, expect, test } from 'vitest';
import { checkLocationFromPhoto } from '../../../src/core/checks/location-from-photo.ts';
import type { SiteEntry } from '../../../src/core/content/trail.ts';
import { formatProblem } from '../../../src/core/problems/format.ts';
import { validateContent } from '../../../src/core/validate.ts';
import { phoneJpeg, trailWithCover } from '../../helpers/phone-photos.ts';
import { siteEntry } from './site-entry.ts';

const PLACEHOLDER = { lat: 21.4, lng: 107.5, placeholder: true };
const PHOTOS = [
	{ src: 'san-dinh.jpg', alt: 'Sân đình ngày hội.', credit: 'Ảnh minh họa' },
	{ src: 'mai-dinh.jpg', alt: 'Mái đình.', credit: 'Ảnh minh họa' },
];
// Generated vi.md: location: line 7 (lat 8, lng 9, placeholder 10).
const AT = { file: 'content/sites/dinh-dam-ha/vi.md', field: 'location', line: 7, column: 1 };

/** A site whose photos (by src) carry these GPS positions, as the loader reads them from EXIF. */
function withGps(site: SiteEntry, positions: Record<string, { lat: number; lng: number }>): SiteEntry {
	const photos = Object.fromEntries(Object.entries(site.photos).map(([src, photo]) => [src, positions[src] ? { ...photo, gps: positions[src] } : photo]));
	return { ...site, photos };
}

describe('checkLocationFromPhoto', () => {
	test('suggests the position of a photo for a placeholder location, rounded to 5 decimals, at the location field', () => {
		const site = withGps(siteEntry({ data: { location: PLACEHOLDER } }), { 'cover.jpg': { lat: 21.351234567, lng: 107.599612345 } });
		expect(checkLocationFromPhoto({ sites: [site] })).toEqual([{ code: 'location-from-photo', severity: 'warning', ...AT, params: { src: 'cover.jpg', lat: 21.35123, lng: 107.59961 } }]);
	});

	test('takes the cover first, then the listed photos in order, and warns once per site', () => {
		const site = siteEntry({ data: { location: PLACEHOLDER, photos: PHOTOS } });
		const some = withGps(site, { 'mai-dinh.jpg': { lat: 21.36, lng: 107.6 }, 'san-dinh.jpg': { lat: 21.35, lng: 107.59 } });
		expect(checkLocationFromPhoto({ sites: [some] }).map((p) => p.params)).toEqual([{ src: 'san-dinh.jpg', lat: 21.35, lng: 107.59 }]);
		const all = withGps(site, { 'cover.jpg': { lat: 21.34, lng: 107.58 }, 'mai-dinh.jpg': { lat: 21.36, lng: 107.6 } });
		expect(checkLocationFromPhoto({ sites: [all] }).map((p) => p.params)).toEqual([{ src: 'cover.jpg', lat: 21.34, lng: 107.58 }]);
	});

	test('skips a photo taken outside Vietnam for one taken inside', () => {
		const site = withGps(siteEntry({ data: { location: PLACEHOLDER, photos: PHOTOS } }), { 'cover.jpg': { lat: 48.8584, lng: 2.2945 }, 'san-dinh.jpg': { lat: 21.35, lng: 107.59 } });
		expect(checkLocationFromPhoto({ sites: [site] }).map((p) => p.params)).toEqual([{ src: 'san-dinh.jpg', lat: 21.35, lng: 107.59 }]);
	});

	test.each([
		['a surveyed location', { lat: 21.352, lng: 107.599 }, { lat: 21.35, lng: 107.59 }],
		['a photo taken outside Vietnam (Bangkok)', PLACEHOLDER, { lat: 13.7563, lng: 100.5018 }],
		['the 0, 0 a phone writes without a fix', PLACEHOLDER, { lat: 0, lng: 0 }],
	])('says nothing for %s', (_name, location, gps) => {
		expect(checkLocationFromPhoto({ sites: [withGps(siteEntry({ data: { location } }), { 'cover.jpg': gps })] })).toEqual([]);
	});

	test('says nothing when no photo carries a position', () => {
		expect(checkLocationFromPhoto({ sites: [siteEntry({ data: { location: PLACEHOLDER } })] })).toEqual([]);
	});
});

describe('checkLocationFromPhoto through validateContent', () => {
	test("suggests a phone photo's GPS position for a placeholder location, as a warning in Vietnamese and English (issue #6)", async () => {
		const copy = await trailWithCover('cong-dinh.jpg', await phoneJpeg(1200, 800), (s) => s.replace('  lng: 107.599\n', '  lng: 107.599\n  placeholder: true\n'));
		const result = await validateContent({ contentDir: copy.content, cwd: copy.root });
		expect(result.ok).toBe(true);
		expect(result.problems).toEqual([{ code: 'location-from-photo', severity: 'warning', file: 'content/sites/dinh-mau/vi.md', field: 'location', line: 7, column: 1, params: { src: 'cong-dinh.jpg', lat: 21.3512, lng: 107.5996 } }]);
		const [problem] = result.problems;
		if (!problem) throw new Error('no problem');
		expect(`${formatProblem(problem, { lang: 'vi', sources: result.sources })}\n\n${formatProblem(problem, { lang: 'en', sources: result.sources })}`).toMatchInlineSnapshot(`
			"Cảnh báo · content/sites/dinh-mau/vi.md:7:1 · dòng 7, trường "location" (vị trí)
			  Vị trí của di tích vẫn là tọa độ tạm, còn ảnh "cong-dinh.jpg" có ghi nơi chụp: 21.3512, 107.5996.
			  Cách sửa: Hãy xem điểm này trên bản đồ (https://www.google.com/maps/search/?api=1&query=21.3512,107.5996); nếu ảnh được chụp ngay tại di tích, hãy thay cả nhóm location bằng dòng:
			      location: { lat: 21.3512, lng: 107.5996 }
			    6 | address: Thôn Một, xã Thử Nghiệm, tỉnh Quảng Ninh
			  > 7 | location:
			      | ^
			    8 |   lat: 21.352

			Warning · content/sites/dinh-mau/vi.md:7:1 · line 7, field "location"
			  The site's location is still a placeholder, and the photo "cong-dinh.jpg" records where it was taken: 21.3512, 107.5996.
			  How to fix: Look at this point on a map (https://www.google.com/maps/search/?api=1&query=21.3512,107.5996); if the photo was taken at the site itself, replace the whole location group with the line:
			      location: { lat: 21.3512, lng: 107.5996 }
			    6 | address: Thôn Một, xã Thử Nghiệm, tỉnh Quảng Ninh
			  > 7 | location:
			      | ^
			    8 |   lat: 21.352"
		`);
	});

	test('the suggested line, written in place of the location group, is read and ends the warning (issue #6)', async () => {
		const copy = await trailWithCover('cong-dinh.jpg', await phoneJpeg(1200, 800), (s) => s.replace('location:\n  lat: 21.352\n  lng: 107.599\n', 'location: { lat: 21.3512, lng: 107.5996 }\n'));
		const result = await validateContent({ contentDir: copy.content, cwd: copy.root });
		expect(result.problems).toEqual([]);
		expect(result.trail?.sites.find((s) => s.slug === 'dinh-mau')?.data.location).toEqual({ lat: 21.3512, lng: 107.5996, placeholder: false });
	});
});
