/** A point in SVG user units, y pointing down. */
export interface MapPoint {
	x: number;
	y: number;
}

interface Group {
	members: number[];
	centre: MapPoint;
	/** Distance from the centre to each member's marker once spread; 0 for a lone marker. */
	ringRadius: number;
}

// A full turn starting on the left: a pair at one spot reads "1 2" from left to right.
const DEFAULT_START_RADIANS = Math.PI;

/**
 * Moves markers that would overlap apart, so every number stays readable. `points` are the stops
 * in trail order. Markers closer than `minDistance` (two marker radii plus a gap) form a group,
 * merged until no two groups overlap, so a chain of near stops ends up as one ring. A group sits
 * on a small circle around its centre in trail order, turned so that the first marker faces the
 * stop before the group and the last faces the stop after it: the route then leaves the ring from
 * the right number. Returns new points in input order; lone markers are returned unchanged.
 */
export function spreadOverlapping(points: readonly MapPoint[], minDistance: number): MapPoint[] {
	let groups = points.map((p, i): Group => ({ members: [i], centre: p, ringRadius: 0 }));
	for (let merged = true; merged; ) {
		merged = false;
		outer: for (let a = 0; a < groups.length; a++) {
			for (let b = a + 1; b < groups.length; b++) {
				if (!overlap(groups[a]!, groups[b]!, minDistance)) continue;
				const members = [...groups[a]!.members, ...groups[b]!.members].sort((i, j) => i - j);
				groups = [...groups.slice(0, a), groupOf(members, points, minDistance), ...groups.slice(a + 1, b), ...groups.slice(b + 1)];
				merged = true;
				break outer;
			}
		}
	}
	const spread = points.map((p) => ({ ...p }));
	for (const group of groups) placeOnRing(group, points, spread);
	return spread;
}

function distance(a: MapPoint, b: MapPoint): number {
	return Math.hypot(a.x - b.x, a.y - b.y);
}

function overlap(a: Group, b: Group, minDistance: number): boolean {
	return distance(a.centre, b.centre) < a.ringRadius + b.ringRadius + minDistance;
}

function groupOf(members: number[], points: readonly MapPoint[], minDistance: number): Group {
	const centre = {
		x: members.reduce((sum, i) => sum + points[i]!.x, 0) / members.length,
		y: members.reduce((sum, i) => sum + points[i]!.y, 0) / members.length,
	};
	// Neighbours on the ring are one chord apart: chord = 2 · radius · sin(π / n).
	return { members, centre, ringRadius: minDistance / 2 / Math.sin(Math.PI / members.length) };
}

/** Unit vector from `a` towards `b`, or nothing when they coincide. */
function towards(a: MapPoint, b: MapPoint | undefined, scale = 1): MapPoint {
	const length = b ? distance(a, b) : 0;
	return b && length > 1e-9 ? { x: ((b.x - a.x) / length) * scale, y: ((b.y - a.y) / length) * scale } : { x: 0, y: 0 };
}

function placeOnRing(group: Group, points: readonly MapPoint[], out: MapPoint[]): void {
	const { members, centre, ringRadius } = group;
	const n = members.length;
	if (n < 2) return;
	const outside = (i: number) => (members.includes(i) ? undefined : points[i]);
	// Where each marker would like to sit: towards its neighbour outside the group, and a little towards its true spot.
	const wishes = members.map((i) => {
		const [before, after, own] = [towards(centre, outside(i - 1)), towards(centre, outside(i + 1)), towards(centre, points[i], Math.min(1, distance(centre, points[i]!) / ringRadius) / 2)];
		return { x: before.x + after.x + own.x, y: before.y + after.y + own.y };
	});
	const fit = (turn: 1 | -1) => {
		let [sin, cos] = [0, 0];
		wishes.forEach((w, k) => {
			const slot = (turn * 2 * Math.PI * k) / n;
			sin += w.y * Math.cos(slot) - w.x * Math.sin(slot);
			cos += w.x * Math.cos(slot) + w.y * Math.sin(slot);
		});
		return { turn, start: Math.hypot(sin, cos) > 1e-9 ? Math.atan2(sin, cos) : DEFAULT_START_RADIANS, score: Math.hypot(sin, cos) };
	};
	const [clockwise, anticlockwise] = [fit(1), fit(-1)];
	const best = anticlockwise.score > clockwise.score + 1e-9 ? anticlockwise : clockwise;
	members.forEach((i, k) => {
		const angle = best.start + (best.turn * 2 * Math.PI * k) / n;
		out[i] = { x: centre.x + ringRadius * Math.cos(angle), y: centre.y + ringRadius * Math.sin(angle) };
	});
}
