import { oncePer } from '../once-per.ts';
import type { SiteEntry } from './trail.ts';

// A trail's sites by code and by place, built once per trail: pages look sites up thousands of
// times, and walking 10,000 sites for each lookup made the pages stage grow with the square of
// the trail (issue #7). A trail's list of sites never changes once loaded.

interface SiteIndex {
	byCode: Map<string, SiteEntry>;
	position: Map<SiteEntry, number>;
}

const indexOf = oncePer((sites: readonly SiteEntry[]): SiteIndex => {
	const index: SiteIndex = { byCode: new Map(), position: new Map() };
	// The first site with a code wins, as `find` would have it (the checks refuse duplicates anyway).
	for (const [i, site] of sites.entries()) {
		if (!index.byCode.has(site.data.code)) index.byCode.set(site.data.code, site);
		index.position.set(site, i);
	}
	return index;
});

/** The site whose plaque code is `code`, if any. */
export function siteWithCode(sites: readonly SiteEntry[], code: string): SiteEntry | undefined {
	return indexOf(sites).byCode.get(code);
}

/** Where `site` is on the trail, from 0; -1 when it is not one of `sites`. */
export function sitePosition(sites: readonly SiteEntry[], site: SiteEntry): number {
	return indexOf(sites).position.get(site) ?? -1;
}
