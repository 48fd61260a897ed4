import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

/** Debian's Chromium: the tests never download a browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** A phone: the narrow screen most visitors read on. */
export const PHONE_VIEWPORT = { width: 360, height: 800 } as const;

/**
 * Headless Chromium with its own network chatter (updates, sync, field trials) turned off, so
 * every request the tests see comes from the page.
 */
export async function launchChromium(): Promise<Browser> {
	if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install chromium.`);
	return chromium.launch({
		executablePath: CHROMIUM,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
}

export interface RecordedContext {
	context: BrowserContext;
	/** Every URL requested so far by the context's pages and service workers. */
	requests: string[];
}

/** A fresh phone-sized context (no cookies, no storage, no service worker) that records its requests. */
export async function phoneContext(browser: Browser, options: BrowserContextOptions = {}): Promise<RecordedContext> {
	const context = await browser.newContext({ viewport: PHONE_VIEWPORT, ...options });
	const requests: string[] = [];
	context.on('request', (request) => void requests.push(request.url()));
	return { context, requests };
}
