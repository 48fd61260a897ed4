import type { SiteEntry, Trail } from '../content/trail.ts';
import { sitePath } from '../links/page-path.ts';
import type { Lang } from '../schema/index.ts';
import { distanceKm } from '../trail/distance.ts';
import { formatKm } from '../trail/format-km.ts';
import { nearestSites } from '../trail/nearest.ts';

/** How many nearby sites a page lists: enough to choose from, few enough to read on a phone. */
export const NEARBY_COUNT = 3;

export interface NearbyLink {
	title: string;
	href: string;
	/** "1,2 km" in the page language: straight-line, so the page says so once. */
	distance: string;
	/** The title is the Vietnamese one, the site having no translation in the page language. */
	untranslated: boolean;
}

/** The other sites nearest to `site`, for "Điểm gần đây"; empty when the site's own position is a placeholder. */
export function nearbyLinks(trail: Trail, site: SiteEntry, lang: Lang, count = NEARBY_COUNT): NearbyLink[] {
	return nearestSites(trail.sites, site, count).map(({ site: other, distanceKm: km }) => {
		const translated = lang !== 'vi' && other.translations[lang]?.data.title;
		return { title: translated || other.data.title, href: sitePath(lang, other.slug), distance: formatKm(lang, km), untranslated: lang !== 'vi' && !translated };
	});
}

/** The straight-line distance to the next stop, formatted; undefined when either position is a placeholder. */
export function distanceToNext(site: SiteEntry, next: SiteEntry | undefined, lang: Lang): string | undefined {
	if (!next || site.data.location.placeholder || next.data.location.placeholder) return undefined;
	return formatKm(lang, distanceKm(site.data.location, next.data.location));
}
