import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { headersFor, loadRedirectsHost, parseHeaders, parseRedirects, RedirectsFileError, type HostAnswer, type RedirectsHostName } from '../helpers/redirects-file.ts';

// The `_redirects` / `_headers` interpreter: what Netlify and Cloudflare Pages answer, rule by rule.

/** The built folder every request test starts from (`null` in a case's extras removes a file). */
const FILES: Record<string, string> = {
	'index.html': 'home',
	'404.html': 'missing',
	'a/index.html': 'a',
	'b.html': 'b',
	'style.css': 'css',
	'sites/DH01/index.html': 'DH01',
	'en/index.html': 'en home',
	'en/404.html': 'en missing',
	'café/index.html': 'cafe',
};

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

async function dist(extra: Record<string, string | null> = {}): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), 'ditichso-redirects-'));
	made.push(dir);
	for (const [file, text] of Object.entries({ ...FILES, ...extra })) {
		if (text === null) continue;
		await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
		await writeFile(path.join(dir, file), text);
	}
	return dir;
}

async function answer(host: RedirectsHostName, redirects: string, url: string, options: { headers?: string; files?: Record<string, string | null>; request?: Record<string, string> } = {}): Promise<HostAnswer> {
	const dir = await dist({ ...options.files, _redirects: redirects, ...(options.headers === undefined ? {} : { _headers: options.headers }) });
	return (await loadRedirectsHost(dir, host)).request(url, options.request);
}

/** The parts a table states: status, then the Location or the file served. */
function brief(result: HostAnswer): string {
	return [result.status, result.location ?? result.file ?? '-'].join(' ');
}

describe('parseRedirects', () => {
	test.each([
		['netlify', '/home /', { from: '/home', to: '/', status: 301, force: false, dynamic: false }],
		['cloudflare', '/home /', { from: '/home', to: '/', status: 302, force: false, dynamic: false }],
		['netlify', '/b /elsewhere 302!', { status: 302, force: true }],
		['netlify', '/app/* 200', { from: '/app/*', to: '/app/:splat', status: 200, dynamic: true }],
		['netlify', '/a /b 301   # moved in 2024', { to: '/b', status: 301 }],
		['netlify', '/ /en/ 302! Language=en,VI', { status: 302, force: true, languages: ['en', 'vi'] }],
		['cloudflare', '/news/* /blog/:splat 301', { status: 301, dynamic: true }],
		['cloudflare', 'old /new 308', { from: '/old', status: 308 }],
		['cloudflare', '/café /cafe', { from: '/caf%C3%A9' }],
		['cloudflare', '/twitch https://twitch.tv/x?y=1#z 301', { to: 'https://twitch.tv/x?y=1#z' }],
	] as const)('%s reads %j', (host, line, expected) => {
		const [rule] = parseRedirects(line, host);
		expect(rule).toMatchObject({ line: 1, ...expected });
	});

	test('blank lines and # comments are skipped, line numbers count them', () => {
		const rules = parseRedirects('# moved pages\n\n/a /b 301\n  # indented comment\n/c /d 302\n', 'netlify');
		expect(rules.map((r) => [r.line, r.from])).toEqual([
			[3, '/a'],
			[5, '/c'],
		]);
	});

	test.each([
		['netlify', '/a', 1, 'missing destination'],
		['netlify', '/a b 301', 1, 'must start with "/", "http:" or "https:"'],
		['netlify', '/a /b 307', 1, 'Netlify documents 307 as unsupported'],
		['netlify', '/a /b 308', 1, 'status 308 is not one Netlify documents'],
		['netlify', '/a /b 410', 1, 'status 410 is not one Netlify documents'],
		['netlify', '/a /b 30l', 1, 'three digits'],
		['netlify', '/a /b 301 Country=vn', 1, 'Country=vn is not supported'],
		['netlify', '/a /b 302 Language=vietnamese', 1, 'two-letter codes'],
		['netlify', '/store id=:id /b/:id 301', 1, 'matching query parameters (id=:id)'],
		['netlify', '/news*/x /b 301', 1, 'a splat must be the last part'],
		['netlify', '/café /cafe 301', 1, 'must be url-encoded (/caf%C3%A9)'],
		['netlify', '/a /a/ 301', 1, 'the same location'],
		['netlify', '/DH01/ /DH01 301', 1, 'the same location'],
		['netlify', 'https://old.example/* /a 301', 1, 'domain-level rules'],
		['netlify', '/api/* https://api.example/:splat 200', 1, 'proxying to another site'],
		['netlify', '/a/:x/:x /b 301', 1, 'the placeholder :x is used twice'],
		['netlify', '/a 301', 1, 'only a /* source with status 200'],
		['cloudflare', '/a /b 404', 1, 'valid status codes are 200, 301, 302 (default), 303, 307 or 308; got 404'],
		['cloudflare', '/a /b 301!', 1, 'got 301!'],
		['cloudflare', '/a /b 301 # moved', 1, 'expected exactly 2 or 3 whitespace-separated fields, got 5'],
		['cloudflare', '/ /vi/ 302 Language=vi', 1, 'got 4'],
		['cloudflare', '/a', 1, 'got 1'],
		['cloudflare', '/a b', 1, 'the target must be relative'],
		['cloudflare', '/a http://example.com/', 1, 'the target must be relative (begin with "/") or use HTTPS'],
		['cloudflare', '/a https://example.com/ 200', 1, 'a proxy (200) can only point to a relative path'],
		['cloudflare', 'https://old.example/a /b', 1, 'only relative URLs are allowed as the source'],
		['cloudflare', '/a?lang=en /en/a', 1, 'Cloudflare drops the query of a source'],
		['cloudflare', '/a /b\n/a /c', 2, 'a second rule for /a'],
		['cloudflare', '/a/*/b/* /c', 1, 'only one splat'],
		['cloudflare', `/a /${'x'.repeat(1000)}`, 1, 'limited to 1000 characters'],
		['cloudflare', '# comment\n\n/a /b 999', 3, 'got 999'],
	] as const)('%s refuses %j at line %i', (host, text, line, message) => {
		let error: unknown;
		try {
			parseRedirects(text, host);
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(RedirectsFileError);
		expect((error as RedirectsFileError).line).toBe(line);
		expect((error as Error).message).toContain(`_redirects line ${line} (${host}): `);
		expect((error as Error).message).toContain(message);
	});

	test('the message names the file, the line, the host, and repeats the line', () => {
		expect(() => parseRedirects('/a /b\n/c /d 307', 'netlify')).toThrowErrorMatchingInlineSnapshot(`
			[RedirectsFileError: _redirects line 2 (netlify): Netlify documents 307 as unsupported ("use 302 instead of 307")
			  /c /d 307]
		`);
	});

	test('Cloudflare takes 2,000 static rules, not one more', () => {
		const lines = Array.from({ length: 2001 }, (_, i) => `/old-${i} /new-${i} 301`);
		expect(parseRedirects(lines.slice(0, 2000).join('\n'), 'cloudflare')).toHaveLength(2000);
		expect(() => parseRedirects(lines.join('\n'), 'cloudflare')).toThrow(/line 2001 .*more than 2000 static rules/);
	});

	test('Cloudflare takes 100 dynamic rules, and counts every rule after the first dynamic one as dynamic', () => {
		const dynamic = Array.from({ length: 101 }, (_, i) => `/old-${i}/* /new-${i}/:splat 301`);
		expect(parseRedirects(dynamic.slice(0, 100).join('\n'), 'cloudflare')).toHaveLength(100);
		expect(() => parseRedirects(dynamic.join('\n'), 'cloudflare')).toThrow(/line 101 .*more than 100 dynamic rules/);
		const mixed = ['/first/* /x/:splat', ...Array.from({ length: 100 }, (_, i) => `/static-${i} /y-${i}`)];
		expect(() => parseRedirects(mixed.join('\n'), 'cloudflare')).toThrow(/line 101 .*dynamic rules/);
	});

	test('Netlify keeps a second rule for the same path (it never fires)', () => {
		expect(parseRedirects('/a /b\n/a /c', 'netlify')).toHaveLength(2);
	});
});

describe('parseHeaders', () => {
	test.each(['netlify', 'cloudflare'] as const)('%s: a path line, then indented Name: value lines', (host) => {
		const rules = parseHeaders('# security\n/*\n  X-Frame-Options: DENY\n  Link: </a.css>; rel=preload\n\n/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n', host);
		expect(rules).toEqual([
			{ line: 2, path: '/*', set: { 'x-frame-options': 'DENY', link: '</a.css>; rel=preload' }, unset: [] },
			{ line: 6, path: '/assets/*', set: { 'cache-control': 'public, max-age=31536000, immutable' }, unset: [] },
		]);
	});

	test.each(['netlify', 'cloudflare'] as const)('%s: a name repeated in one block joins its values with a comma', (host) => {
		expect(parseHeaders('/*\n  Cache-Control: max-age=0\n  Cache-Control: no-cache\n', host)[0]?.set).toEqual({ 'cache-control': 'max-age=0, no-cache' });
	});

	test('cloudflare: "! Name" detaches a header', () => {
		expect(parseHeaders('/*.jpg\n  ! Content-Security-Policy\n', 'cloudflare')[0]).toMatchObject({ set: {}, unset: ['content-security-policy'] });
	});

	test('cloudflare: an https:// pattern keeps its host', () => {
		expect(parseHeaders('https://:project.pages.dev/*\n  X-Robots-Tag: noindex\n', 'cloudflare')[0]?.path).toBe('https://:project.pages.dev/*');
	});

	test.each([
		['netlify', '  X-A: 1', 1, 'a path must come before the header'],
		['netlify', '/*\n  X-A', 2, 'expected a colon-separated header pair'],
		['netlify', '/*\n  X-A:', 2, 'no header value'],
		['netlify', '/*\n  X A: 1', 2, 'a header name cannot include spaces'],
		['netlify', '/a\n/b\n  X-A: 1', 1, 'no headers for this path'],
		['netlify', '/a', 1, 'no headers for this path'],
		['cloudflare', 'X-A', 1, 'expected a path beginning with "/"'],
		['cloudflare', '/a\n  X-A: 1\n/a\n  X-B: 2', 3, 'a second block for /a'],
		['cloudflare', 'http://example.com/*\n  X-A: 1', 1, 'use HTTPS'],
		['cloudflare', 'https://example.com:8443/*\n  X-A: 1', 1, 'specifying a port is not supported'],
		['cloudflare', `/*\n  X-A: ${'x'.repeat(2000)}`, 2, 'limited to 2000 characters'],
		['cloudflare', Array.from({ length: 101 }, (_, i) => `/p${i}\n  X-A: 1`).join('\n'), 201, 'more than 100 header rules'],
	] as const)('%s refuses %j at line %i', (host, text, line, message) => {
		expect(() => parseHeaders(text, host)).toThrow(new RegExp(`^_headers line ${line} \\(${host}\\): .*${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
	});
});

describe('headersFor', () => {
	const text = '/*\n  X-Frame-Options: DENY\n/a/*\n  X-Frame-Options: SAMEORIGIN\n  Cache-Control: max-age=60\n/films/:title\n  X-Film: watching :title\n/*.jpg\n  ! X-Frame-Options\n';

	test.each([
		['netlify', '/', { 'x-frame-options': 'DENY' }],
		['cloudflare', '/', { 'x-frame-options': 'DENY' }],
		// Netlify: a later matching block replaces the header; Cloudflare: the values join.
		['netlify', '/a/x', { 'x-frame-options': 'SAMEORIGIN', 'cache-control': 'max-age=60' }],
		['cloudflare', '/a/x', { 'x-frame-options': 'DENY, SAMEORIGIN', 'cache-control': 'max-age=60' }],
		// Netlify: `/a/*` also matches `/a`, and paths match whatever their case.
		['netlify', '/a', { 'x-frame-options': 'SAMEORIGIN', 'cache-control': 'max-age=60' }],
		['cloudflare', '/a', { 'x-frame-options': 'DENY' }],
		['netlify', '/A/x', { 'x-frame-options': 'SAMEORIGIN', 'cache-control': 'max-age=60' }],
		['cloudflare', '/A/x', { 'x-frame-options': 'DENY' }],
		// Cloudflare fills placeholders in values and detaches headers.
		['cloudflare', '/films/nha-rong', { 'x-frame-options': 'DENY', 'x-film': 'watching nha-rong' }],
		['cloudflare', '/photo.jpg', {}],
	] as const)('%s gives %s its headers', (host, url, expected) => {
		const rules = parseHeaders(host === 'netlify' ? text.replace('/*.jpg\n  ! X-Frame-Options\n', '') : text, host);
		expect(headersFor(rules, url, host)).toEqual(expected);
	});
});

describe('request: files, before any rule', () => {
	test.each([
		['netlify', '/', '200 index.html'],
		['netlify', '/index.html', '200 index.html'],
		['netlify', '/a', '301 /a/'],
		['netlify', '/a?lang=en', '301 /a/?lang=en'],
		['netlify', '/a/', '200 a/index.html'],
		['netlify', '/a/index.html', '200 a/index.html'],
		['netlify', '/b', '200 b.html'],
		['netlify', '/b.html', '200 b.html'],
		['netlify', '/b/', '200 b.html'],
		['netlify', '/sites/DH01', '301 /sites/DH01/'],
		['netlify', '/caf%C3%A9/', '200 café/index.html'],
		['netlify', '/A/', '404 404.html'],
		['netlify', '/nope', '404 404.html'],
		['netlify', '/en/nope', '404 404.html'],
		['netlify', '/_redirects', '404 404.html'],
		['cloudflare', '/', '200 index.html'],
		['cloudflare', '/index.html', '308 /'],
		['cloudflare', '/a', '308 /a/'],
		['cloudflare', '/a?lang=en', '308 /a/?lang=en'],
		['cloudflare', '/a/', '200 a/index.html'],
		['cloudflare', '/a/index.html', '308 /a/'],
		['cloudflare', '/a/index', '308 /a/'],
		['cloudflare', '/b', '200 b.html'],
		['cloudflare', '/b.html', '308 /b'],
		['cloudflare', '/b/', '308 /b'],
		['cloudflare', '/style.css', '200 style.css'],
		['cloudflare', '/caf%C3%A9', '308 /caf%C3%A9/'],
		['cloudflare', '/A/', '404 404.html'],
		['cloudflare', '/nope', '404 404.html'],
		['cloudflare', '/en/nope', '404 en/404.html'],
		['cloudflare', '/404.html', '308 /404'],
		['cloudflare', '/404', '200 404.html'],
		['cloudflare', '/_headers', '404 404.html'],
	] as const)('%s answers %s with %s', async (host, url, expected) => {
		expect(brief(await answer(host, '', url))).toBe(expected);
	});

	test('the body is the file served', async () => {
		expect(await answer('cloudflare', '', '/en/nope')).toMatchObject({ status: 404, file: 'en/404.html', body: 'en missing' });
	});

	test('without a 404.html, Netlify answers a bare 404 and Cloudflare serves /index.html with 200 (a single-page app)', async () => {
		const files = { '404.html': null, 'en/404.html': null };
		expect(brief(await answer('netlify', '', '/nope', { files }))).toBe('404 -');
		expect(brief(await answer('cloudflare', '', '/nope', { files }))).toBe('200 index.html');
	});
});

describe('request: rules', () => {
	test.each([
		// Redirects, with and without a status, and the query string passed on.
		['both', '/home / 301', '/home', '301 /', '301 /'],
		['both', '/home /', '/home', '301 /', '302 /'],
		['both', '/home / 303', '/home?x=1', '303 /?x=1', '303 /?x=1'],
		['both', '/home /?lang=vi 302', '/home?x=1', '302 /?lang=vi', '302 /?lang=vi'],
		['both', '/top /a/#top 301', '/top', '301 /a/#top', '301 /a/#top'],
		['cloudflare', '/home / 307', '/home', '-', '307 /'],
		['cloudflare', '/home / 308', '/home', '-', '308 /'],
		// Trailing slashes: Netlify matches either way, Cloudflare only as written.
		['both', '/old /a/ 301', '/old/', '301 /a/', '404 404.html'],
		['both', '/old/ /a/ 301', '/old', '301 /a/', '404 404.html'],
		// Shadowing: on Netlify the file wins unless the rule is forced.
		['both', '/b /elsewhere 301', '/b', '200 b.html', '301 /elsewhere'],
		['both', '/a /elsewhere 301', '/a', '301 /a/', '301 /elsewhere'],
		['both', '/style.css /other.css 301', '/style.css', '200 style.css', '301 /other.css'],
		['netlify', '/b /elsewhere 301!', '/b', '301 /elsewhere', '-'],
		['netlify', '/* /index.html 200', '/b', '200 b.html', '-'],
		// Rewrites (200): the visitor's URL stays, the target's file is served.
		['both', '/x /a/ 200', '/x', '200 a/index.html', '200 a/index.html'],
		['both', '/x /b 200', '/x', '200 b.html', '200 b.html'],
		['both', '/x /a/index.html 200', '/x', '200 a/index.html', '308 /a/'],
		['both', '/x /a 200', '/x', '200 a/index.html', '308 /a/'],
		['both', '/x /missing 200', '/x', '404 404.html', '404 404.html'],
		['both', '/app/* / 200', '/app/route', '200 index.html', '200 index.html'],
		['both', '/app/* /index.html 200', '/app/route', '200 index.html', '308 /'],
		// One hop only.
		['both', '/r1 /r2 200\n/r2 /b 200', '/r1', '404 404.html', '404 404.html'],
		// Netlify's 404 rule: the target's file with status 404.
		['netlify', '/closed /b 404', '/closed', '404 b.html', '-'],
		// Splats and placeholders.
		['both', '/news/* /blog/:splat 301', '/news/2024/hoi-lang', '301 /blog/2024/hoi-lang', '301 /blog/2024/hoi-lang'],
		['both', '/news/* /blog/:splat 301', '/news/', '301 /blog/', '301 /blog/'],
		['both', '/news/* /blog/:splat 301', '/news', '301 /blog/', '404 404.html'],
		['both', '/posts/:year/:slug /blog/:year-:slug 301', '/posts/2024/dinh', '301 /blog/2024-dinh', '301 /blog/2024-dinh'],
		['both', '/posts/:year/:slug /blog/:year-:slug 301', '/posts/2024', '404 404.html', '404 404.html'],
		['both', '/out/* https://example.org/:splat 301', '/out/a?b=1', '301 https://example.org/a?b=1', '301 https://example.org/a?b=1'],
		['both', '/caf%C3%A9-old /caf%C3%A9/ 301', '/caf%C3%A9-old', '301 /caf%C3%A9/', '301 /caf%C3%A9/'],
		// First match wins.
		['both', '/p/* /one 301\n/p/x /two 301', '/p/x', '301 /one', '301 /one'],
		['netlify', '/p /one 301\n/p /two 301', '/p', '301 /one', '-'],
		// Case matters.
		['both', '/Home / 301', '/home', '404 404.html', '404 404.html'],
	] as const)('%s: %j, GET %s → netlify %s, cloudflare %s', async (hosts, rules, url, netlify, cloudflare) => {
		if (hosts !== 'cloudflare') expect(brief(await answer('netlify', rules, url)), 'netlify').toBe(netlify);
		if (hosts !== 'netlify') expect(brief(await answer('cloudflare', rules, url)), 'cloudflare').toBe(cloudflare);
	});

	test('netlify: Language= follows the first language of Accept-Language (en when there is none)', async () => {
		const rules = '/ /vi/ 302! Language=vi\n/ /en/ 302! Language=en';
		expect(brief(await answer('netlify', rules, '/', { request: { 'Accept-Language': 'vi-VN,vi;q=0.9,en;q=0.5' } }))).toBe('302 /vi/');
		expect(brief(await answer('netlify', rules, '/', { request: { 'accept-language': 'en-US,vi;q=0.5' } }))).toBe('302 /en/');
		expect(brief(await answer('netlify', rules, '/'))).toBe('302 /en/');
		expect(brief(await answer('netlify', rules, '/', { request: { 'accept-language': 'ko' } }))).toBe('200 index.html');
	});
});

describe('request: headers', () => {
	const headers = '/*\n  X-Frame-Options: DENY\n/home\n  X-Home: yes\n/a/*\n  Cache-Control: public, max-age=60\n';

	test('netlify: the matching blocks on a served file, nothing on a redirect', async () => {
		expect((await answer('netlify', '/home / 301', '/a/', { headers })).headers).toEqual({ 'content-type': 'text/html', 'x-frame-options': 'DENY', 'cache-control': 'public, max-age=60' });
		expect((await answer('netlify', '/home / 301', '/home', { headers })).headers).toEqual({});
	});

	test("cloudflare: its own headers, then the matching blocks, on every answer (a redirect's too)", async () => {
		expect((await answer('cloudflare', '/home / 301', '/a/', { headers })).headers).toEqual({
			'content-type': 'text/html',
			'access-control-allow-origin': '*',
			'referrer-policy': 'strict-origin-when-cross-origin',
			'x-content-type-options': 'nosniff',
			'cache-control': 'public, max-age=60',
			'x-frame-options': 'DENY',
		});
		expect((await answer('cloudflare', '/home / 301', '/home', { headers })).headers).toEqual({
			'access-control-allow-origin': '*',
			'referrer-policy': 'strict-origin-when-cross-origin',
			'x-frame-options': 'DENY',
			'x-home': 'yes',
		});
	});

	test('cloudflare: headers follow the URL asked for, not the file a rewrite serves', async () => {
		const result = await answer('cloudflare', '/x /a/ 200', '/x', { headers });
		expect(result.file).toBe('a/index.html');
		expect(result.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
	});

	test('cloudflare: a detach removes its own default header too', async () => {
		const result = await answer('cloudflare', '', '/style.css', { headers: '/*.css\n  ! Access-Control-Allow-Origin\n' });
		expect(result.headers['access-control-allow-origin']).toBeUndefined();
		expect(result.headers['content-type']).toBe('text/css');
	});

	test('cloudflare: https:// rules and the noindex of preview hosts follow the host name', async () => {
		const rules = 'https://:project.pages.dev/*\n  X-Robots-Tag: noindex\n';
		expect((await answer('cloudflare', '', 'https://ditichso.pages.dev/', { headers: rules })).headers['x-robots-tag']).toBe('noindex');
		expect((await answer('cloudflare', '', 'https://ditichso.vn/', { headers: rules })).headers['x-robots-tag']).toBeUndefined();
		expect((await answer('cloudflare', '', 'https://main.ditichso.pages.dev/')).headers['x-robots-tag']).toBe('noindex');
	});
});

describe('loadRedirectsHost', () => {
	test('reads a folder without _redirects or _headers: files only', async () => {
		const host = await loadRedirectsHost(await dist(), 'netlify');
		expect(host.redirects).toEqual([]);
		expect(host.headerRules).toEqual([]);
		expect(brief(await host.request('/a/'))).toBe('200 a/index.html');
	});

	test('throws the line of a bad rule in the folder', async () => {
		await expect(loadRedirectsHost(await dist({ _redirects: '/a /b\n/c /d 404\n' }), 'cloudflare')).rejects.toThrow(/^_redirects line 2 \(cloudflare\)/);
	});

	test('cloudflare refuses a file over 25 MiB; netlify takes it', async () => {
		const dir = await dist();
		await writeFile(path.join(dir, 'kit.zip'), '');
		await truncate(path.join(dir, 'kit.zip'), 26 * 1024 * 1024);
		await expect(loadRedirectsHost(dir, 'cloudflare')).rejects.toThrow('kit.zip is 26.0 MiB; Cloudflare Pages takes at most 25 MiB a file.');
		await expect(loadRedirectsHost(dir, 'netlify')).resolves.toBeDefined();
	});
});

describe('parseHeaders with a detach line', () => {
	test('Netlify skips a "! Name" line under a path (it has no detach), Cloudflare detaches', () => {
		const text = '/*\n  X-A: 1\n/a/*\n  ! X-A\n  X-A: 2\n';
		expect(headersFor(parseHeaders(text, 'netlify'), '/a/b', 'netlify')['x-a']).toBe('2');
		expect(headersFor(parseHeaders(text, 'cloudflare'), '/a/b', 'cloudflare')['x-a']).toBe('2');
	});
});
