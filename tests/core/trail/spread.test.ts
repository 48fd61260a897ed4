import { describe, expect, test } from 'vitest';
import { spreadOverlapping, type MapPoint } from '../../../src/core/trail/spread.ts';

const MIN = 24;
const gap = (a: MapPoint, b: MapPoint) => Math.hypot(a.x - b.x, a.y - b.y);

/** The smallest distance between any two points. */
function closest(points: MapPoint[]): number {
	let min = Number.POSITIVE_INFINITY;
	points.forEach((a, i) => points.slice(i + 1).forEach((b) => (min = Math.min(min, gap(a, b)))));
	return min;
}

describe('spreadOverlapping', () => {
	test('leaves points that are far enough apart where they are', () => {
		const points = [{ x: 0, y: 0 }, { x: 30, y: 0 }, { x: 0, y: 24 }];
		expect(spreadOverlapping(points, MIN)).toEqual(points);
	});

	test('puts two markers at one spot side by side, exactly one marker apart, first on the left', () => {
		const spread = spreadOverlapping([{ x: 100, y: 50 }, { x: 100, y: 50 }], MIN);
		expect(spread).toEqual([{ x: 88, y: 50 }, { x: 112, y: 50 }]);
	});

	test('turns each marker towards where it really is', () => {
		// The second point lies just north-west of the first: its marker goes up and to the left.
		const [first, second] = spreadOverlapping([{ x: 100, y: 50 }, { x: 96, y: 47 }], MIN) as [MapPoint, MapPoint];
		expect(second.x).toBeLessThan(first.x);
		expect(second.y).toBeLessThan(first.y);
		expect(gap(first, second)).toBeCloseTo(MIN, 9);
	});

	test('turns a group so the route enters at its first marker and leaves from its last', () => {
		// Stop 0 lies far east, stops 1–3 share one spot, stop 4 lies far west.
		const points = [{ x: 200, y: 0 }, { x: 0, y: 0 }, { x: 0, y: 0 }, { x: 0, y: 0 }, { x: -200, y: 0 }];
		const spread = spreadOverlapping(points, MIN);
		const eastmost = Math.max(...spread.slice(1, 4).map((p) => p.x));
		const westmost = Math.min(...spread.slice(1, 4).map((p) => p.x));
		expect(spread[1]!.x).toBe(eastmost);
		expect(spread[3]!.x).toBe(westmost);
		expect([spread[0], spread[4]]).toEqual([points[0], points[4]]);
	});

	test.each([2, 3, 4, 6])('spreads %d markers at one spot so that no two overlap', (n) => {
		const spread = spreadOverlapping(Array.from({ length: n }, () => ({ x: 0, y: 0 })), MIN);
		expect(closest(spread)).toBeGreaterThanOrEqual(MIN - 1e-9);
		// Around the spot, not off to one side.
		expect(spread.reduce((sum, p) => sum + p.x, 0) / n).toBeCloseTo(0, 9);
	});

	test('merges a chain of near points into one ring, so spreading never makes a new overlap', () => {
		const chain = [0, 10, 20, 30].map((x) => ({ x, y: 0 }));
		expect(closest(spreadOverlapping(chain, MIN))).toBeGreaterThanOrEqual(MIN - 1e-9);
	});

	test('keeps a spread group clear of a lone marker nearby', () => {
		const points = [{ x: 0, y: 0 }, { x: 0, y: 0 }, { x: 0, y: 30 }];
		expect(closest(spreadOverlapping(points, MIN))).toBeGreaterThanOrEqual(MIN - 1e-9);
	});

	test('returns new points in input order and leaves the input alone', () => {
		const points = [{ x: 5, y: 5 }, { x: 5, y: 5 }];
		const spread = spreadOverlapping(points, MIN);
		expect(points).toEqual([{ x: 5, y: 5 }, { x: 5, y: 5 }]);
		expect(spread[0]).not.toBe(points[0]);
	});

	test('returns [] for no points', () => {
		expect(spreadOverlapping([], MIN)).toEqual([]);
	});
});
