import { cp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main as verifyLive } from '../../scripts/verify-live.ts';
import { validateContent, type Trail } from '../../src/core/index.ts';
import type { Browser } from 'playwright-core';
import { startApacheHost, type ApacheHost } from '../helpers/apache.ts';
import { launchChromium, phoneContext } from '../helpers/browser.ts';
import { canonicalPathOf, expectedAnswers, type ExpectedAnswer, headingOf, notFoundTitle } from '../helpers/expected-answers.ts';
import { startGeneratedNginx, type GeneratedNginx } from '../helpers/generated-nginx.ts';
import { httpGet } from '../helpers/http-get.ts';
import { captureIo } from '../helpers/io.ts';
import { checkHtml, formatVnuMessage } from '../helpers/vnu.ts';
import { loadRedirectsHost, type HostAnswer, type RedirectsHost } from '../helpers/redirects-file.ts';
import { buildLinksSample, RENAMED, RETIRED, SAMPLE_CODES, type LinksSample } from '../helpers/links-sample.ts';
import { removeTrailCopy } from '../helpers/trail-copy.ts';

let sample: LinksSample;
let trail: Trail;
let host: GeneratedNginx;

beforeAll(async () => {
	sample = await buildLinksSample();
	const result = await validateContent({ contentDir: sample.copy.content, cwd: sample.copy.root });
	if (!result.trail) throw new Error('the built sample no longer validates');
	trail = result.trail;
	host = await startGeneratedNginx(sample.out);
}, 300_000);

afterAll(async () => {
	await host?.stop();
	if (sample) await removeTrailCopy(sample.copy);
});

describe('a printed plaque whose site is gone (issue #5)', () => {
	test('the build refuses, naming the code and the register, and writes no dist/', () => {
		expect(sample.refused.code).toBe(1);
		expect(sample.refused.output).toContain('content/printed.yaml');
		expect(sample.refused.output).toContain('Plaque DH05 was printed (on 2022-03-26) but no site has this code any more');
		expect(sample.refused.output).toContain(`Add the line "formerFolders: [${RENAMED.from}]"`);
		expect(sample.refused.distExists).toBe(false);
	});

	test('the retired pages, the pages left at old addresses and the not-found pages are valid HTML', () => {
		const pages = [
			...trail.settings.languages.flatMap((lang) => [`${lang}/${RETIRED.folder}/index.html`, `${lang}/${RENAMED.from}/index.html`, `${lang}/404/index.html`]),
			`${RETIRED.code}/index.html`,
			'404.html',
		].map((file) => path.join(sample.out, file));
		expect(checkHtml(pages).map((message) => formatVnuMessage(message, sample.out))).toEqual([]);
	}, 120_000);

	test('retired in retired.yaml, it builds, and its code opens the page that says where to go', async () => {
		const page = await httpGet(`${host.httpsOrigin}/${RETIRED.code}`);
		expect(page.status).toBe(200);
		expect(canonicalPathOf(page.text)).toBe(`/vi/${RETIRED.folder}/`);
		expect(page.text).toContain('Không còn trên tuyến tham quan');
		expect(page.text).toContain('href="/vi/cot-co-nui-hua/"');
	});
});

describe('nginx with the configuration the build wrote (issue #5)', () => {
	test('the table of expected answers holds, every code in capitals and small letters', async () => {
		const rows = expectedAnswers(trail);
		expect(rows.filter((r) => r.status === 200)).toHaveLength(SAMPLE_CODES.length * 4);
		for (const row of rows) {
			const answer = await httpGet(host.httpsOrigin + row.path);
			const seen = { path: row.path, status: answer.status, location: answer.headers['location'], canonical: row.canonicalPath && canonicalPathOf(answer.text), heading: row.notFoundTitle && headingOf(answer.text) };
			expect(seen).toEqual({ path: row.path, status: row.status, location: row.location, canonical: row.canonicalPath, heading: row.notFoundTitle });
		}
	});

	test.each([
		['zh-CN,zh;q=0.9,en;q=0.8', undefined, 'zh'],
		['ko-KR,ko;q=0.9', undefined, 'ko'],
		['en-GB,en;q=0.9,vi;q=0.8', undefined, 'en'],
		['fr-FR,fr;q=0.9,zh-TW;q=0.8', undefined, 'zh'],
		['zh;q=0, en;q=0.5', undefined, 'en'],
		['de-DE', undefined, 'vi'],
		['zh-CN', 'lang=ko', 'ko'],
	])('a scan with Accept-Language %s (cookie %s) gets the %s page, with no redirect', async (acceptLanguage, cookie, lang) => {
		for (const path of ['/DH01', '/dh01/']) {
			const answer = await httpGet(host.httpsOrigin + path, { 'accept-language': acceptLanguage, ...(cookie ? { cookie } : {}) });
			expect([answer.status, canonicalPathOf(answer.text)]).toEqual([200, `/${lang}/dinh-dam-ha/`]);
			expect(answer.headers['vary']).toContain('Accept-Language');
			expect(answer.headers['vary']).toContain('Cookie');
		}
	});

	test('an old folder name redirects once, and the new address answers', async () => {
		const moved = await httpGet(`${host.httpsOrigin}/zh/${RENAMED.from}/`);
		expect([moved.status, moved.headers['location']]).toEqual([301, `/zh/${RENAMED.to}/`]);
		const page = await httpGet(host.httpsOrigin + (moved.headers['location'] ?? ''));
		expect([page.status, canonicalPathOf(page.text)]).toEqual([200, `/zh/${RENAMED.to}/`]);
		const withQuery = await httpGet(`${host.httpsOrigin}/zh/${RENAMED.from}?utm_source=zalo`);
		expect(withQuery.headers['location']).toBe(`/zh/${RENAMED.to}/?utm_source=zalo`);
	});

	test('an unknown code gets status 404 and the not-found page in the visitor’s language, listing the sites', async () => {
		const answer = await httpGet(`${host.httpsOrigin}/DH99`, { 'accept-language': 'ko-KR,ko' });
		expect([answer.status, headingOf(answer.text)]).toEqual([404, notFoundTitle('ko')]);
		// Chosen by language, so a shared cache must not give it to a Chinese visitor.
		expect(answer.headers['vary']).toContain('Accept-Language');
		for (const site of trail.sites) expect(answer.text).toContain(`href="/ko/${site.slug}/"`);
		const english = await httpGet(`${host.httpsOrigin}/en/no-such-page/`, { 'accept-language': 'zh' });
		expect([english.status, headingOf(english.text)]).toEqual([404, notFoundTitle('en')]);
	});

	test('security headers on pages, files and errors; HSTS over HTTPS only', async () => {
		for (const path of ['/vi/dinh-dam-ha/', '/DH01', '/anh/', '/DH99', '/sitemap.xml']) {
			const { headers } = await httpGet(host.httpsOrigin + path);
			expect(headers['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+; style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+; img-src 'self' data:/);
			expect(headers['content-security-policy']).not.toContain('unsafe-inline');
			expect(headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin', 'x-frame-options': 'DENY', 'strict-transport-security': 'max-age=31536000; includeSubDomains' });
			expect(headers['permissions-policy']).toContain('camera=()');
		}
		const plain = await httpGet(`${host.httpOrigin}/DH01`);
		expect([plain.status, plain.headers['location'], plain.headers['strict-transport-security']]).toEqual([301, 'https://127.0.0.1/DH01', undefined]);
	});

	test('every inline script and style of every page is allowed by hash in the policy', async () => {
		const { headers } = await httpGet(`${host.httpsOrigin}/vi/`);
		const policy = headers['content-security-policy'] ?? '';
		const html = await readFile(path.join(sample.out, 'vi', 'dinh-dam-ha', 'index.html'), 'utf8');
		const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
		expect(scripts.length).toBeGreaterThan(2);
		const { cspHash } = await import('../../src/core/index.ts');
		for (const body of scripts) expect(policy).toContain(cspHash(body));
	});

	test('hashed files are cached for a year, pages for five minutes, the service worker not at all', async () => {
		const photo = (await readFile(path.join(sample.out, 'vi', 'dinh-dam-ha', 'index.html'), 'utf8')).match(/src="(\/anh\/[^"]+\.jpg)"/)?.[1];
		expect(photo).toBeDefined();
		expect((await httpGet(host.httpsOrigin + (photo ?? ''))).headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect((await httpGet(`${host.httpsOrigin}/vi/dinh-dam-ha/`)).headers['cache-control']).toBe('public, max-age=300, must-revalidate');
		expect((await httpGet(`${host.httpsOrigin}/DH01`)).headers['cache-control']).toBe('public, max-age=300, must-revalidate');
		expect((await httpGet(`${host.httpsOrigin}/sw.js`)).headers['cache-control']).toBe('no-cache');
		expect((await httpGet(`${host.httpsOrigin}/manifest.webmanifest`)).headers['content-type']).toBe('application/manifest+json; charset=utf-8');
	});

	test('pages are sent with brotli or gzip, as the browser accepts, and decode to the built file', async () => {
		const file = await readFile(path.join(sample.out, 'vi', 'dinh-dam-ha', 'index.html'));
		const br = await httpGet(`${host.httpsOrigin}/vi/dinh-dam-ha/`, { 'accept-encoding': 'gzip, deflate, br' });
		expect([br.headers['content-encoding'], br.headers['content-type']]).toEqual(['br', 'text/html; charset=utf-8']);
		expect(brotliDecompressSync(br.body).equals(file)).toBe(true);
		const gz = await httpGet(`${host.httpsOrigin}/vi/dinh-dam-ha/`, { 'accept-encoding': 'gzip' });
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(gz.body).equals(file)).toBe(true);
		expect((await httpGet(`${host.httpsOrigin}/vi/dinh-dam-ha/`)).body.equals(file)).toBe(true);
		expect(br.body.length).toBeLessThan(file.length / 2);
	});

	test('the content editor at /admin/ has its own policy; no other page has it (issue #6)', async () => {
		const admin = await httpGet(`${host.httpsOrigin}/admin/`);
		expect(admin.status).toBe(200);
		expect(admin.headers['content-security-policy']).toMatch(/script-src 'self'( 'sha256-[^']+')* 'unsafe-eval';/);
		// No hash beside 'unsafe-inline', or browsers would ignore it and block the editor's styles.
		expect(admin.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline';");
		expect(admin.headers['cross-origin-opener-policy']).toBe('same-origin-allow-popups');
		expect(admin.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'strict-transport-security': 'max-age=31536000; includeSubDomains' });
		const page = await httpGet(`${host.httpsOrigin}/vi/`);
		expect(page.headers['content-security-policy']).not.toContain('unsafe');
		expect(page.headers['cross-origin-opener-policy']).toBe('same-origin');
	});

	test('server configuration is not served', async () => {
		expect((await httpGet(`${host.httpsOrigin}/_hosting/nginx.conf`)).status).toBe(404);
		expect((await httpGet(`${host.httpsOrigin}/.htaccess`)).status).toBe(404);
	});
});

describe('Apache with the .htaccess the build wrote (issue #5)', () => {
	let apache: ApacheHost;
	beforeAll(async () => {
		apache = await startApacheHost(sample.out);
	}, 60_000);
	afterAll(() => apache?.stop());

	test('the table of expected answers holds, every code in capitals and small letters', async () => {
		for (const row of expectedAnswers(trail)) {
			const answer = await httpGet(apache.origin + row.path);
			// Apache writes the Location of a redirect as a full address.
			const location = answer.headers['location']?.replace(apache.origin, '');
			const seen = { path: row.path, status: answer.status, location, canonical: row.canonicalPath && canonicalPathOf(answer.text), heading: row.notFoundTitle && headingOf(answer.text) };
			expect(seen, (await apache.errorLog()).join('\n')).toEqual({ path: row.path, status: row.status, location: row.location, canonical: row.canonicalPath, heading: row.notFoundTitle });
		}
	});

	test('the content editor at /admin/ has its own policy (issue #6)', async () => {
		const admin = await httpGet(`${apache.origin}/admin/`);
		expect(admin.headers['content-security-policy']).toBe((await httpGet(`${host.httpsOrigin}/admin/`)).headers['content-security-policy']);
		expect(admin.headers['cross-origin-opener-policy']).toBe('same-origin-allow-popups');
		expect((await httpGet(`${apache.origin}/vi/`)).headers['content-security-policy']).not.toContain('unsafe');
	});

	test('security and caching headers, compression, and no HSTS over plain HTTP', async () => {
		const page = await httpGet(`${apache.origin}/DH01`, { 'accept-encoding': 'gzip' });
		expect(page.headers['content-security-policy']).toBe((await httpGet(`${host.httpsOrigin}/DH01`)).headers['content-security-policy']);
		expect(page.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin', 'cache-control': 'public, max-age=300, must-revalidate' });
		expect(page.headers['strict-transport-security']).toBeUndefined();
		expect(['gzip', 'br']).toContain(page.headers['content-encoding']);
		expect((await httpGet(`${apache.origin}/sw.js`)).headers['cache-control']).toBe('no-cache');
		expect((await httpGet(`${apache.origin}/_hosting/nginx.conf`)).status).toBe(404);
	});
});

describe.each(['netlify', 'cloudflare'] as const)('%s with the _redirects and _headers the build wrote (issue #5)', (name) => {
	test('the table of expected answers holds (on Netlify an old address answers with its page that moves on)', async () => {
		const site = await loadRedirectsHost(sample.out, name);
		const hopsAllowed = (row: ExpectedAnswer) => (name === 'netlify' && !row.path.endsWith('/') ? 2 : 1);
		for (const row of expectedAnswers(trail)) {
			const answer = await site.request(row.path);
			const body = await bodyOf(answer);
			if (row.status === 301) {
				// Follow the 301s and the moved pages' refresh, as a browser would.
				const hops = await follow(site, row.path);
				expect({ path: row.path, ...hops }).toEqual({ path: row.path, to: row.location, count: Math.min(hops.count, hopsAllowed(row)) });
				continue;
			}
			const seen = { path: row.path, status: answer.status, canonical: row.canonicalPath && canonicalPathOf(body), heading: row.notFoundTitle && headingOf(body) };
			expect(seen).toEqual({ path: row.path, status: row.status, canonical: row.canonicalPath, heading: row.notFoundTitle });
		}
	});

	test('the content editor at /admin/ has its own policy, and only it (issue #6)', async () => {
		const site = await loadRedirectsHost(sample.out, name);
		const admin = await site.request('/admin/');
		expect(admin.headers['content-security-policy']).toBe((await httpGet(`${host.httpsOrigin}/admin/`)).headers['content-security-policy']);
		expect(admin.headers['cross-origin-opener-policy']).toBe('same-origin-allow-popups');
		expect((await site.request('/vi/')).headers['content-security-policy']).not.toContain('unsafe');
	});

	test('every page gets the security headers; hashed files are cached for a year', async () => {
		const site = await loadRedirectsHost(sample.out, name);
		const page = await site.request('/vi/dinh-dam-ha/');
		expect(page.headers['content-security-policy']).toBe((await httpGet(`${host.httpsOrigin}/DH01`)).headers['content-security-policy']);
		expect(page.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
		const photo = (await readFile(path.join(sample.out, 'vi', 'dinh-dam-ha', 'index.html'), 'utf8')).match(/src="(\/anh\/[^"]+\.jpg)"/)?.[1] ?? '';
		expect((await site.request(photo)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
	});
});

async function bodyOf(answer: HostAnswer): Promise<string> {
	return answer.file ? readFile(path.join(sample.out, answer.file), 'utf8') : (answer.body ?? '');
}

/** Where a chain of redirects and refreshes from `start` ends, and in how many hops. */
async function follow(site: RedirectsHost, start: string): Promise<{ to: string; count: number }> {
	let at = start;
	for (let count = 0; count < 5; count++) {
		const answer = await site.request(at);
		const next = answer.status === 301 ? answer.location : answer.status === 200 ? refreshTarget(await bodyOf(answer)) : undefined;
		if (next === undefined) return { to: at, count };
		at = next;
	}
	return { to: at, count: 5 };
}

/** Where a page that moved sends the browser: its `<meta http-equiv="refresh">` target. */
function refreshTarget(html: string): string | undefined {
	return /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html)?.[1];
}

describe('npm run verify-live against the nginx above (issue #5)', () => {
	test('finds every printed code, in capitals and small letters, on the live host', async () => {
		const io = captureIo(sample.copy.root);
		const code = await verifyLive([host.httpsOrigin, '--insecure', '--content', sample.copy.content], io);
		expect(code, io.out() + io.err()).toBe(0);
		for (const c of SAMPLE_CODES) expect(io.out()).toContain(`  ✓ /${c}\n  ✓ /${c.toLowerCase()}\n`);
		expect(io.out()).toContain('All 18 addresses open their page.');
	});

	test('reports the code whose pages were lost from the server, and only that one', async () => {
		const broken = path.join(sample.copy.root, 'broken-dist');
		await cp(sample.out, broken, { recursive: true });
		const folder = trail.sites.find((s) => s.data.code === 'DH03')?.slug ?? '';
		for (const name of [...trail.settings.languages.map((l) => `${l}/${folder}`), 'DH03', 'dh03', 'DH03.html', 'dh03.html']) await rm(path.join(broken, name), { recursive: true, force: true });
		const brokenHost = await startGeneratedNginx(broken);
		try {
			const io = captureIo(sample.copy.root);
			expect(await verifyLive([brokenHost.httpsOrigin, '--insecure', '--content', sample.copy.content], io)).toBe(1);
			expect(io.out()).toContain('  ✗ /DH03  mã trả lời / status: 404\n  ✗ /dh03  mã trả lời / status: 404\n');
			expect(io.out()).toContain('  ✓ /DH04\n');
			expect(io.out()).toContain('2 addresses do not open their page: DH03.');
		} finally {
			await brokenHost.stop();
		}
	});
});

describe('the pages under their Content-Security-Policy, in Chromium (issue #5)', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchChromium();
	}, 60_000);
	afterAll(() => browser?.close());

	test('no page breaks the policy, and the hashed inline scripts run', async () => {
		const { context, requests } = await phoneContext(browser, { ignoreHTTPSErrors: true, locale: 'en-US' });
		await context.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { violations: string[] }).violations = seen;
			document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
		});
		const page = await context.newPage();
		const console: string[] = [];
		page.on('console', (message) => void (message.type() === 'error' && console.push(message.text())));
		const folder = trail.sites[0]?.slug ?? '';
		for (const path of ['/vi/', `/vi/${folder}/`, '/zh/', `/ko/${folder}/`, '/in-an/', `/${RETIRED.code}`, '/DH99', `/vi/${RENAMED.from}/`]) {
			await page.goto(host.httpsOrigin + path, { waitUntil: 'load' });
			expect({ path, violations: await page.evaluate(() => (window as unknown as { violations: string[] }).violations) }).toEqual({ path, violations: [] });
		}
		expect(console.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual([]);
		// The language script ran: an English phone on a Vietnamese page is offered English.
		await page.goto(`${host.httpsOrigin}/vi/${folder}/`, { waitUntil: 'load' });
		expect(await page.evaluate(() => document.documentElement.getAttribute('data-offer'))).toBe('en');
		expect(requests.every((url) => url.startsWith(host.httpsOrigin))).toBe(true);
		// And the watch works: script that reaches a page some other way is refused and seen.
		const injected = await page.evaluate(async () => {
			const script = document.createElement('script');
			script.textContent = 'window.injected = true';
			document.body.append(script);
			await new Promise((resolve) => setTimeout(resolve, 100));
			return { ran: 'injected' in window, seen: (window as unknown as { violations: string[] }).violations };
		});
		expect(injected).toEqual({ ran: false, seen: ['script-src-elem inline'] });
		await context.close();
	});
});
