import type { z } from 'zod';
import type { RetiredEntry, SiteEntry, Trail } from '../../../src/core/content/trail.ts';
import { cspHash, emptyInlineCode, type InlineCode } from '../../../src/core/hosting/inline-code.ts';
import { siteRoutes, type SiteRoutes } from '../../../src/core/links/routes.ts';
import { RetiredSiteSchema, type SettingsInput } from '../../../src/core/schema/index.ts';
import { settings, siteEntry } from '../checks/site-entry.ts';

/**
 * The small trail the host-file tests are written from: two sites on the trail (Đình Đầm Hà,
 * once in the folder `dinh-cu`, and Đền Cấp), one site taken off it (Miếu Cô, DH03), in
 * Vietnamese and English, at https://damha.example.vn. Only what the route table reads is filled.
 */

export type SmallTrail = Pick<Trail, 'settings' | 'sites' | 'retired'>;

/** A site whose folder had other names; `siteEntry` writes no list of plain names, so it is set here. */
export function renamedSite(slug: string, code: string, formerFolders: string[]): SiteEntry {
	const site = siteEntry({ slug, data: { code } });
	return { ...site, data: { ...site.data, formerFolders } };
}

/** One entry of retired.yaml, as the loader returns it. */
export function retiredEntry(input: Partial<z.input<typeof RetiredSiteSchema>> = {}, index = 0): RetiredEntry {
	const data = RetiredSiteSchema.parse({ code: 'DH03', title: { vi: 'Miếu Cô' }, reason: 'closed', date: '2026-11-20', folder: 'mieu-co', goTo: 'DH01', ...input });
	return { data, file: 'content/retired.yaml', index, positions: { values: {}, keys: {}, raw: {} } };
}

export function smallTrail(input: Partial<SettingsInput> = {}): SmallTrail {
	return {
		settings: settings(input),
		sites: [renamedSite('dinh-dam-ha', 'DH01', ['dinh-cu']), siteEntry({ slug: 'den-cap', data: { code: 'DH02' } })],
		retired: [retiredEntry()],
	};
}

export function smallRoutes(input: Partial<SettingsInput> = {}): SiteRoutes {
	return siteRoutes(smallTrail(input));
}

/** Inline code as the pages have it: two scripts and one stylesheet, by hash. */
export const INLINE_SCRIPTS = ['document.documentElement.className="js"', 'navigator.serviceWorker&&navigator.serviceWorker.register("/sw.js")'];
export const INLINE_STYLE = 'body{margin:0}';

export function smallInlineCode(): InlineCode {
	const code = emptyInlineCode();
	for (const script of INLINE_SCRIPTS) code.scripts.add(cspHash(script));
	code.styles.add(cspHash(INLINE_STYLE));
	return code;
}
