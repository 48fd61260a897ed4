import type { UnloadedSite } from '../content/trail.ts';
import type { Problem } from '../problems/problem.ts';
import { VIETNAM_BOUNDS } from '../schema/index.ts';
import type { Check } from './context.ts';

const { latMin, latMax, lngMin, lngMax } = VIETNAM_BOUNDS;
/** 5 decimals: about a metre, finer than a phone's GPS. */
const round = (degrees: number) => Math.round(degrees * 1e5) / 1e5;

/**
 * A site whose location is only a placeholder, with a photo that records where it was taken (EXIF
 * GPS) inside Vietnam, gets a warning suggesting that point, from the cover first, then the
 * listed photos in order. A warning, not an error: a photo may have been taken elsewhere, and the
 * editor decides. One per site, at the `location` field.
 */
export const checkLocationFromPhoto: Check = ({ sites, unloaded = [] }) => [
	...sites.flatMap((site) => (site.data.location.placeholder ? suggest(site, [site.data.cover, ...(site.data.photos ?? [])].map((p) => p.src)) : [])),
	// A new site (npm run new) has empty lat and lng, so its vi.md does not load yet: the photo's point is what it needs.
	...unloaded.flatMap((doc) => (hasLocation(doc.raw) ? [] : suggest(doc, Object.keys(doc.photos)))),
];

function suggest(doc: Pick<UnloadedSite, 'file' | 'positions' | 'photos'>, srcs: readonly string[]): Problem[] {
	const found = srcs.flatMap((src) => {
		const gps = doc.photos[src]?.gps;
		return gps && gps.lat >= latMin && gps.lat <= latMax && gps.lng >= lngMin && gps.lng <= lngMax ? [{ src, gps }] : [];
	})[0];
	if (!found) return [];
	const place = { field: 'location', ...(doc.positions.keys['location'] ?? doc.positions.values['']) };
	return [{ code: 'location-from-photo', severity: 'warning', file: doc.file, ...place, params: { src: found.src, lat: round(found.gps.lat), lng: round(found.gps.lng) } }];
}

function hasLocation(raw: unknown): boolean {
	const location = (raw as { location?: { lat?: unknown; lng?: unknown; placeholder?: unknown } } | undefined)?.location;
	return typeof location?.lat === 'number' && typeof location.lng === 'number' && location.placeholder !== true;
}
