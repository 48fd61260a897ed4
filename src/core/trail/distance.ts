import type { Location } from '../schema/location.ts';

/** A point on the Earth; a site's `location` fits. */
type Point = Pick<Location, 'lat' | 'lng'>;

/** Mean Earth radius (IUGG), in kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;

function toRadians(degrees: number): number {
	return (degrees * Math.PI) / 180;
}

/**
 * Great-circle ("as the crow flies") distance in kilometres, by the haversine formula. Good to
 * about 0.5 % on the real ellipsoid, which is plenty for "about 2 km to the next stop".
 */
export function distanceKm(a: Point, b: Point): number {
	const dLat = toRadians(b.lat - a.lat);
	const dLng = toRadians(b.lng - a.lng);
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
	// Rounding can push h a hair above 1 for antipodal points; asin would return NaN.
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Sum of the straight-line legs between consecutive points; 0 for fewer than two points. */
export function pathLengthKm(points: readonly Point[]): number {
	let total = 0;
	for (let i = 1; i < points.length; i++) total += distanceKm(points[i - 1]!, points[i]!);
	return total;
}
