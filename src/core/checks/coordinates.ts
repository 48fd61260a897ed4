import type { Problem } from '../problems/problem.ts';
import { VIETNAM_BOUNDS } from '../schema/index.ts';
import { at, type Check } from './context.ts';

const { latMin, latMax, lngMin, lngMax } = VIETNAM_BOUNDS;
const inLat = (v: number) => v >= latMin && v <= latMax;
const inLng = (v: number) => v >= lngMin && v <= lngMax;

/**
 * Coordinates must fall inside Vietnam. When swapping them would, one message says so and
 * prints the corrected pair, instead of two messages about each number.
 */
export const checkCoordinates: Check = ({ sites }) =>
	sites.flatMap((site): Problem[] => {
		const { lat, lng } = site.data.location;
		const base = { severity: 'error', file: site.file } as const;
		if (inLat(lat) && inLng(lng)) return [];
		if (inLat(lng) && inLng(lat)) return [{ ...base, code: 'coordinates-swapped', ...at(site, 'location.lat'), params: { lat, lng } }];
		const problems: Problem[] = [];
		if (!inLat(lat)) problems.push({ ...base, code: 'latitude-out-of-range', ...at(site, 'location.lat'), params: { value: lat, min: latMin, max: latMax } });
		if (!inLng(lng)) problems.push({ ...base, code: 'longitude-out-of-range', ...at(site, 'location.lng'), params: { value: lng, min: lngMin, max: lngMax } });
		return problems;
	});
