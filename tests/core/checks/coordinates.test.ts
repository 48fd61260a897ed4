import { describe, expect, test } from 'vitest';
import { checkCoordinates } from '../../../src/core/checks/coordinates.ts';
import { siteEntry } from './site-entry.ts';

const FILE = 'content/sites/dinh-dam-ha/vi.md';
// In the generated vi.md, location: is line 7, lat line 8 and lng line 9; values start at column 8.
const LAT = { file: FILE, field: 'location.lat', line: 8, column: 8 };
const LNG = { file: FILE, field: 'location.lng', line: 9, column: 8 };

describe('checkCoordinates', () => {
	test.each([
		['Đình Đầm Hà', 21.352, 107.599],
		['the southern edge (Trường Sa)', 8, 110],
		['the northern edge (Lũng Cú)', 24, 102],
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
