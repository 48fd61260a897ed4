import { describe, expect, test } from 'vitest';
import { cacheControlOf, contentSecurityPolicy, HSTS, HTML_CACHE, IMMUTABLE, OTHER_CACHE, securityHeaders } from '../../../src/core/hosting/headers.ts';
import { cspHash, emptyInlineCode } from '../../../src/core/hosting/inline-code.ts';
import { smallInlineCode } from './small-trail.ts';

describe('cacheControlOf', () => {
	test.each([
		// Files named by a hash of their content: a year, never revalidated.
		['/_astro/site.B9x2kQ.css', IMMUTABLE],
		['/anh/dinh-dam-ha/cong-0123456789ab-800.avif', IMMUTABLE],
		['/am-thanh/dinh-dam-ha/thuyet-minh-0123456789ab.mp3', IMMUTABLE],
		['/phong/0123456789ab.woff2', IMMUTABLE],
		// The service worker: checked on every visit.
		['/sw.js', 'no-cache'],
		// Pages: five minutes, so an editor's fix shows soon.
		['/', HTML_CACHE],
		['/vi/', HTML_CACHE],
		['/vi/dinh-dam-ha/', HTML_CACHE],
		['/DH01/', HTML_CACHE],
		['/404.html', HTML_CACHE],
		['/DH01.html', HTML_CACHE],
		// A last segment without a dot is a page too: a plaque's short address, a page without its slash.
		['/DH01', HTML_CACHE],
		['/vi/dinh-dam-ha', HTML_CACHE],
		// Anything else, named without a hash: a day.
		['/manifest.webmanifest', OTHER_CACHE],
		['/vi/tuyen.gpx', OTHER_CACHE],
		['/plaques/DH01.a5.pdf', OTHER_CACHE],
		['/favicon.svg', OTHER_CACHE],
		// The rules are by prefix and exact path, case and all (`/anh`, without a dot, is a page).
		['/anh', HTML_CACHE],
		['/ANH/x.jpg', OTHER_CACHE],
		['/sw.js.map', OTHER_CACHE],
		['/vi/sw.js', OTHER_CACHE],
	])('%s → %s', (path, expected) => {
		expect(cacheControlOf(path)).toBe(expected);
	});

	// A plaque's own address `/DH01` is a page: every host answers it with an HTML file, and nginx,
	// Apache and the e2e test give it five minutes. A last segment without a dot counts as a page.
	test('a plaque’s short address /DH01 is a page, with the HTML cache', () => {
		expect(cacheControlOf('/DH01')).toBe(HTML_CACHE);
	});
});

describe('contentSecurityPolicy', () => {
	test('allows only this site and the build’s own inline code, hashes sorted', () => {
		expect(contentSecurityPolicy(smallInlineCode(), true).split('; ')).toMatchInlineSnapshot(`
			[
			  "default-src 'self'",
			  "script-src 'self' 'sha256-cBXKhET9ATCK0krT7Nm28gkVjemPF7RB7Wswm+xrQO8=' 'sha256-cvlem2Rlcb+inScVb7910PMAU98gRDEfAIUVUKXOWd4='",
			  "style-src 'self' 'sha256-IAdwN3biDCQ3brrgp1m8kBEsPQYyqfREKOEfeoREopc='",
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
			  "upgrade-insecure-requests",
			]
		`);
	});

	test('never allows unsafe-inline, unsafe-eval or another origin', () => {
		const policy = contentSecurityPolicy(smallInlineCode(), true);
		expect(policy).not.toMatch(/unsafe-|https?:|\*/);
	});

	test('lists the hashes sorted, whatever order the pages gave them in', () => {
		const code = emptyInlineCode();
		const hashes = ['c()', 'a()', 'b()'].map(cspHash);
		for (const hash of hashes) code.scripts.add(hash);
		expect(contentSecurityPolicy(code, true)).toContain(`script-src 'self' ${[...hashes].sort().join(' ')};`);
	});

	test('with no inline code: only self, and no trailing space', () => {
		const policy = contentSecurityPolicy(emptyInlineCode(), false);
		expect(policy).toContain("script-src 'self'; style-src 'self'; img-src");
	});

	test.each([
		['https', true, true],
		['http', false, false],
	])('over %s, upgrade-insecure-requests: %s', (_, https, upgrades) => {
		expect(contentSecurityPolicy(emptyInlineCode(), https).endsWith('; upgrade-insecure-requests')).toBe(upgrades);
	});
});

describe('securityHeaders', () => {
	test('sets each header once, the policy first', () => {
		const names = securityHeaders(smallInlineCode(), true).map(([name]) => name);
		expect(names).toEqual(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'X-Frame-Options', 'Cross-Origin-Opener-Policy', 'Strict-Transport-Security']);
	});

	test('adds HSTS, a year with sub-domains and no preload, over https only', () => {
		expect(Object.fromEntries(securityHeaders(smallInlineCode(), true))['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
		expect(HSTS).not.toContain('preload');
		expect(securityHeaders(smallInlineCode(), false).map(([name]) => name)).not.toContain('Strict-Transport-Security');
	});

	test('keeps the referrer on this site (the language script reads it) and turns off what pages never use', () => {
		const headers = Object.fromEntries(securityHeaders(emptyInlineCode(), false));
		expect(headers).toMatchObject({ 'Referrer-Policy': 'same-origin', 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY' });
		expect(headers['Permissions-Policy']).toMatch(/^camera=\(\), microphone=\(\), geolocation=\(\)/);
		expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy(emptyInlineCode(), false));
	});
});
