import { describe, expect, test } from 'vitest';
import { checkCoordinates } from '../../../src/core/checks/coordinates.ts';
import { siteEntry } from './site-entry.ts';

const FILE = 'content/sites/dinh-dam-ha/vi.md';
// In the generated vi.md, location: is line 7, lat line 8 and lng line 9; values start at column 8.
const LAT = { file: FILE, field: 'location.lat', line: 8, column: 8 };
const LNG = { file: FILE, field: 'location.lng', line: 9, column: 8 };
// The location group's value starts on the lat line.
const LOCATION = { file: FILE, field: 'location', line: 8, column: 3 };

describe('checkCoordinates', () => {
	test.each([
		['Đình Đầm Hà', 21.352, 107.599],
		['the flag tower of Lũng Cú, the northernmost point', 23.3636, 105.3161],
		['Mũi Cà Mau, the southernmost point of the mainland', 8.61, 104.72],
		['Côn Đảo', 8.68, 106.61],
		['Trường Sa Lớn, east of the mainland box (issue #8)', 8.645, 111.92],
		['An Bang in Trường Sa, south of 8° N (issue #8)', 7.89, 112.92],
		['Hoàng Sa (issue #8)', 16.53, 111.61],
	])('accepts %s', (_name, lat, lng) => {
		expect(checkCoordinates({ sites: [siteEntry({ data: { location: { lat, lng } } })] })).toEqual([]);
	});

	test.each([
		['latitude alone out of range', 31.5, 107.6, [{ ...LAT, code: 'latitude-out-of-range', severity: 'error', params: { value: 31.5, min: 8, max: 24 } }]],
		['a latitude south of the equator', -21.35, 107.6, [{ ...LAT, code: 'latitude-out-of-range', severity: 'error', params: { value: -21.35, min: 8, max: 24 } }]],
		['longitude alone out of range', 21.35, 117.6, [{ ...LNG, code: 'longitude-out-of-range', severity: 'error', params: { value: 117.6, min: 102, max: 110 } }]],
		['both out of range, and swapping would not help', 51.5, -0.12, [
			{ ...LAT, code: 'latitude-out-of-range', severity: 'error', params: { value: 51.5, min: 8, max: 24 } },
			{ ...LNG, code: 'longitude-out-of-range', severity: 'error', params: { value: -0.12, min: 102, max: 110 } },
		]],
		['the same number twice (longitude wrong, swapping would not help)', 21, 21, [{ ...LNG, code: 'longitude-out-of-range', severity: 'error', params: { value: 21, min: 102, max: 110 } }]],
	])('reports %s', (_name, lat, lng, expected) => {
		expect(checkCoordinates({ sites: [siteEntry({ data: { location: { lat, lng } } })] })).toEqual(expected);
	});

	test.each([
		['Vientiane, in Laos', 17.97, 102.61],
		['Phnom Penh, in Cambodia', 11.56, 104.92],
		['the middle of the Gulf of Tonkin', 19.8, 107.6],
		['Sanya, on Hainan', 18.25, 109.51],
		['the corner of the box, in China', 24, 102],
		['open sea west of Trường Sa', 8, 110],
	])('warns, and only warns, about a point inside the box but outside Vietnam: %s (issue #8)', (_name, lat, lng) => {
		expect(checkCoordinates({ sites: [siteEntry({ data: { location: { lat, lng } } })] })).toEqual([{ ...LOCATION, code: 'coordinates-outside-vietnam', severity: 'warning', params: { lat, lng } }]);
	});

	test('swapped coordinates get one message with the corrected pair, issue #2', () => {
		expect(checkCoordinates({ sites: [siteEntry({ data: { location: { lat: 107.5, lng: 21.4 } } })] })).toEqual([
			{ ...LAT, code: 'coordinates-swapped', severity: 'error', params: { lat: 107.5, lng: 21.4 } },
		]);
	});

	test('checks every site', () => {
		const sites = [siteEntry({ slug: 'a' }), siteEntry({ slug: 'b', data: { location: { lat: 107.5, lng: 21.4 } } }), siteEntry({ slug: 'c', data: { location: { lat: 0, lng: 0 } } })];
		expect(checkCoordinates({ sites }).map((p) => [p.file, p.code])).toEqual([
			['content/sites/b/vi.md', 'coordinates-swapped'],
			['content/sites/c/vi.md', 'latitude-out-of-range'],
			['content/sites/c/vi.md', 'longitude-out-of-range'],
		]);
	});
});
