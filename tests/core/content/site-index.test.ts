import { beforeAll, describe, expect, test } from 'vitest';
import { loadTrail } from '../../../src/core/content/load-trail.ts';
import { siteWithCode, sitePosition } from '../../../src/core/content/site-index.ts';
import type { SiteEntry } from '../../../src/core/content/trail.ts';
import { FIXTURE_TRAILS, PROJECT_ROOT } from '../../helpers/trail-copy.ts';

let sites: SiteEntry[];
beforeAll(async () => {
	const loaded = await loadTrail({ contentDir: `${FIXTURE_TRAILS}/minimal`, cwd: PROJECT_ROOT });
	sites = loaded.trail!.sites;
});

describe('siteWithCode', () => {
	test('finds each site by its plaque code, and nothing for an unknown code', () => {
		for (const site of sites) expect(siteWithCode(sites, site.data.code)).toBe(site);
		expect(siteWithCode(sites, 'ZZ99')).toBeUndefined();
	});

	test('answers for the list it is given: another list of the same sites has its own answers', () => {
		const [first, second] = sites as [SiteEntry, SiteEntry];
		expect(siteWithCode([second], first.data.code)).toBeUndefined();
		expect(siteWithCode([second], second.data.code)).toBe(second);
	});

	test('the first site with a code wins, as a search from the start would find', () => {
		const [first] = sites as [SiteEntry];
		const twin: SiteEntry = { ...first, slug: 'twin' };
		expect(siteWithCode([first, twin], first.data.code)).toBe(first);
	});
});

describe('sitePosition', () => {
	test('is the place on the trail from 0, and -1 for a site not on it', () => {
		expect(sites.map((site) => sitePosition(sites, site))).toEqual(sites.map((_, i) => i));
		expect(sitePosition(sites.slice(1), sites[0]!)).toBe(-1);
	});
});
