/** The order of sites on the trail, shared by the trail page, previous/next links and the plaques. */

import { oncePer } from '../once-per.ts';

/** What ordering needs from a site; `SiteEntry` fits. */
export interface OrderableSite {
	slug: string;
	data: { trail?: number | undefined; title: string };
}

export interface Neighbours<T> {
	previous?: T;
	next?: T;
}

// Vietnamese alphabetical order: code-point order would put every Đ, Ô, Ư … after Z (DOMAIN §4.4).
const titleCollator = new Intl.Collator('vi');

function compareSites(a: OrderableSite, b: OrderableSite): number {
	const pa = a.data.trail ?? Number.POSITIVE_INFINITY;
	const pb = b.data.trail ?? Number.POSITIVE_INFINITY;
	if (pa !== pb) return pa < pb ? -1 : 1;
	// Slugs are unique folder names: comparing them last makes the order total and repeatable.
	return titleCollator.compare(a.data.title, b.data.title) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/**
 * Sites with a trail position first, by position; then the rest by Vietnamese title; ties by slug.
 * Returns a new array and leaves the input alone.
 */
export function orderSites<T extends OrderableSite>(sites: readonly T[]): T[] {
	return [...sites].sort(compareSites);
}

/** The sites before and after `slug` in an already ordered list; `{}` when the slug is absent. */
export function neighbours<T extends { slug: string }>(sites: readonly T[], slug: string): Neighbours<T> {
	const index = slugIndex(sites).get(slug) ?? -1;
	if (index < 0) return {};
	const previous = sites[index - 1];
	const next = sites[index + 1];
	return { ...(previous && { previous }), ...(next && { next }) };
}

// Every site page asks for its neighbours: a slug's place is found once per list, not by walking
// 10,000 sites for each page (issue #7).
const slugIndex = oncePer((sites: readonly { slug: string }[]) => {
	const index = new Map<string, number>();
	// The first site with a slug wins, as `findIndex` would have it.
	for (const [i, site] of sites.entries()) if (!index.has(site.slug)) index.set(site.slug, i);
	return index;
});
