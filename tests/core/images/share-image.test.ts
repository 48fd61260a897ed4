import { describe, expect, test } from 'vitest';
import { SHARE_IMAGE_SIZE_PX, shareImageLines, shareImageOverlay, shareImagePath, shareImageSvg } from '../../../src/core/images/share-image.ts';
import { loadPlaqueFonts } from '../../../src/core/plaque/fonts.ts';
import { settings, siteEntry } from '../checks/site-entry.ts';

const fonts = loadPlaqueFonts();
const translated = siteEntry({ translations: { en: { data: { title: 'Dam Ha Communal House' } } } });

/** Every x of every path: the drawing must stay inside the side margins. */
function xs(svg: string): number[] {
	return [...svg.matchAll(/ d="([^"]+)"/g)].flatMap((m) => [...(m[1] ?? '').matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((p) => Number(p[1])));
}

describe('shareImageLines', () => {
	test('draws the Vietnamese name, the English one under it, then the name of the whole site', () => {
		expect(shareImageLines(translated, settings()).map((l) => `${l.font} ${l.startPx}px: ${l.text}`)).toMatchInlineSnapshot(`
			[
			  "bold 68px: Đình Đầm Hà",
			  "regular 38px: Dam Ha Communal House",
			  "regular 28px: Di tích Đầm Hà",
			]
		`);
	});

	test('leaves out the English line when the site has no English translation', () => {
		expect(shareImageLines(siteEntry(), settings()).map((l) => l.text)).toEqual(['Đình Đầm Hà', 'Di tích Đầm Hà']);
	});
});

describe('shareImagePath', () => {
	test('names the image after the site and a hash of what is drawn on it', () => {
		expect(shareImagePath(siteEntry(), settings())).toMatch(/^\/anh\/dinh-dam-ha\/chia-se-[0-9a-f]{12}\.jpg$/);
		expect(shareImagePath(siteEntry(), settings())).toBe(shareImagePath(siteEntry(), settings()));
	});

	test.each([
		['the title', siteEntry({ data: { title: 'Đình Đầm Hà mới' } })],
		['the English title', translated],
		['the cover photo', { ...siteEntry(), photos: { 'cover.jpg': { ...siteEntry().photos['cover.jpg']!, hash: 'ffffffffffff' } } }],
	])('gives a new address when %s changes, so no social network shows a stale card', (_what, changed) => {
		expect(shareImagePath(changed, settings())).not.toBe(shareImagePath(siteEntry(), settings()));
	});
});

describe('shareImageSvg', () => {
	test('is a 1200 × 630 SVG with a band and one outline path per line of text', () => {
		const svg = shareImageSvg(shareImageLines(translated, settings()), fonts);
		expect(SHARE_IMAGE_SIZE_PX).toEqual({ widthPx: 1200, heightPx: 630 });
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630" viewBox="0 0 1200 630">/);
		expect(svg.match(/<path /g)).toHaveLength(3);
		expect(svg).not.toMatch(/<text|font-family/);
	});

	test('wraps a long title onto several lines, inside the margins', () => {
		const long = siteEntry({ data: { title: 'Cột cờ Núi Hứa – Nơi thành lập Chi bộ Đảng đầu tiên của Đầm Hà, huyện Đầm Hà cũ, tỉnh Quảng Ninh' } });
		const svg = shareImageSvg(shareImageLines(long, settings()), fonts);
		expect(svg.match(/<path fill="#ffffff"/g)).toHaveLength(3);
		expect(Math.min(...xs(svg))).toBeGreaterThanOrEqual(60);
		expect(Math.max(...xs(svg))).toBeLessThanOrEqual(1200 - 60);
	});

	test('leaves out a line the font cannot draw rather than drawing it with gaps', () => {
		const chinese = siteEntry({ translations: { en: { data: { title: '潭河亭' } } } });
		expect(shareImageSvg(shareImageLines(chinese, settings()), fonts).match(/<path /g)).toHaveLength(2);
	});

	test.each([
		['a short title', translated],
		['a long title', siteEntry({ data: { title: 'Cột cờ Núi Hứa – Nơi thành lập Chi bộ Đảng đầu tiên của Đầm Hà, huyện Đầm Hà cũ, tỉnh Quảng Ninh' } })],
	])('names the first row the band covers whole, for %s: the photo is not drawn below it (issue #7)', (_name, site) => {
		const { svg, coveredFromPx } = shareImageOverlay(shareImageLines(site, settings()), fonts);
		expect(svg).toBe(shareImageSvg(shareImageLines(site, settings()), fonts));
		const [, y = '', height = ''] = /<rect y="([\d.]+)" width="1200" height="([\d.]+)" fill="#140d0b"\/>/.exec(svg) ?? [];
		expect(coveredFromPx).toBe(Math.ceil(Number(y)));
		expect(Number(y) + Number(height)).toBeCloseTo(630, 2);
		expect(coveredFromPx).toBeGreaterThan(200);
	});

	test('gives the same text for the same site', () => {
		expect(shareImageSvg(shareImageLines(translated, settings()), fonts)).toBe(shareImageSvg(shareImageLines(translated, settings()), fonts));
	});
});
