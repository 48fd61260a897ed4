import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { LANGUAGE_CHOICE_SCRIPT, LANGUAGE_SWITCH_SCRIPT } from '../../src/core/i18n/client-scripts.ts';
import { SERVICE_WORKER_SCRIPT } from '../../src/core/offline/register-script.ts';
import { launchChromium, phoneContext, type RecordedContext } from '../helpers/browser.ts';
import { buildSampleCopy } from '../helpers/built-sample.ts';
import { startStaticHost, type StaticHost } from '../helpers/nginx.ts';
import { LANGS, readSampleSites, uiText, type Lang, type SampleSite } from '../helpers/sample-texts.ts';
import { removeTrailCopy, type TrailCopy } from '../helpers/trail-copy.ts';

// The language and offline issues, "Done when": the built sample, served by nginx as a plain static
// host (no negotiation), read in Chromium on a 360 × 800 phone screen.

const HTML_LANG: Record<Lang, string> = { vi: 'vi', en: 'en', zh: 'zh-Hans', ko: 'ko' };

let copy: TrailCopy;
let out: string;
let host: StaticHost;
let browser: Browser;
let sites: SampleSite[];
const contexts: RecordedContext[] = [];
const savedContentEnv = process.env['DITICHSO_CONTENT'];

beforeAll(async () => {
	({ copy, out } = await buildSampleCopy());
	sites = readSampleSites(copy.content);
	[host, browser] = await Promise.all([startStaticHost(out), launchChromium()]);
});

afterAll(async () => {
	await browser?.close();
	await host?.stop();
	if (savedContentEnv === undefined) delete process.env['DITICHSO_CONTENT'];
	else process.env['DITICHSO_CONTENT'] = savedContentEnv;
	if (copy) await removeTrailCopy(copy);
});

/** A fully translated site, and one with no Chinese text. */
const FULL = 'dinh-dam-ha';
const NO_ZH = 'chua-sau';

function site(slug: string): SampleSite {
	const found = sites.find((s) => s.slug === slug);
	if (!found) throw new Error(`The sample has no site "${slug}"`);
	return found;
}

/** A fresh phone with no cookie, storage or service worker, closed when the test ends. */
async function phone(options: Parameters<typeof phoneContext>[1] = {}): Promise<{ page: Page } & RecordedContext> {
	const recorded = await phoneContext(browser, { locale: 'vi-VN', ...options });
	contexts.push(recorded);
	onTestFinished(() => recorded.context.close());
	return { ...recorded, page: await recorded.context.newPage() };
}

/** Opens `pathname` as a QR scan does (no referrer), and waits for wherever the page sends it. */
async function scan(page: Page, pathname: string): Promise<void> {
	await page.goto(`${host.origin}${pathname}`);
	await page.waitForLoadState('load');
}

const pathOf = (page: Page) => new URL(page.url()).pathname;
const h1 = (page: Page) => page.locator('h1').innerText();

describe('site pages in Chromium', () => {
	test.each(LANGS)('the %s page renders in its language, lang right, within a 360 px screen', async (lang) => {
		const { page } = await phone({ locale: lang });
		await scan(page, `/${lang}/${FULL}/`);
		expect(pathOf(page)).toBe(`/${lang}/${FULL}/`);
		expect(await page.getAttribute('html', 'lang')).toBe(HTML_LANG[lang]);
		expect(await h1(page)).toBe(site(FULL).titles[lang]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	});

	test('a missing translation shows the fallback notice, over the Vietnamese text', async () => {
		const { page } = await phone({ locale: 'zh-CN' });
		await scan(page, `/zh/${NO_ZH}/`);
		const notice = uiText('zh', 'notice.untranslated', { language: uiText('zh', 'lang.zh') });
		await expect.poll(() => page.getByText(notice).isVisible(), { timeout: 10_000 }).toBe(true);
		expect(await page.locator('h1').getAttribute('lang')).toBe('vi');
		expect(await h1(page)).toBe(site(NO_ZH).titles.vi);
	});

	test('reads without JavaScript: the plaque page is Vietnamese and the switcher still works', async () => {
		const { page } = await phone({ locale: 'ko-KR', javaScriptEnabled: false });
		await scan(page, '/DH01');
		expect(await h1(page)).toBe(site(FULL).titles.vi);
		expect(await page.locator('.lang-offer:visible').count()).toBe(0);
		await page.getByRole('navigation', { name: uiText('vi', 'nav.language') }).getByRole('link', { name: uiText('ko', 'langName.ko') }).click();
		await page.waitForURL(`**/ko/${FULL}/`);
		expect(await h1(page)).toBe(site(FULL).titles.ko);
	});
});

describe('language choice on a plain static host', () => {
	test('a plaque scanned on a Korean phone opens the Korean page at once, and stays there', async () => {
		const { page } = await phone({ locale: 'ko-KR' });
		await scan(page, '/DH01');
		await page.waitForURL(`**/ko/${FULL}/`);
		expect(await h1(page)).toBe(site(FULL).titles.ko);
		await page.waitForTimeout(300);
		expect(pathOf(page)).toBe(`/ko/${FULL}/`);
		// The plaque page was replaced, not stacked: Back leaves the site rather than bouncing.
		await page.goBack();
		expect(page.url()).toBe('about:blank');
	});

	test('a phone in a language the trail does not offer reads the plaque page in Vietnamese', async () => {
		const { page } = await phone({ locale: 'fr-FR' });
		await scan(page, '/DH01/');
		expect(pathOf(page)).toBe('/DH01/');
		expect(await page.getAttribute('html', 'lang')).toBe('vi');
		expect(await page.locator('.lang-offer:visible').count()).toBe(0);
	});

	test('the switcher works and is remembered: the next plaque opens in the chosen language', async () => {
		const { page, context } = await phone({ locale: 'vi-VN' });
		await scan(page, '/DH01/');
		expect(pathOf(page)).toBe('/DH01/');
		await page.getByRole('navigation', { name: uiText('vi', 'nav.language') }).getByRole('link', { name: 'English' }).click();
		await page.waitForURL(`**/en/${FULL}/`);
		const [cookie] = (await context.cookies()).filter((c) => c.name === 'lang');
		expect(cookie).toMatchObject({ value: 'en', path: '/', sameSite: 'Lax' });
		expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(364 * 24 * 3600 * 1000);
		expect(await page.evaluate(() => localStorage.getItem('lang'))).toBe('en');

		const third = sites[2]!;
		await scan(page, `/${third.code}`);
		await page.waitForURL(`**/en/${third.slug}/`);
		expect(await h1(page)).toBe(third.titles.en);

		// Choosing Vietnamese again on that page is final: no switch back, and the next plaque stays.
		await page.getByRole('navigation', { name: uiText('en', 'nav.language') }).getByRole('link', { name: 'Tiếng Việt' }).click();
		await page.waitForURL(`**/vi/${third.slug}/`);
		await page.waitForTimeout(300);
		expect(pathOf(page)).toBe(`/vi/${third.slug}/`);
		await scan(page, `/${sites[3]!.code}/`);
		expect(pathOf(page)).toBe(`/${sites[3]!.code}/`);
	});

	test('a remembered choice also opens a shared page link in that language', async () => {
		const { page, context } = await phone({ locale: 'vi-VN' });
		await context.addCookies([{ name: 'lang', value: 'zh', url: host.origin }]);
		await scan(page, `/en/${FULL}/`);
		await page.waitForURL(`**/zh/${FULL}/`);
		expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
	});

	test('the phone’s language is offered in one tap, at the top, by keyboard too, and remembered', async () => {
		const { page, context } = await phone({ locale: 'en-US' });
		await scan(page, `/vi/${FULL}/`);
		expect(pathOf(page)).toBe(`/vi/${FULL}/`);
		const offer = page.getByRole('link', { name: 'Read this page in English' });
		// Generous: on a busy two-core machine the page's end-of-body script may run late.
		await expect.poll(() => offer.isVisible(), { timeout: 10_000 }).toBe(true);
		expect(await page.locator('.lang-offer:visible').count()).toBe(1);
		const box = await offer.boundingBox();
		expect(box!.height).toBeGreaterThanOrEqual(44);
		expect(box!.y).toBeLessThan(100);
		// Skip link first, then the offer.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Read this page in English');
		await page.keyboard.press('Enter');
		await page.waitForURL(`**/en/${FULL}/`);
		expect((await context.cookies()).find((c) => c.name === 'lang')?.value).toBe('en');
	});
});

describe('offline', () => {
	test('after one page has loaded online, every page of the trail opens with no signal', async () => {
		const { page, context } = await phone({ locale: 'vi-VN' });
		await scan(page, '/DH01');
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		await context.setOffline(true);
		const served = (await host.accessLog()).length;
		const visits = [
			...sites.flatMap((s) => LANGS.map((lang) => [`/${lang}/${s.slug}/`, s.titles[lang] ?? s.titles.vi] as const)),
			// A QR scan asks without the trailing slash.
			...sites.map((s) => [`/${s.code}`, s.titles.vi] as const),
		];
		for (const [pathname, title] of visits) {
			const response = await page.goto(`${host.origin}${pathname}`);
			expect(response?.status(), pathname).toBe(200);
			expect(await h1(page), pathname).toBe(title);
			// The cover shows too: the small copy kept offline stands in for whichever size the page asks.
			expect(await page.locator('.photo img').first().evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth, () => 0)), pathname).toBeGreaterThan(0);
		}
		expect((await host.accessLog()).slice(served)).toEqual([]);
	});
});

describe('accessibility (axe-core)', () => {
	test.each([
		['a site page, with the one-tap offer shown', `/vi/${FULL}/`, 'en-US'],
		['a translated site page', `/ko/${FULL}/`, 'ko-KR'],
		['the trail page', '/vi/', 'vi-VN'],
		['a site page with an inscription, dark scheme', `/vi/${FULL}/`, 'vi-VN', 'dark'],
	] as const)('%s has no violations', async (_name, pathname, locale, colorScheme: 'dark' | 'light' = 'light') => {
		const { page } = await phone({ locale, colorScheme });
		await scan(page, pathname);
		const { violations } = await new AxeBuilder({ page }).analyze();
		const found = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		expect(found).toEqual([]);
	});
});

describe('the built pages', () => {
	// Visitors' pages: the content editor at /admin/ is a program of its own (Decap CMS), not a page of the trail.
	const pages = () => readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html') && !file.startsWith('admin/'));

	test('carry the language and offline scripts, byte for byte the same on every page (for a CSP hash)', () => {
		const scripts = [LANGUAGE_SWITCH_SCRIPT, LANGUAGE_CHOICE_SCRIPT, SERVICE_WORKER_SCRIPT];
		const missing = pages().filter((file) => {
			const inline = [...readFileSync(path.join(out, file), 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
			return !scripts.every((script) => inline.includes(script));
		});
		expect(pages().length).toBeGreaterThan(40);
		expect(missing).toEqual([]);
		// What they cost a page, gzipped on their own: a small share of the 14 KB budget.
		expect(gzipSync(scripts.map((s) => `<script>${s}</script>`).join('')).length).toBeLessThan(1200);
	});
});

describe('readable outdoors', () => {
	test.each([`/vi/${FULL}/`, '/zh/', `/ko/${FULL}/`])('%s: text enlarged to 200 percent still fits the 360 px screen', async (pathname) => {
		const { page } = await phone();
		await scan(page, pathname);
		await page.evaluate(() => void (document.documentElement.style.fontSize = '200%'));
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	test('every navigation link and button a thumb must hit is at least 44 px tall', async () => {
		const { page } = await phone({ colorScheme: 'dark' });
		await scan(page, `/vi/${FULL}/`);
		const small = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('.languages a, .map-links a, .pager a, .site-footer a, button')]
				.filter((el) => el.offsetParent !== null && el.getBoundingClientRect().height < 44)
				.map((el) => `${el.tagName} "${el.textContent?.trim()}" ${el.getBoundingClientRect().height}px`),
		);
		expect(small).toEqual([]);
		// The dark scheme is honoured: the page is not white.
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe('rgb(255, 253, 248)');
	});
});

describe('the network', () => {
	test('no request left the origin in any of the tests above', () => {
		const all = contexts.flatMap((c) => c.requests);
		expect(all.length).toBeGreaterThan(50);
		expect(all.filter((url) => !url.startsWith(`${host.origin}/`))).toEqual([]);
	});
});
