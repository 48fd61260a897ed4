/**
 * Public paths of the site. This is where the ten-year promise lives: a printed plaque points at
 * `${baseUrl}/${CODE}`, and a page path, once published, is shared and bookmarked. Change nothing
 * here without a redirect for every old path.
 */
import { LANGUAGES, type Lang } from '../schema/language.ts';

/** A site's page: `/vi/dinh-dam-ha/`. The slug must already be valid (see `isValidSlug`). */
export function sitePath(lang: Lang, slug: string): string {
	return `/${lang}/${slug}/`;
}

/** The trail (list of sites) in one language: `/vi/`. */
export function trailPath(lang: Lang): string {
	return `/${lang}/`;
}

/** The short-URL page a plaque's QR code opens: `/DH01/`. */
export function codePath(code: string): string {
	return `/${code}/`;
}

/**
 * Top-level path segments the site uses for itself, lower case. A plaque code equal to one of
 * them would shadow (or be shadowed by) that part of the site.
 */
export const RESERVED_TOP_LEVEL: readonly string[] = [
	...LANGUAGES,
	'_astro', // Astro's built assets
	'anh', // published photos
	'am-thanh', // published audio narrations
	'plaques', // plaque PDFs and SVGs
	'in-an', // print page
	'phong', // fonts cut to a page's inscriptions
	'admin', // the CMS
	'404',
	'404.html',
	'index.html',
	'favicon.svg',
	'favicon.ico',
	'robots.txt',
	'sitemap.xml',
	'sitemap-index.xml',
	'manifest.webmanifest',
	'.well-known',
	// Host files (see hosting/): a code "CNAME" would be GitHub Pages' domain file.
	'cname',
	'_hosting',
	'_redirects',
	'_headers',
	'.htaccess',
	'.nojekyll',
];

const RESERVED = new Set(RESERVED_TOP_LEVEL);

/**
 * True when `code` would collide with a reserved path. Case-insensitive: `/EN/` and `/en/` are
 * one folder on Windows and macOS disks and on some hosts, so a plaque code `EN` is unsafe.
 */
export function isReservedCode(code: string): boolean {
	return RESERVED.has(code.toLowerCase());
}

/**
 * Joins the site's base URL and a path with exactly one slash. String joining (not `new URL`)
 * keeps a base with a sub-folder: `https://x.vn/damha` + `/vi/` → `https://x.vn/damha/vi/`.
 */
export function absoluteUrl(baseUrl: string, path: string): string {
	return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
