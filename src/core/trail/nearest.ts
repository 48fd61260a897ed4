import type { Location } from '../schema/location.ts';
import { distanceKm } from './distance.ts';

/** What "nearest" needs from a site; `SiteEntry` fits. */
export interface LocatedSite {
	slug: string;
	data: { location: Pick<Location, 'lat' | 'lng' | 'placeholder'> };
}

export interface NearSite<T> {
	site: T;
	distanceKm: number;
}

/**
 * Up to `count` other sites closest to `site`, nearest first, by straight-line distance. Sites whose
 * position is a placeholder are left out, and a site with a placeholder position has no neighbours
 * at all: a distance from a stand-in point would send a visitor the wrong way. Equal distances keep
 * the order of `sites` (trail order), so the result is repeatable.
 */
export function nearestSites<T extends LocatedSite>(sites: readonly T[], site: LocatedSite, count: number): NearSite<T>[] {
	const from = site.data.location;
	if (from.placeholder || count <= 0) return [];
	return sites
		.filter((other) => other.slug !== site.slug && !other.data.location.placeholder)
		.map((other) => ({ site: other, distanceKm: distanceKm(from, other.data.location) }))
		// Array.prototype.sort is stable, so ties stay in trail order.
		.sort((a, b) => a.distanceKm - b.distanceKm)
		.slice(0, count);
}
