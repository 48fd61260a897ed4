import { describe, expect, test } from 'vitest';
import { languageOffers } from '../../../src/core/i18n/offers.ts';
import { alternatesOf } from '../../../src/core/pages/alternates.ts';

const alternates = alternatesOf('https://damha.example.vn', ['vi', 'en', 'zh', 'ko'], (lang) => `/${lang}/dinh-dam-ha/`);

describe('languageOffers', () => {
	test('offers every other language, each in its own words', () => {
		expect(languageOffers('vi', alternates)).toEqual([
			{ lang: 'en', tag: 'en', path: '/en/dinh-dam-ha/', text: 'Read this page in English' },
			{ lang: 'zh', tag: 'zh-Hans', path: '/zh/dinh-dam-ha/', text: '阅读中文版' },
			{ lang: 'ko', tag: 'ko', path: '/ko/dinh-dam-ha/', text: '한국어로 읽기' },
		]);
	});

	test('offers Vietnamese in Vietnamese on a translated page', () => {
		expect(languageOffers('ko', alternates).map((o) => [o.lang, o.text])).toEqual([
			['vi', 'Đọc trang này bằng tiếng Việt'],
			['en', 'Read this page in English'],
			['zh', '阅读中文版'],
		]);
	});

	test('offers nothing on a trail with one language', () => {
		expect(languageOffers('vi', alternates.slice(0, 1))).toEqual([]);
	});
});
