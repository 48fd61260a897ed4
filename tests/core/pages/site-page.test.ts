import { beforeAll, describe, expect, test } from 'vitest';
import { loadTrail } from '../../../src/core/content/load-trail.ts';
import type { SiteEntry, Trail } from '../../../src/core/content/trail.ts';
import { codePageModel, sitePageModel, titleIn } from '../../../src/core/pages/site-page.ts';
import { FIXTURE_TRAILS, PROJECT_ROOT } from '../../helpers/trail-copy.ts';

let trail: Trail;
let dinhMau: SiteEntry;
let denCap: SiteEntry;

beforeAll(async () => {
	const loaded = await loadTrail({ contentDir: `${FIXTURE_TRAILS}/minimal`, cwd: PROJECT_ROOT });
	if (!loaded.trail) throw new Error(`The minimal fixture does not load: ${JSON.stringify(loaded.problems)}`);
	trail = loaded.trail;
	[dinhMau, denCap] = trail.sites as [SiteEntry, SiteEntry];
});

describe('sitePageModel', () => {
	test('shows a translated site in its translation, with the Vietnamese name beneath', () => {
		const page = sitePageModel(trail, dinhMau, 'en');
		expect(page).toMatchObject({
			code: 'TE01',
			title: 'Mau Communal House',
			nativeTitle: 'Đình Mẫu',
			summary: 'A communal house used for testing.',
			textLang: 'en',
			textLangTag: 'en',
			untranslated: false,
			machineTranslated: false,
			sample: false,
			categoryLabel: 'Historic site',
		});
		expect(page.bodyHtml).toBe('<p>Mau communal house is a <strong>test</strong> site.</p>\n');
		expect(page.chrome).toMatchObject({ lang: 'en', langTag: 'en', siteName: 'Test trail', trailHref: '/en/', canonical: 'https://trail.example.vn/en/dinh-mau/' });
	});

	test('shows an untranslated site in Vietnamese, flagged, under the English page chrome', () => {
		const page = sitePageModel(trail, denCap, 'en');
		expect(page).toMatchObject({ title: 'Đền Cấp', summary: 'Ngôi đền dùng để thử nghiệm.', textLang: 'vi', textLangTag: 'vi', untranslated: true, sample: true, categoryLabel: 'Scenic landscape' });
		expect(page.nativeTitle).toBeUndefined();
		expect(page.bodyHtml).toBe('<p>Đền Cấp là một di tích thử nghiệm.</p>\n');
		expect(page.chrome.lang).toBe('en');
	});

	test('the Vietnamese page is never "untranslated"', () => {
		const page = sitePageModel(trail, denCap, 'vi');
		expect(page).toMatchObject({ title: 'Đền Cấp', textLang: 'vi', untranslated: false });
		expect(page.nativeTitle).toBeUndefined();
		expect(page.chrome.siteName).toBe('Tuyến thử nghiệm');
	});

	test('links the same page in every offered language, with hreflang tags', () => {
		expect(sitePageModel(trail, dinhMau, 'vi').chrome.alternates).toEqual([
			{ lang: 'vi', tag: 'vi', path: '/vi/dinh-mau/', href: 'https://trail.example.vn/vi/dinh-mau/' },
			{ lang: 'en', tag: 'en', path: '/en/dinh-mau/', href: 'https://trail.example.vn/en/dinh-mau/' },
		]);
	});

	test('gives zh pages the zh-Hans tag', () => {
		const withChinese: Trail = { ...trail, settings: { ...trail.settings, languages: ['vi', 'en', 'zh'] } };
		const page = sitePageModel(withChinese, dinhMau, 'zh');
		expect(page.chrome.langTag).toBe('zh-Hans');
		expect(page.chrome.alternates.map((a) => [a.lang, a.tag])).toEqual([
			['vi', 'vi'],
			['en', 'en'],
			['zh', 'zh-Hans'],
		]);
		// No Chinese translation: the text is Vietnamese and says so.
		expect(page).toMatchObject({ textLang: 'vi', textLangTag: 'vi', untranslated: true });
	});

	test('links the previous and next sites on the trail, titled in the page language', () => {
		const first = sitePageModel(trail, dinhMau, 'vi');
		expect(first.previous).toBeUndefined();
		expect(first.next).toEqual({ title: 'Đền Cấp', href: '/vi/den-cap/', position: 2 });
		const second = sitePageModel(trail, denCap, 'en');
		expect(second.previous).toEqual({ title: 'Mau Communal House', href: '/en/dinh-mau/', position: 1 });
		expect(second.next).toBeUndefined();
	});

	test('gives the cover photo srcsets by format and a JPEG fallback', () => {
		const cover = sitePageModel(trail, dinhMau, 'vi').cover;
		const hash = dinhMau.photos['cover.jpg']?.hash;
		// 640 px wide: only the 480 px width is published (never enlarged).
		expect(cover).toEqual({
			alt: 'Ảnh thử nghiệm có nền màu đỏ.',
			credit: 'Ảnh minh họa',
			src: `/anh/dinh-mau/cover-${hash}-480.jpg`,
			widthPx: 480,
			heightPx: 300,
			webpSrcset: `/anh/dinh-mau/cover-${hash}-480.webp 480w`,
			jpegSrcset: `/anh/dinh-mau/cover-${hash}-480.jpg 480w`,
		});
	});

	test('uses the middle width as the fallback of a large photo', () => {
		const photo = { src: 'cover.jpg', path: '/x/cover.jpg', widthPx: 3000, heightPx: 2000, format: 'jpeg', hash: 'abcdef012345' };
		const big: SiteEntry = { ...dinhMau, photos: { 'cover.jpg': photo } };
		const cover = sitePageModel(trail, big, 'vi').cover;
		expect(cover?.src).toBe('/anh/dinh-mau/cover-abcdef012345-960.jpg');
		expect(cover?.jpegSrcset).toBe('/anh/dinh-mau/cover-abcdef012345-480.jpg 480w, /anh/dinh-mau/cover-abcdef012345-960.jpg 960w, /anh/dinh-mau/cover-abcdef012345-1440.jpg 1440w');
		expect([cover?.widthPx, cover?.heightPx]).toEqual([960, 640]);
	});

	test('leaves out a photo whose file was not found', () => {
		const noPhoto: SiteEntry = { ...dinhMau, photos: {} };
		expect(sitePageModel(trail, noPhoto, 'vi').cover).toBeUndefined();
	});

	test('gives map links for the site’s coordinates', () => {
		expect(sitePageModel(trail, denCap, 'vi').mapLinks).toEqual({
			osm: 'https://www.openstreetmap.org/?mlat=21.4&mlon=107.5#map=17/21.4/107.5',
			google: 'https://www.google.com/maps/search/?api=1&query=21.4,107.5',
			geo: 'geo:21.4,107.5',
		});
	});
});

describe('codePageModel', () => {
	test('serves the Vietnamese page at the plaque’s short path', () => {
		const page = codePageModel(trail, dinhMau);
		expect(page.path).toBe('/TE01/');
		expect(page.title).toBe('Đình Mẫu');
		expect(page.chrome.canonical).toBe('https://trail.example.vn/vi/dinh-mau/');
	});
});

describe('titleIn', () => {
	test('gives the translated title, else the Vietnamese one', () => {
		expect(titleIn(dinhMau, 'en')).toBe('Mau Communal House');
		expect(titleIn(dinhMau, 'ko')).toBe('Đình Mẫu');
		expect(titleIn(denCap, 'en')).toBe('Đền Cấp');
	});
});
