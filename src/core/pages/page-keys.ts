import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { SiteEntry, Trail } from '../content/trail.ts';
import { cacheKey } from '../cache/store.ts';
import { codePath, sitePath } from '../links/page-path.ts';
import { plaquePreviewPath } from './plaque-preview.ts';

/** A page that belongs to one site, and the key of everything its HTML is made from. */
export interface SitePageKey {
	/** The page's address, e.g. `/vi/dinh-dam-ha/`: its file is `<path>index.html`. */
	path: string;
	key: string;
}

/**
 * The key of each page that belongs to one site: its page in every language, the page its code
 * opens (`/DH01/`) and its plaque preview (`/in-an/DH01/`). A site page shows its own site whole,
 * and of the others only what the trail summary holds (titles for "nearby", "previous" and "next",
 * positions for distances, the number of sites). So the key is the site's own content, that
 * summary, the settings, the registers and `code` (a version of every file that renders pages):
 * editing one site's text changes its own pages' keys only; renaming a site, or moving it, changes
 * every page's, because every page may name it. Pages of the whole trail are always rendered.
 */
export function sitePageKeys(trail: Pick<Trail, 'settings' | 'sites' | 'printed' | 'retired'>, code: string): SitePageKey[] {
	const shared = cacheKey(code, stable(trail.settings), stable(trail.printed.map((p) => p.data)), stable(trail.retired.map((r) => r.data)), stable(trail.sites.map(summary)));
	return trail.sites.flatMap((site) => {
		const own = cacheKey(shared, stable(siteContent(site)));
		const paths = [...trail.settings.languages.map((lang) => sitePath(lang, site.slug)), codePath(site.data.code), plaquePreviewPath(site.data.code)];
		return paths.map((path) => ({ path, key: cacheKey(own, path) }));
	});
}

/** What a page may show of another site. */
function summary(site: SiteEntry) {
	const titles = Object.fromEntries(Object.entries(site.translations).map(([lang, t]) => [lang, t?.data.title]));
	return { slug: site.slug, code: site.data.code, title: site.data.title, titles, trail: site.data.trail, location: site.data.location, category: site.data.category };
}

/** Everything of the site's own that its pages show: its files as read, and its photos' and audio's bytes by hash. */
function siteContent(site: SiteEntry) {
	const translations = Object.fromEntries(Object.entries(site.translations).map(([lang, t]) => [lang, t && { data: t.data, body: t.body }]));
	const photos = Object.fromEntries(Object.entries(site.photos).map(([src, p]) => [src, { ...p, path: undefined }]));
	const audio = Object.fromEntries(Object.entries(site.audio).map(([src, a]) => [src, { ...a, path: undefined }]));
	return { slug: site.slug, data: site.data, body: site.body, translations, photos, audio, photoStatus: site.photoStatus };
}

/** JSON with object keys sorted, so the same content always gives the same string. */
function stable(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v));
}

/** Writes the addresses of the pages a build already has, for the Astro pages to skip (see src/site/render-only.ts). */
export async function writeKeptPageList(file: string, paths: readonly string[]): Promise<void> {
	await writeFile(file, JSON.stringify(paths));
}

/** Reads what `writeKeptPageList` wrote. Synchronous: Astro asks page by page, inside `getStaticPaths`. */
export function readKeptPageList(file: string): Set<string> {
	return new Set(JSON.parse(readFileSync(file, 'utf8')) as string[]);
}
