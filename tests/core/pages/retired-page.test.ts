import { describe, expect, test } from 'vitest';
import type { RetiredEntry, Trail } from '../../../src/core/content/trail.ts';
import { retiredCodePageModel, retiredPageModel } from '../../../src/core/pages/retired-page.ts';
import { RetiredSiteSchema, type RetiredSite } from '../../../src/core/schema/retired.ts';
import { settings, siteEntry } from '../checks/site-entry.ts';

const dinhDamHa = siteEntry({ slug: 'dinh-dam-ha', data: { code: 'DH01' }, translations: { en: { data: { title: 'Dam Ha Communal House' } } } });
const cotCo = siteEntry({ slug: 'cot-co', data: { code: 'DH06', title: 'Cột cờ Núi Hứa' } });
const trail: Trail = { contentDir: '/content', settings: settings(), sites: [dinhDamHa, cotCo], printed: [], retired: [] };

/** A retired site as retired.yaml gives it; the page needs no positions. */
function retired(fields: Partial<RetiredSite> = {}): RetiredEntry {
	const data = RetiredSiteSchema.parse({ code: 'DH05', title: { vi: 'Núi Hứa', en: 'Hua Mountain' }, reason: 'closed', date: '2026-11-20', folder: 'nui-hua', ...fields });
	return { data, file: 'content/retired.yaml', index: 0, positions: { values: {}, keys: {}, raw: {} } };
}

describe('retiredPageModel', () => {
	test.each([
		['vi', 'Núi Hứa'],
		['en', 'Hua Mountain'],
	] as const)('shows the title in the page language (%s)', (lang, title) => {
		expect(retiredPageModel(trail, retired(), lang)).toMatchObject({ code: 'DH05', title, textLang: lang, note: undefined, goTo: undefined });
	});

	test('falls back to the Vietnamese title, and says it is Vietnamese', () => {
		const page = retiredPageModel(trail, retired({ title: { vi: 'Núi Hứa' } }), 'en');
		expect(page).toMatchObject({ title: 'Núi Hứa', textLang: 'vi', what: 'Núi Hứa has closed and has not been on the trail since 2026-11-20.' });
		expect(page.chrome.lang).toBe('en');
	});

	test.each([
		['closed', 'vi', 'Núi Hứa đã đóng cửa và không còn được giới thiệu trên tuyến từ ngày 2026-11-20.'],
		['merged', 'vi', 'Từ ngày 2026-11-20, Núi Hứa được giới thiệu chung với một di tích khác.'],
		['moved', 'vi', 'Từ ngày 2026-11-20, Núi Hứa đã chuyển đi nơi khác.'],
		['closed', 'en', 'Hua Mountain has closed and has not been on the trail since 2026-11-20.'],
		['merged', 'en', 'Since 2026-11-20, Hua Mountain is presented together with another site.'],
		['moved', 'en', 'Since 2026-11-20, Hua Mountain has moved elsewhere.'],
	] as const)('says what happened to a site that %s (%s)', (reason, lang, what) => {
		expect(retiredPageModel(trail, retired({ reason, goTo: 'DH01' }), lang).what).toBe(what);
	});

	test.each([
		['vi', { text: 'Rừng cò nay được giới thiệu cùng Cột cờ.', lang: 'vi' }],
		['en', { text: 'The egret forest is now shown with the flag tower.', lang: 'en' }],
	] as const)('shows the note in the page language (%s)', (lang, note) => {
		const entry = retired({ note: { vi: 'Rừng cò nay được giới thiệu cùng Cột cờ.', en: 'The egret forest is now shown with the flag tower.' } });
		expect(retiredPageModel(trail, entry, lang).note).toEqual(note);
	});

	test('falls back to the Vietnamese note, and says it is Vietnamese', () => {
		expect(retiredPageModel(trail, retired({ note: { vi: 'Rừng cò nay được giới thiệu cùng Cột cờ.' } }), 'en').note).toEqual({ text: 'Rừng cò nay được giới thiệu cùng Cột cờ.', lang: 'vi' });
	});

	test.each([
		['vi', { href: '/vi/dinh-dam-ha/', label: 'Mời bạn xem: Đình Đầm Hà', lang: 'vi' }],
		['en', { href: '/en/dinh-dam-ha/', label: 'Please see: Dam Ha Communal House', lang: 'en' }],
	] as const)('links goTo a site of the trail in the same language (%s), by its title there', (lang, goTo) => {
		expect(retiredPageModel(trail, retired({ reason: 'merged', goTo: 'DH01' }), lang).goTo).toEqual(goTo);
	});

	test('links goTo an untranslated site by its Vietnamese title', () => {
		expect(retiredPageModel(trail, retired({ reason: 'merged', goTo: 'DH06' }), 'en').goTo).toEqual({ href: '/en/cot-co/', label: 'Please see: Cột cờ Núi Hứa', lang: 'en' });
	});

	test('a goTo code no site has gives no link', () => {
		expect(retiredPageModel(trail, retired({ reason: 'merged', goTo: 'DH99' }), 'vi').goTo).toBeUndefined();
	});

	test.each([
		['vi', 'Mời bạn xem trang mới'],
		['en', 'Please see the new page'],
	] as const)('links goTo an https address as it is written (%s)', (lang, label) => {
		expect(retiredPageModel(trail, retired({ reason: 'moved', goTo: 'https://baotang.example.vn/nui-hua' }), lang).goTo).toEqual({ href: 'https://baotang.example.vn/nui-hua', label, lang });
	});

	test('answers at the old page addresses of the retired folder, in every language', () => {
		expect(retiredPageModel(trail, retired(), 'en').chrome).toMatchObject({
			lang: 'en',
			siteName: 'Dam Ha Heritage Sites',
			trailHref: '/en/',
			canonical: 'https://damha.example.vn/en/nui-hua/',
			alternates: [
				{ lang: 'vi', tag: 'vi', path: '/vi/nui-hua/', href: 'https://damha.example.vn/vi/nui-hua/' },
				{ lang: 'en', tag: 'en', path: '/en/nui-hua/', href: 'https://damha.example.vn/en/nui-hua/' },
			],
		});
	});
});

describe('retiredCodePageModel', () => {
	test('is the Vietnamese page at the plaque’s short address', () => {
		const entry = retired({ reason: 'merged', goTo: 'DH01' });
		const page = retiredCodePageModel(trail, entry);
		expect(page.path).toBe('/DH05/');
		expect(page).toMatchObject({ code: 'DH05', title: 'Núi Hứa', textLang: 'vi', what: 'Từ ngày 2026-11-20, Núi Hứa được giới thiệu chung với một di tích khác.', goTo: { href: '/vi/dinh-dam-ha/', label: 'Mời bạn xem: Đình Đầm Hà', lang: 'vi' } });
		expect(page.chrome.lang).toBe('vi');
	});
});
