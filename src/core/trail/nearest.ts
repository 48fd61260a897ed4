import type { Location } from '../schema/location.ts';
import { oncePer } from '../once-per.ts';
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
	// The `count` best kept in order while walking the trail's positions once, packed side by side:
	// every site page asks, and sorting the whole trail (or chasing each site object through a big
	// heap) for each page made a province's pages grow with the square of its size (issue #7).
	const { kept, points } = packed(sites);
	const best: NearSite<T>[] = [];
	for (let i = 0; i < points.length; i++) {
		const km = distanceKm(from, points[i]!);
		if (best.length === count && km >= best[count - 1]!.distanceKm) continue;
		const other = kept[i]!;
		if (other.slug === site.slug) continue;
		// After every equal distance: a tie stays in trail order.
		let at = best.length;
		while (at > 0 && best[at - 1]!.distanceKm > km) at--;
		best.splice(at, 0, { site: other, distanceKm: km });
		if (best.length > count) best.pop();
	}
	return best;
}

interface Packed<T> {
	/** The sites with a real position, in trail order. */
	kept: T[];
	/** Their positions, made together so they lie together in memory. */
	points: { lat: number; lng: number }[];
}

const packOnce = oncePer((sites: readonly LocatedSite[]): Packed<LocatedSite> => {
	const kept = sites.filter((other) => !other.data.location.placeholder);
	return { kept, points: kept.map(({ data: { location } }) => ({ lat: location.lat, lng: location.lng })) };
});

const packed = <T extends LocatedSite>(sites: readonly T[]) => packOnce(sites) as Packed<T>;
