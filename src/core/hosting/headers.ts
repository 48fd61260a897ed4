/**
 * The response headers every host is configured with, in one place: caching by kind of file, and
 * the security headers. Host configurations (nginx, Apache, `_headers`) only spell these out.
 */
import type { InlineCode } from './inline-code.ts';

/** How long a kind of file may be kept, by path. The first rule that matches wins. */
export interface CacheRule {
	/** A path prefix (`/anh/`), or an exact path (`/sw.js`). */
	prefix?: string;
	exact?: string;
	value: string;
	why: string;
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages change when an editor fixes a typo: a visitor should see it within minutes. */
export const HTML_CACHE = 'public, max-age=300, must-revalidate';
/** Plaque files, icons, the GPX: named without a hash, changed rarely. */
export const OTHER_CACHE = 'public, max-age=86400';

export const CACHE_RULES: readonly CacheRule[] = [
	{ prefix: '/_astro/', value: IMMUTABLE, why: "Astro's assets: the file name holds a hash of the content" },
	{ prefix: '/anh/', value: IMMUTABLE, why: 'published photos: the file name holds a hash of the photo' },
	{ prefix: '/am-thanh/', value: IMMUTABLE, why: 'narrations: the file name holds a hash of the recording' },
	{ prefix: '/phong/', value: IMMUTABLE, why: 'inscription fonts: the file name holds a hash of the characters' },
	{ exact: '/sw.js', value: 'no-cache', why: 'the service worker: a browser must see a new one at once' },
];

/** Security headers on every answer, HTML or not, including errors. */
export function securityHeaders(code: InlineCode, https: boolean): Array<[string, string]> {
	const headers: Array<[string, string]> = [
		['Content-Security-Policy', contentSecurityPolicy(code, https)],
		['X-Content-Type-Options', 'nosniff'],
		// Same-origin keeps `document.referrer` for the language script's "came from this site" test,
		// and sends nothing to the map and mail services a visitor follows out.
		['Referrer-Policy', 'same-origin'],
		['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()'],
		['X-Frame-Options', 'DENY'],
		['Cross-Origin-Opener-Policy', 'same-origin'],
	];
	if (https) headers.push(['Strict-Transport-Security', HSTS]);
	return headers;
}

/** The content editor (Decap CMS): a program with needs of its own, under its own policy. */
export const ADMIN_PATH = '/admin/';

/**
 * The headers of `/admin/`: the site's, with the editor's own Content-Security-Policy (see
 * cms/csp.ts) and an opener policy that lets a Git host's login popup report back.
 */
export function adminHeaders(site: ReadonlyArray<[string, string]>, adminPolicy: string): Array<[string, string]> {
	const own = new Map(adminOwnHeaders(adminPolicy));
	return site.map(([name, value]): [string, string] => [name, own.get(name) ?? value]);
}

/** Only the headers where /admin/ differs from the site: for hosts that add to the site's headers. */
export function adminOwnHeaders(adminPolicy: string): Array<[string, string]> {
	return [
		['Content-Security-Policy', adminPolicy],
		['Cross-Origin-Opener-Policy', 'same-origin-allow-popups'],
	];
}

/** One year; no `preload`: a union that later loses HTTPS must be able to recover. */
export const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Nothing from elsewhere, nothing inline but the exact scripts and styles the build wrote.
 * `data:` images are the photos' blurred previews; `blob:` media is none.
 */
export function contentSecurityPolicy(code: InlineCode, https: boolean): string {
	const hashes = (set: ReadonlySet<string>) => [...set].sort().join(' ');
	const directives = [
		"default-src 'self'",
		`script-src 'self' ${hashes(code.scripts)}`.trim(),
		`style-src 'self' ${hashes(code.styles)}`.trim(),
		"img-src 'self' data:",
		"font-src 'self'",
		"media-src 'self'",
		"connect-src 'self'",
		"manifest-src 'self'",
		"worker-src 'self'",
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'self'",
		"frame-ancestors 'none'",
	];
	if (https) directives.push('upgrade-insecure-requests');
	return directives.join('; ');
}

/** The Cache-Control of a path (`/vi/dinh-dam-ha/`, `/anh/x.jpg`). */
export function cacheControlOf(path: string): string {
	const rule = CACHE_RULES.find((r) => (r.exact !== undefined ? r.exact === path : path.startsWith(r.prefix ?? '\0')));
	if (rule) return rule.value;
	const last = path.split('/').at(-1) ?? '';
	// `/DH01` and `/vi/dinh-dam-ha` are pages too: no dot, no file extension.
	return last === '' || last.endsWith('.html') || !last.includes('.') ? HTML_CACHE : OTHER_CACHE;
}
