import { describe, expect, test } from 'vitest';
import type { Location } from '../../../src/core/schema/location.ts';
import { distanceKm } from '../../../src/core/trail/distance.ts';
import { MAP_WIDTH_UNITS, MARKER_RADIUS_UNITS, trailMapModel, type TrailMap } from '../../../src/core/trail/map.ts';

const at = (lat: number, lng: number, placeholder = false): Location => ({ lat, lng, placeholder });

// The sample trail in trail order (content/sites/*/vi.md): DH01, DH03 and DH05 are surveyed.
const SAMPLE = [
	at(21.352, 107.599),
	at(21.3522, 107.5993, true),
	at(21.35182, 107.6005),
	at(21.35, 107.605, true),
	at(21.33471, 107.55254),
	at(21.3349, 107.5527, true),
	at(21.33, 107.56, true),
	at(21.33, 107.5, true),
	at(21.42, 107.54, true),
];

function mapOf(stops: Location[]): TrailMap {
	const map = trailMapModel(stops);
	if (!map) throw new Error('no map');
	return map;
}

/** Units per km along the map, read back from two markers' true spots. */
const unitsPerKm = (map: TrailMap, a: number, b: number, stops: Location[]) =>
	Math.hypot(map.markers[a]!.at.x - map.markers[b]!.at.x, map.markers[a]!.at.y - map.markers[b]!.at.y) / distanceKm(stops[a]!, stops[b]!);

describe('trailMapModel', () => {
	test('draws no map for a trail without stops', () => {
		expect(trailMapModel([])).toBeUndefined();
	});

	test('numbers the markers 1, 2, 3 … in trail order and keeps the placeholder flag', () => {
		expect(mapOf(SAMPLE).markers.map((m) => [m.position, m.placeholder])).toEqual(SAMPLE.map((s, i) => [i + 1, s.placeholder]));
	});

	test('keeps every marker whole inside the map, and the map one phone wide', () => {
		const map = mapOf(SAMPLE);
		expect(map.widthUnits).toBe(MAP_WIDTH_UNITS);
		for (const m of map.markers) {
			expect(m.x - MARKER_RADIUS_UNITS).toBeGreaterThanOrEqual(0);
			expect(m.x + MARKER_RADIUS_UNITS).toBeLessThanOrEqual(map.widthUnits);
			expect(m.y - MARKER_RADIUS_UNITS).toBeGreaterThanOrEqual(0);
			expect(m.y + MARKER_RADIUS_UNITS).toBeLessThanOrEqual(map.heightUnits);
		}
	});

	test('puts north up and east to the right', () => {
		const [west, north] = mapOf([at(21.33, 107.5), at(21.42, 107.54)]).markers as [TrailMap['markers'][0], TrailMap['markers'][0]];
		expect(north.y).toBeLessThan(west.y);
		expect(north.x).toBeGreaterThan(west.x);
	});

	test('a kilometre is as long east–west as north–south (the cosine of the latitude is applied)', () => {
		const stops = [at(21.35, 107.55), at(21.35 + 0.045, 107.55), at(21.35, 107.55 + 0.045 / Math.cos((21.35 * Math.PI) / 180))];
		const map = mapOf(stops);
		expect(unitsPerKm(map, 0, 2, stops) / unitsPerKm(map, 0, 1, stops)).toBeCloseTo(1, 2);
	});

	test('the scale bar is a round length, drawn at the scale of the map', () => {
		const map = mapOf(SAMPLE);
		expect(map.scaleBar.lengthKm).toBe(2);
		const drawnWidth = Number(/H([\d.]+)/.exec(map.scaleBar.path)![1]) - Number(/^M([\d.]+)/.exec(map.scaleBar.path)![1]);
		expect(drawnWidth / map.scaleBar.lengthKm).toBeCloseTo(unitsPerKm(map, 0, 4, SAMPLE), 0);
	});

	test('draws legs between surveyed stops solid and legs touching a placeholder dashed', () => {
		const map = mapOf([at(21.352, 107.599), at(21.33471, 107.55254), at(21.42, 107.54, true)]);
		const [a, b, c] = map.markers.map((m) => `${m.x} ${m.y}`);
		expect(map.measuredPath).toBe(`M${a}L${b}`);
		expect(map.unsurePath).toBe(`M${b}L${c}`);
	});

	test('joins a run of legs of one kind into one polyline', () => {
		const map = mapOf([at(21.33, 107.5, true), at(21.42, 107.54, true), at(21.35, 107.605, true)]);
		const [a, b, c] = map.markers.map((m) => `${m.x} ${m.y}`);
		expect(map.unsurePath).toBe(`M${a}L${b}L${c}`);
	});

	test('spreads markers at one spot (DH01 and DH02) so both numbers stay readable, and keeps the true spot', () => {
		const map = mapOf(SAMPLE);
		const [dh01, dh02] = map.markers as [TrailMap['markers'][0], TrailMap['markers'][0]];
		expect(Math.hypot(dh01.x - dh02.x, dh01.y - dh02.y)).toBeGreaterThanOrEqual(2 * MARKER_RADIUS_UNITS);
		expect(Math.hypot(dh01.at.x - dh02.at.x, dh01.at.y - dh02.at.y)).toBeLessThan(2);
		expect([dh01.x, dh01.y]).not.toEqual([dh01.at.x, dh01.at.y]);
	});

	test('no two markers of the sample overlap', () => {
		const { markers } = mapOf(SAMPLE);
		const gaps = markers.flatMap((a, i) => markers.slice(i + 1).map((b) => Math.hypot(a.x - b.x, a.y - b.y)));
		expect(Math.min(...gaps)).toBeGreaterThanOrEqual(2 * MARKER_RADIUS_UNITS);
	});

	test('a one-site trail is one centred marker, with a scale bar of a few hundred metres and no legs', () => {
		expect(mapOf([at(21.352, 107.599, true)])).toMatchInlineSnapshot(`
			{
			  "heightUnits": 70,
			  "markerRadiusUnits": 12,
			  "markers": [
			    {
			      "at": {
			        "x": 164,
			        "y": 20,
			      },
			      "placeholder": true,
			      "position": 1,
			      "x": 164,
			      "y": 20,
			    },
			  ],
			  "measuredPath": "",
			  "north": {
			    "x": 310,
			    "y": 60,
			  },
			  "scaleBar": {
			    "labelX": 8,
			    "labelY": 53,
			    "lengthKm": 0.2,
			    "path": "M8 57V62H60.8V57",
			  },
			  "unsurePath": "",
			  "widthUnits": 328,
			}
		`);
	});

	test('two stops at exactly one spot sit side by side around it, the leg joining them', () => {
		const map = mapOf([at(21.352, 107.599), at(21.352, 107.599)]);
		expect(map.measuredPath).toBe(map.markers.map((m, i) => `${i ? 'L' : 'M'}${m.x} ${m.y}`).join(''));
		const [first, second] = map.markers as [TrailMap['markers'][0], TrailMap['markers'][0]];
		expect(second.x - first.x).toBeGreaterThanOrEqual(2 * MARKER_RADIUS_UNITS);
		expect([first.y, first.at, (first.x + second.x) / 2]).toEqual([second.y, second.at, first.at.x]);
	});

	test('a tall trail is shrunk to fit the screen rather than stretched', () => {
		const map = mapOf([at(21, 107.5), at(22, 107.5)]);
		expect(map.heightUnits).toBeLessThan(500);
	});

	test('is the same for the same stops (coordinates rounded to 0.1 unit)', () => {
		const map = mapOf(SAMPLE);
		expect(mapOf(SAMPLE)).toEqual(map);
		const numbers = map.markers.flatMap((m) => [m.x, m.y, m.at.x, m.at.y]).map(String);
		expect(numbers.filter((n) => !/^\d+(\.\d)?$/.test(n))).toEqual([]);
	});
});
