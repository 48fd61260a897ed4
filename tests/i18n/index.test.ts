import { describe, expect, test } from 'vitest';
import { LANGUAGES } from '../../src/core/schema/language.ts';
import { createTranslator, parseDictionary, t, UI_KEYS } from '../../src/i18n/index.ts';
import vi from '../../src/i18n/vi.json' with { type: 'json' };

describe('t', () => {
	test('returns the Vietnamese string', () => {
		expect(t('vi', 'nav.skipToContent')).toBe('Bỏ qua, đến nội dung chính');
	});

	test.each([
		['vi', 'Bảng QR số DH01'],
		['en', 'QR plaque DH01'],
		['zh', '二维码牌 DH01'],
		['ko', 'QR 안내판 DH01'],
	] as const)('fills placeholders in %s', (lang, expected) => {
		expect(t(lang, 'site.plaqueCode', { code: 'DH01' })).toBe(expected);
	});

	test('turns a number into text', () => {
		expect(t('vi', 'trail.intro', { count: 9 })).toBe('9 di tích và điểm tham quan');
	});

	test('leaves a placeholder without a value visible, so the gap shows in review', () => {
		expect(t('vi', 'footer.owner', {})).toBe('Do {{owner}} thực hiện');
	});

	test('ignores values that have no placeholder', () => {
		expect(t('en', '404.title', { code: 'DH01' })).toBe('Page not found');
	});

	test('does not read placeholders inside values', () => {
		expect(t('vi', 'site.photoCredit', { credit: '{{credit}}' })).toBe('Ảnh: {{credit}}');
	});

	test.each([
		['historic', 'Di tích lịch sử', 'Historic site'],
		['architecture', 'Di tích kiến trúc nghệ thuật', 'Architectural and artistic site'],
		['archaeology', 'Di tích khảo cổ', 'Archaeological site'],
		['scenic', 'Danh lam thắng cảnh', 'Scenic landscape'],
		['mixed', 'Di tích hỗn hợp', 'Mixed site'],
		['tourism', 'Điểm du lịch', 'Tourist site'],
	] as const)('names the category %s in legal Vietnamese and in English', (category, inVi, inEn) => {
		expect(t('vi', `category.${category}`)).toBe(inVi);
		expect(t('en', `category.${category}`)).toBe(inEn);
	});

	test.each([
		['special-national', 'Di tích quốc gia đặc biệt'],
		['national', 'Di tích quốc gia'],
		['provincial', 'Di tích cấp tỉnh'],
		['inventoried', 'Trong danh mục kiểm kê'],
		['unranked', 'Chưa xếp hạng'],
	] as const)('names the ranking %s', (ranking, expected) => {
		expect(t('vi', `ranking.${ranking}`)).toBe(expected);
	});

	test.each(LANGUAGES)('gives text for every key in %s', (lang) => {
		expect(UI_KEYS.filter((key) => t(lang, key).trim() === '')).toEqual([]);
	});
});

describe('createTranslator', () => {
	test('binds one language', () => {
		const translate = createTranslator('en');
		expect(translate('notice.untranslated', { language: translate('lang.en') })).toBe(
			'This page has not been translated into English yet. The text below is the Vietnamese original.',
		);
	});
});

describe('UI_KEYS', () => {
	test('lists the keys of vi.json in file order', () => {
		expect(UI_KEYS).toEqual(Object.keys(vi));
	});
});

describe('parseDictionary', () => {
	test('accepts vi.json itself', () => {
		expect(parseDictionary('vi', vi)).toEqual(vi);
	});

	test('throws a program error naming every missing, unknown and blank key', () => {
		const rest = Object.fromEntries(Object.entries(vi).filter(([key]) => key !== 'nav.trail'));
		const broken = { ...rest, 'nav.trial': 'Tuyến', 'site.address': ' ' };
		expect(() => parseDictionary('zh', broken)).toThrowErrorMatchingInlineSnapshot(`[Error: UI strings in src/i18n/zh.json do not match vi.json: "nav.trail" is missing or not text; "site.address" is empty; unknown "nav.trial". Every language file must hold exactly the keys of vi.json, each with non-empty text. Add what is missing, remove unknown keys, then run \`npx vitest run tests/i18n\`.]`);
	});
});
