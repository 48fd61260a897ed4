import type { Location } from '../schema/location.ts';

/**
 * Whether a point is in Vietnam: on its mainland or coast, on an inhabited island, or in the
 * Hoàng Sa (Paracel) and Trường Sa (Spratly) archipelagos. Coarse on purpose: the outline is
 * Natural Earth's 1:110m one (public domain, 42 points), widened by BORDER_MARGIN_KM because it
 * cuts a few kilometres off some coasts and border valleys. Known limitation: a point in Laos,
 * Cambodia or China within about 30 km of the border (Hà Khẩu across from Lào Cai, Kep beside
 * Hà Tiên) passes as Vietnamese; the check it serves is a warning for that reason (issue #8).
 */

type Point = Pick<Location, 'lat' | 'lng'>;

/** [lng, lat] in degrees, clockwise from Móng Cái along the coast, then the land border back. */
const OUTLINE: ReadonlyArray<readonly [number, number]> = [
	[108.05, 21.552], [106.715, 20.697], [105.882, 19.752], [105.662, 19.058], [106.427, 18.004], [107.362, 16.697],
	[108.269, 16.08], [108.877, 15.277], [109.335, 13.426], [109.2, 11.667], [108.366, 11.008], [107.221, 10.364],
	[106.405, 9.531], [105.158, 8.6], [104.795, 9.241], [105.076, 9.918], [104.334, 10.487], [105.2, 10.889],
	[106.25, 10.962], [105.811, 11.568], [107.491, 12.337], [107.615, 13.536], [107.383, 14.202], [107.565, 15.202],
	[107.313, 15.909], [106.556, 16.604], [105.926, 17.485], [105.095, 18.667], [103.897, 19.265], [104.183, 19.625],
	[104.823, 19.887], [104.435, 20.759], [103.204, 20.767], [102.755, 21.675], [102.17, 22.465], [102.707, 22.709],
	[103.505, 22.704], [104.477, 22.819], [105.329, 23.352], [105.811, 22.977], [106.725, 22.794], [106.567, 22.218],
	[107.043, 21.812], [108.05, 21.552],
];

/**
 * How far outside the outline a point still counts as inside. The farthest real places measured
 * outside it are 21 km (Giao Thủy's coast) and 18 km (Mũi Điện); farther ones are listed below.
 */
const BORDER_MARGIN_KM = 30;

/** Islands and a cape farther out than the margin: centre and radius in km. */
const ISLANDS: ReadonlyArray<{ name: string; lat: number; lng: number; radiusKm: number }> = [
	{ name: 'Mũi Cà Mau, Hòn Khoai', lat: 8.58, lng: 104.78, radiusKm: 30 },
	{ name: 'Phú Quốc', lat: 10.2, lng: 103.97, radiusKm: 35 },
	{ name: 'Thổ Chu', lat: 9.3, lng: 103.48, radiusKm: 15 },
	{ name: 'Nam Du, Hòn Sơn', lat: 9.74, lng: 104.5, radiusKm: 25 },
	{ name: 'Côn Đảo', lat: 8.69, lng: 106.6, radiusKm: 20 },
	{ name: 'Phú Quý', lat: 10.52, lng: 108.94, radiusKm: 15 },
	{ name: 'Lý Sơn', lat: 15.38, lng: 109.12, radiusKm: 15 },
	{ name: 'Cồn Cỏ', lat: 17.16, lng: 107.34, radiusKm: 10 },
	{ name: 'Bạch Long Vĩ', lat: 20.13, lng: 107.72, radiusKm: 15 },
	{ name: 'Cô Tô', lat: 20.98, lng: 107.8, radiusKm: 20 },
];

/** The two archipelagos, as boxes in degrees: open sea between their reefs and islands counts. */
export const ARCHIPELAGOS: ReadonlyArray<{ name: string; latMin: number; latMax: number; lngMin: number; lngMax: number }> = [
	{ name: 'Hoàng Sa', latMin: 15.6, latMax: 17.3, lngMin: 110.9, lngMax: 113 },
	{ name: 'Trường Sa', latMin: 7.5, latMax: 11.8, lngMin: 111.3, lngMax: 117.9 },
];

/** True inside the Hoàng Sa or Trường Sa box. */
export function isInArchipelago({ lat, lng }: Point): boolean {
	return ARCHIPELAGOS.some((box) => lat >= box.latMin && lat <= box.latMax && lng >= box.lngMin && lng <= box.lngMax);
}

/** True for a point on Vietnam's land, coast or islands (see the limitation above). */
export function isInVietnam(point: Point): boolean {
	if (isInArchipelago(point) || insideOutline(point)) return true;
	if (ISLANDS.some((island) => kmBetween(point, island) <= island.radiusKm)) return true;
	return kmToOutline(point) <= BORDER_MARGIN_KM;
}

// Ray casting, in degrees: the outline is small enough for the plane.
function insideOutline({ lat, lng }: Point): boolean {
	let inside = false;
	for (let i = 0, j = OUTLINE.length - 1; i < OUTLINE.length; j = i++) {
		const [xi, yi] = OUTLINE[i]!;
		const [xj, yj] = OUTLINE[j]!;
		if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

// Kilometres per degree at the point's latitude: exact enough within a few hundred kilometres.
const KM_PER_DEGREE_LAT = 110.57;
const kmPerDegreeLng = (lat: number) => 111.32 * Math.cos((lat * Math.PI) / 180);

function kmBetween(a: Point, b: Point): number {
	return Math.hypot((a.lng - b.lng) * kmPerDegreeLng(a.lat), (a.lat - b.lat) * KM_PER_DEGREE_LAT);
}

/** Distance from the point to the nearest edge of the outline. */
function kmToOutline({ lat, lng }: Point): number {
	const kx = kmPerDegreeLng(lat);
	let best = Infinity;
	for (let i = 1; i < OUTLINE.length; i++) {
		const [x1, y1] = OUTLINE[i - 1]!;
		const [x2, y2] = OUTLINE[i]!;
		const ax = (x1 - lng) * kx, ay = (y1 - lat) * KM_PER_DEGREE_LAT;
		const dx = (x2 - x1) * kx, dy = (y2 - y1) * KM_PER_DEGREE_LAT;
		const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy)));
		best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
	}
	return best;
}
