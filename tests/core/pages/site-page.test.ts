import { beforeAll, describe, expect, test } from 'vitest';
import { loadTrail } from '../../../src/core/content/load-trail.ts';
import type { SiteEntry, Trail } from '../../../src/core/content/trail.ts';
import { codePageModel, sitePageModel, titleIn } from '../../../src/core/pages/site-page.ts';
import { FIXTURE_TRAILS, PROJECT_ROOT } from '../../helpers/trail-copy.ts';
import { settings, siteEntry } from '../checks/site-entry.ts';

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
		// Sources, phone widths and the placeholder are covered in page-photo.test.ts.
		expect(cover).toMatchObject({
			alt: 'Ảnh thử nghiệm có nền màu đỏ.',
			credit: 'Ảnh minh họa',
			src: `/anh/dinh-mau/cover-${hash}-480.jpg`,
			widthPx: 480,
			heightPx: 300,
			sources: [
				{ type: 'image/avif', media: undefined, srcset: `/anh/dinh-mau/cover-${hash}-480.avif 480w` },
				{ type: 'image/webp', media: undefined, srcset: `/anh/dinh-mau/cover-${hash}-480.webp 480w` },
			],
			jpegSrcset: `/anh/dinh-mau/cover-${hash}-480.jpg 480w`,
		});
	});

	test('uses the middle width as the fallback of a large photo', () => {
		const photo = { src: 'cover.jpg', path: '/x/cover.jpg', widthPx: 3000, heightPx: 2000, format: 'jpeg', hash: 'abcdef012345' };
		const big: SiteEntry = { ...dinhMau, photos: { 'cover.jpg': photo } };
		const cover = sitePageModel(trail, big, 'vi').cover;
		expect(cover?.src).toBe('/anh/dinh-mau/cover-abcdef012345-960.jpg');
		expect(cover?.jpegSrcset).toBe('/anh/dinh-mau/cover-abcdef012345-480.jpg 480w, /anh/dinh-mau/cover-abcdef012345-720.jpg 720w, /anh/dinh-mau/cover-abcdef012345-960.jpg 960w, /anh/dinh-mau/cover-abcdef012345-1440.jpg 1440w');
		expect([cover?.widthPx, cover?.heightPx]).toEqual([960, 640]);
	});

	test('leaves out a photo whose file was not found', () => {
		const noPhoto: SiteEntry = { ...dinhMau, photos: {} };
		expect(sitePageModel(trail, noPhoto, 'vi').cover).toBeUndefined();
	});

	test('gives map links for the site’s coordinates, Apple Maps with the name as its pin', () => {
		expect(sitePageModel(trail, denCap, 'vi').mapLinks).toEqual({
			osm: 'https://www.openstreetmap.org/?mlat=21.4&mlon=107.5#map=17/21.4/107.5',
			google: 'https://www.google.com/maps/search/?api=1&query=21.4,107.5',
			apple: 'https://maps.apple.com/?ll=21.4,107.5&q=%C4%90%E1%BB%81n%20C%E1%BA%A5p',
			geo: 'geo:21.4,107.5',
		});
	});

	test('gives the straight-line distance to the next stop in the page language', () => {
		expect(sitePageModel(trail, dinhMau, 'vi').nextDistance).toBe('11,6 km');
		expect(sitePageModel(trail, dinhMau, 'en').nextDistance).toBe('11.6 km');
		expect(sitePageModel(trail, denCap, 'vi').nextDistance).toBeUndefined();
	});

	test('prefills the problem report with the plaque code, the title and the page address', () => {
		expect(sitePageModel(trail, dinhMau, 'vi').report).toEqual({
			href:
				'mailto:doan@trail.example.vn?subject=B%C3%A1o%20s%E1%BB%B1%20c%E1%BB%91%20b%E1%BA%A3ng%20QR%20s%E1%BB%91%20TE01%3A%20%C4%90%C3%ACnh%20M%E1%BA%ABu' +
				'&body=B%E1%BA%A3ng%20QR%20s%E1%BB%91%20TE01%20(%C4%90%C3%ACnh%20M%E1%BA%ABu)%0D%0ATrang%3A%20https%3A%2F%2Ftrail.example.vn%2Fvi%2Fdinh-mau%2F%0D%0A%0D%0AS%E1%BB%B1%20c%E1%BB%91%20(b%E1%BA%A3ng%20h%E1%BB%8Fng%2C%20b%E1%BB%8B%20v%E1%BA%BD%20b%E1%BA%ADy%2C%20n%E1%BB%99i%20dung%20sai%E2%80%A6)%3A%0D%0A%0D%0A',
			label: 'Báo sự cố với bảng này',
		});
		const en = sitePageModel(trail, dinhMau, 'en').report;
		expect(decodeURIComponent(en?.href.split('?subject=')[1] ?? '')).toBe(
			'Problem with QR plaque TE01: Mau Communal House&body=QR plaque TE01 (Mau Communal House)\r\nPage: https://trail.example.vn/en/dinh-mau/\r\n\r\nWhat is wrong (damage, graffiti, an error in the text…):\r\n\r\n',
		);
	});

	test('shares the title in the page language with the canonical address', () => {
		expect(sitePageModel(trail, dinhMau, 'en').share).toEqual({ title: 'Mau Communal House', url: 'https://trail.example.vn/en/dinh-mau/' });
		expect(codePageModel(trail, dinhMau).share.url).toBe('https://trail.example.vn/vi/dinh-mau/');
	});

	test('reads aloud in the language of the text shown, and has no narration without an audio file', () => {
		expect(sitePageModel(trail, dinhMau, 'en').listen).toEqual({ audio: undefined, speechLang: 'en' });
		expect(sitePageModel(trail, denCap, 'en').listen).toEqual({ audio: undefined, speechLang: 'vi' });
	});

	test('has no visiting information, sources or inscription when vi.md gives none', () => {
		expect(sitePageModel(trail, dinhMau, 'vi')).toMatchObject({ visiting: undefined, sources: [], inscriptionChars: '', locationApproximate: false });
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

describe('sitePageModel, with the fields of the visitor issue', () => {
	const DINH = siteEntry({
		slug: 'dinh-dam-ha',
		data: {
			trail: 1,
			audio: 'thuyet-minh.mp3',
			visiting: { hours: 'Hằng ngày, 7:00–17:00', fee: 'Miễn phí.' },
			sources: [{ title: 'Báo Quảng Ninh', url: 'https://baoquangninh.vn/' }, { title: 'Sách Lịch sử Đảng bộ' }],
		},
		body: 'Mở đầu.\n\n```inscription\nNguyên văn:\n萬古英靈\nPhiên âm:\nVạn cổ anh linh\nDịch nghĩa:\nAnh linh muôn thuở\n```\n',
		translations: { en: { data: { visiting: { dress: 'Modest clothes.' } } }, ko: {} },
	});
	const TUONG_DAI = siteEntry({ slug: 'tuong-dai', data: { code: 'DH03', title: 'Tượng đài', trail: 2, location: { lat: 21.35182, lng: 107.6005 } } });
	const NUI_HUA = siteEntry({ slug: 'nui-hua', data: { code: 'DH05', title: 'Núi Hứa', trail: 3, location: { lat: 21.33471, lng: 107.55254 } }, translations: { en: { data: { title: 'Mount Hua' } } } });
	const CHUA = siteEntry({ slug: 'chua', data: { code: 'DH02', title: 'Chùa', trail: 4, location: { lat: 21.3521, lng: 107.5991, placeholder: true } } });
	const DEMO: Trail = { contentDir: '/content', settings: settings({ languages: ['vi', 'en', 'ko'], contact: { phone: '0203 3880 123' } }), sites: [DINH, TUONG_DAI, NUI_HUA, CHUA], printed: [], retired: [] };

	test('lists the nearest sites with their distance, leaving out placeholder positions', () => {
		expect(sitePageModel(DEMO, DINH, 'en').nearby).toEqual([
			{ title: 'Tượng đài', href: '/en/tuong-dai/', distance: '0.2 km', untranslated: true },
			{ title: 'Mount Hua', href: '/en/nui-hua/', distance: '5.2 km', untranslated: false },
		]);
	});

	test('says a placeholder position is approximate, and gives it no nearby sites or distance', () => {
		const page = sitePageModel(DEMO, CHUA, 'vi');
		expect(page).toMatchObject({ locationApproximate: true, nearby: [], nextDistance: undefined });
		expect(sitePageModel(DEMO, NUI_HUA, 'vi').nextDistance).toBeUndefined();
	});

	test('shows the translation’s visiting words, else vi.md’s marked as Vietnamese', () => {
		expect(sitePageModel(DEMO, DINH, 'en').visiting).toEqual({ lang: undefined, items: [{ key: 'dress', label: 'Dress code', text: 'Modest clothes.' }] });
		expect(sitePageModel(DEMO, DINH, 'ko').visiting).toEqual({
			lang: 'vi',
			items: [
				{ key: 'hours', label: '개방 시간', text: 'Hằng ngày, 7:00–17:00' },
				{ key: 'fee', label: '입장료', text: 'Miễn phí.' },
			],
		});
	});

	test('lists the sources as written in vi.md, on every language’s page', () => {
		expect(sitePageModel(DEMO, DINH, 'ko').sources).toEqual([{ title: 'Báo Quảng Ninh', url: 'https://baoquangninh.vn/' }, { title: 'Sách Lịch sử Đảng bộ' }]);
	});

	test('plays the Vietnamese narration where the text is Vietnamese, and none for a translation without its own', () => {
		expect(sitePageModel(DEMO, DINH, 'vi').listen).toEqual({ audio: { src: '/am-thanh/dinh-dam-ha/thuyet-minh-fedcba987654.mp3', type: 'audio/mpeg' }, speechLang: 'vi' });
		expect(sitePageModel(DEMO, DINH, 'en').listen).toEqual({ audio: undefined, speechLang: 'en' });
	});

	test('falls back to a tel: link when the owner gives only a phone number, and to nothing without contact', () => {
		expect(sitePageModel(DEMO, DINH, 'vi').report).toEqual({ href: 'tel:02033880123', label: 'Gọi 0203 3880 123 để báo' });
		const noContact: Trail = { ...DEMO, settings: settings() };
		expect(sitePageModel(noContact, DINH, 'vi').report).toBeUndefined();
	});

	test('renders the inscription of the text shown and names its characters for the font', () => {
		const page = sitePageModel(DEMO, DINH, 'en');
		// The English translation has its own body, without the block: its page names no characters.
		expect(page.bodyHtml).not.toContain('inscription');
		expect(page.inscriptionChars).toBe('');
		const vi = sitePageModel(DEMO, DINH, 'vi');
		expect(vi.inscriptionChars).toBe('古英萬靈');
		expect(vi.bodyHtml).toContain('<div><dt>Phiên âm</dt><dd><p>Vạn cổ anh linh</p></dd></div>');
	});
});
