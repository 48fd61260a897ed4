import type { Problem } from '../problems/problem.ts';
import { VIETNAM_BOUNDS } from '../schema/index.ts';
import { isInArchipelago, isInVietnam } from '../trail/in-vietnam.ts';
import { at, type Check } from './context.ts';

const { latMin, latMax, lngMin, lngMax } = VIETNAM_BOUNDS;
const inLat = (v: number) => v >= latMin && v <= latMax;
const inLng = (v: number) => v >= lngMin && v <= lngMax;

/**
 * Coordinates must fall inside Vietnam. Outside the box of its mainland (and of the Hoàng Sa and
 * Trường Sa archipelagos), each wrong number is an error; when swapping them would help, one
 * message says so and prints the corrected pair. Inside the box but off Vietnam's land, coast and
 * islands (in Laos, in Cambodia, at sea), a warning asks the editor to look: the outline is coarse
 * (see trail/in-vietnam.ts), so a real site must never be refused by it (issue #8).
 */
export const checkCoordinates: Check = ({ sites }) =>
	sites.flatMap((site): Problem[] => {
		const { lat, lng } = site.data.location;
		const base = { severity: 'error', file: site.file } as const;
		if ((inLat(lat) && inLng(lng)) || isInArchipelago({ lat, lng })) {
			return isInVietnam({ lat, lng }) ? [] : [{ ...base, severity: 'warning', code: 'coordinates-outside-vietnam', ...at(site, 'location'), params: { lat, lng } }];
		}
		if (inLat(lng) && inLng(lat)) return [{ ...base, code: 'coordinates-swapped', ...at(site, 'location.lat'), params: { lat, lng } }];
		const problems: Problem[] = [];
		if (!inLat(lat)) problems.push({ ...base, code: 'latitude-out-of-range', ...at(site, 'location.lat'), params: { value: lat, min: latMin, max: latMax } });
		if (!inLng(lng)) problems.push({ ...base, code: 'longitude-out-of-range', ...at(site, 'location.lng'), params: { value: lng, min: lngMin, max: lngMax } });
		return problems;
	});
