import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSampleCopy } from '../helpers/built-sample.ts';
import { isOtherOrigin, localPath, mediaMatches, pickCandidate, renderBytes, resourceUrls, slotWidthPx, tagsOf } from '../helpers/page-weight.ts';
import { removeTrailCopy, type TrailCopy } from '../helpers/trail-copy.ts';

// Issue #3, "Budgets": checked on the built sample, so a page that grows past them fails here,
// long before Lighthouse (npm run audit) would notice on a real phone.

/** One round trip of TCP slow start carries about 14 KB: the first screen can paint after it. */
const FIRST_ROUND_TRIP_BYTES = 14 * 1024;
/** The heaviest image a 360 px phone may fetch for its first screen. */
const ABOVE_FOLD_IMAGE_BYTES = 60 * 1024;
const PHONE_WIDTH_PX = 360;
/** Most phones in use have 2–3 device pixels per CSS pixel; 3 is the heavier case. */
const PHONE_DPR = 3;
const ORIGIN = 'https://damha.example.vn';

let copy: TrailCopy;
let out: string;
let pages: string[];

beforeAll(async () => {
	({ copy, out } = await buildSampleCopy());
	pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}, 240_000);

afterAll(() => removeTrailCopy(copy));

const html = (file: string) => readFileSync(path.join(out, file), 'utf8');

describe('budgets of the built sample, issue #3', () => {
	test('the build has site pages, short-URL pages and trail pages to check', () => {
		expect(pages.filter((f) => /^(vi|en|zh|ko)\/[^/]+\/index\.html$/.test(f)).length).toBeGreaterThanOrEqual(36);
		expect(pages.filter((f) => /^DH\d+\/index\.html$/.test(f))).toHaveLength(9);
	});

	test('every page: HTML plus all the CSS it needs is at most 14 KB gzipped', () => {
		const over = pages.map((file) => ({ file, bytes: renderBytes(out, file) })).filter((p) => p.bytes > FIRST_ROUND_TRIP_BYTES);
		expect(over).toEqual([]);
	});

	test('no page has a render-blocking script or a stylesheet-loaded font', () => {
		const blocking = pages.flatMap((file) => {
			const page = html(file);
			const scripts = tagsOf(page, 'script').filter((s) => s['src'] && !('async' in s) && !('defer' in s) && s['type'] !== 'module');
			const fontSheets = tagsOf(page, 'link').filter((l) => l['rel'] === 'stylesheet' && /font/i.test(l['href'] ?? ''));
			return [...scripts, ...fontSheets].map((tag) => `${file}: ${JSON.stringify(tag)}`);
		});
		expect(blocking).toEqual([]);
	});

	test('no page loads anything from another origin, and every resource it loads exists', () => {
		const bad = pages.flatMap((file) =>
			resourceUrls(html(file)).flatMap((url) => {
				if (isOtherOrigin(url, ORIGIN)) return [`${file}: ${url} is on another origin`];
				if (url.startsWith('data:')) return [];
				const target = localPath(out, file, url.startsWith(ORIGIN) ? url.slice(ORIGIN.length) : url);
				return statSync(target, { throwIfNoEntry: false }) ? [] : [`${file}: ${url} does not exist`];
			}),
		);
		expect(bad).toEqual([]);
	});

	test('the largest image a 360 px phone loads for the first screen is at most 60 KB, in every format', () => {
		const heavy = pages.flatMap((file) => aboveFoldImages(html(file)).flatMap((url) => {
			const bytes = statSync(localPath(out, file, url)).size;
			return bytes > ABOVE_FOLD_IMAGE_BYTES ? [`${file}: ${url} is ${bytes} bytes`] : [];
		}));
		expect(heavy).toEqual([]);
	});

	test('the site pages do show a cover image above the fold (the check above is not vacuous)', () => {
		expect(aboveFoldImages(html('vi/dinh-dam-ha/index.html')).length).toBeGreaterThan(0);
	});
});

/**
 * For every image not marked lazy: what a 360 px, DPR 3 phone fetches, once per format it might
 * support. A browser takes the first <source> whose type it supports and whose media matches.
 */
function aboveFoldImages(page: string): string[] {
	const pictures = page.match(/<picture\b[\s\S]*?<\/picture>/g) ?? [];
	const loose = page.replace(/<picture\b[\s\S]*?<\/picture>/g, '');
	const groups = [...pictures, ...(loose.match(/<img\b[^>]*>/g) ?? [])];
	return groups.flatMap((group) => {
		const img = tagsOf(group, 'img')[0];
		if (!img || img['loading'] === 'lazy') return [];
		const firstByType = new Map<string, Record<string, string>>();
		for (const source of tagsOf(group, 'source').filter((s) => mediaMatches(s['media'], PHONE_WIDTH_PX))) {
			if (!firstByType.has(source['type'] ?? '')) firstByType.set(source['type'] ?? '', source);
		}
		// Every browser supports JPEG: with a matching JPEG (or untyped) source, the <img>'s own srcset is never used.
		const imgUsed = !firstByType.has('image/jpeg') && !firstByType.has('');
		const choices = [...firstByType.values(), ...(imgUsed ? [img] : [])].map((tag) => {
			const slot = slotWidthPx(tag['sizes'] ?? img['sizes'], PHONE_WIDTH_PX);
			return tag['srcset'] ? pickCandidate(tag['srcset'], slot, PHONE_DPR) : tag['src'];
		});
		return choices.filter((url): url is string => Boolean(url) && !url!.startsWith('data:'));
	});
}
