import { describe, expect, test } from 'vitest';
import { CACHE_RULES } from '../../../src/core/hosting/headers.ts';
import { cspHash } from '../../../src/core/hosting/inline-code.ts';
import { headersFile, redirectsFile } from '../../../src/core/hosting/netlify.ts';
import { headersFor, parseHeaders, parseRedirects, type RedirectsHostName } from '../../helpers/redirects-file.ts';
import { smallInlineCode, smallRoutes } from './small-trail.ts';

const HTTPS = 'https://damha.example.vn';
const HOSTS: readonly RedirectsHostName[] = ['netlify', 'cloudflare'];

/** Paths of every kind the site serves: pages, short addresses, hashed files, the service worker. */
const PATHS = ['/', '/vi/dinh-dam-ha/', '/DH01', '/dh01/', '/404.html', '/_astro/site.css', '/anh/dinh-dam-ha/cong.avif', '/am-thanh/x.mp3', '/phong/x.woff2', '/sw.js', '/manifest.webmanifest'];

describe('redirectsFile', () => {
	const text = redirectsFile(smallRoutes(), HTTPS);

	test('holds one 301 for each old address, with and without its slash (issue #5)', () => {
		expect(text).toMatchInlineSnapshot(`
			"# Netlify and Cloudflare Pages rules for https://damha.example.vn, written by \`npm run build\` (ditichso). Do not edit.
			# Old page addresses: one redirect to where the page is now.
			/vi/dinh-cu /vi/dinh-dam-ha/ 301
			/vi/dinh-cu/ /vi/dinh-dam-ha/ 301
			/en/dinh-cu /en/dinh-dam-ha/ 301
			/en/dinh-cu/ /en/dinh-dam-ha/ 301
			"
		`);
	});

	test.each(HOSTS)('is read by %s without a refused line, each rule a plain 301', (host) => {
		const rules = parseRedirects(text, host);
		expect(rules.map(({ from, to, status, force, dynamic }) => ({ from, to, status, force, dynamic }))).toEqual(
			['vi', 'en'].flatMap((lang) => [`/${lang}/dinh-cu`, `/${lang}/dinh-cu/`].map((from) => ({ from, to: `/${lang}/dinh-dam-ha/`, status: 301, force: false, dynamic: false }))),
		);
	});

	test('is only its comment when no folder was renamed', () => {
		const routes = { ...smallRoutes(), moved: [] };
		expect(parseRedirects(redirectsFile(routes, HTTPS), 'cloudflare')).toEqual([]);
	});
});

describe('headersFile', () => {
	const text = headersFile(smallInlineCode(), HTTPS);

	test.each(HOSTS)('is read by %s without a refused line', (host) => {
		expect(parseHeaders(text, host).map((rule) => rule.path)).toEqual(['/*', ...CACHE_RULES.map((rule) => rule.exact ?? `${rule.prefix}*`)]);
	});

	test.each(HOSTS)('on %s, no header name is set twice for any path', (host) => {
		const rules = parseHeaders(text, host);
		for (const path of PATHS) {
			// One rule at a time, so a name two matching blocks set shows up as two entries.
			const names = rules.flatMap((rule) => Object.keys(headersFor([rule], `${HTTPS}${path}`, host)));
			expect(names, path).toEqual([...new Set(names)]);
		}
	});

	test('gives every path the same headers on both hosts, the security headers everywhere', () => {
		for (const path of PATHS) {
			const [netlify, cloudflare] = HOSTS.map((host) => headersFor(parseHeaders(text, host), `${HTTPS}${path}`, host));
			expect(cloudflare, path).toEqual(netlify);
			expect(netlify?.['content-security-policy'], path).toContain(cspHash('body{margin:0}'));
			expect(netlify?.['strict-transport-security'], path).toBe('max-age=31536000; includeSubDomains');
		}
	});

	test.each([
		['/anh/dinh-dam-ha/cong.avif', 'public, max-age=31536000, immutable'],
		['/sw.js', 'no-cache'],
		['/vi/dinh-dam-ha/', undefined],
	])('caches %s as %s (pages keep the host’s own revalidating default)', (path, cacheControl) => {
		expect(headersFor(parseHeaders(text, 'cloudflare'), `${HTTPS}${path}`, 'cloudflare')['cache-control']).toBe(cacheControl);
	});

	test('sends HSTS and upgrade-insecure-requests only for an https site', () => {
		const plain = headersFile(smallInlineCode(), 'http://damha.example.vn');
		expect(plain).not.toContain('Strict-Transport-Security');
		expect(plain).not.toContain('upgrade-insecure-requests');
		expect(text.match(/Strict-Transport-Security/g)).toHaveLength(1);
	});

	// KNOWN LIMITATION, noted for issue #7 (src/core/hosting/netlify.ts:34, with
	// src/components/InscriptionFont.astro): every page with an inscription carries its own `<style>`
	// (@font-face naming its font subset), so the policy gets one 54-character style hash per
	// distinct inscription `<style>`; Cloudflare Pages reads at most 2,000 characters a line of
	// `_headers`, about 25 such pages with the usual five scripts, and refuses the line, leaving the
	// site with no policy. Left as it is for now; the way out (issue #7) is to put the @font-face in a
	// small .css file (allowed by 'self'), or split the policy (`style-src-elem`) so the line does not
	// grow with pages. This test stays `test.fails` until then.
	test.fails('stays within Cloudflare’s 2,000 characters a line for a trail with 40 inscription pages', () => {
		const code = smallInlineCode();
		for (let page = 0; page < 5; page++) code.scripts.add(cspHash(`script ${page}`));
		for (let page = 0; page < 40; page++) code.styles.add(cspHash(`@font-face{src:url(/phong/${page}.woff2)}`));
		expect(() => parseHeaders(headersFile(code, HTTPS), 'cloudflare')).not.toThrow();
	});
});
