import { describe, expect, test } from 'vitest';
import { parseAcceptLanguage, pickLanguage, rangeToLang } from '../../../src/core/i18n/negotiate.ts';
import type { Lang } from '../../../src/core/schema/language.ts';

const ALL: readonly Lang[] = ['vi', 'en', 'zh', 'ko'];

describe('pickLanguage', () => {
	test.each<[string | undefined, Lang]>([
		// No usable header: Vietnamese, the language of the plaque and the source text.
		[undefined, 'vi'],
		['', 'vi'],
		['   ', 'vi'],
		[',,,;;;', 'vi'],
		['fr-FR, de;q=0.8', 'vi'],
		// The first acceptable language wins; region and script subtags are truncated (RFC 4647 lookup).
		['en-US,en;q=0.9', 'en'],
		['ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7', 'ko'],
		['vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
		['fr-FR,fr;q=0.9,en;q=0.8', 'en'],
		['EN-gb', 'en'],
		['en_US', 'en'],
		// Every tag and its weight count, not only the first.
		['en;q=0.5, ko', 'ko'],
		['en;q=0.5, ko;q=0.6, zh;q=0.4', 'ko'],
		['de, ko;q=0.1', 'ko'],
		['en;q=0.800, ko;q=0.8', 'en'],
		['ko;q=1.0, en', 'ko'],
		// Ties keep header order.
		['zh;q=0.7, ko;q=0.7', 'zh'],
		['ko;q=0.7, zh;q=0.7', 'ko'],
		// Simplified Chinese, by region or script.
		['zh-CN,zh;q=0.9', 'zh'],
		['zh-Hans', 'zh'],
		['zh-Hans-CN', 'zh'],
		['zh-SG', 'zh'],
		['zh', 'zh'],
		['cmn-Hans-CN', 'zh'],
		// Traditional Chinese readers get the Simplified text: better than Vietnamese or English for them.
		['zh-TW,zh;q=0.9,en-US;q=0.8', 'zh'],
		['zh-TW', 'zh'],
		['zh-HK', 'zh'],
		['zh-Hant', 'zh'],
		['zh-Hant-TW, en;q=0.9', 'zh'],
		['yue-Hant-HK', 'zh'],
		// ... unless they refuse Simplified.
		['zh-Hant, zh-Hans;q=0, en;q=0.5', 'en'],
		['zh-TW, zh;q=0, en;q=0.5', 'en'],
		// q=0 excludes; a more specific q=0 does not exclude the language.
		['en;q=0, ko;q=0.1', 'ko'],
		['en-GB;q=0, en;q=0.5', 'en'],
		['zh-TW;q=0, zh-CN;q=0.5', 'zh'],
		['vi;q=0, fr', 'en'],
		['vi;q=0, en;q=0, zh;q=0, ko;q=0', 'vi'],
		['ko;q=0.000', 'vi'],
		// The wildcard: any offered language the header does not name.
		['*', 'vi'],
		['fr, *;q=0.5', 'vi'],
		['vi;q=0.1, *', 'en'],
		['en;q=0.5, *', 'vi'],
		['ko, *;q=0', 'ko'],
		['*;q=0', 'vi'],
		// Malformed entries are dropped, the rest still count.
		['en;q=2, ko', 'ko'],
		['en;q=abc, ko', 'ko'],
		['en;q=-1, ko', 'ko'],
		['en;q=0.8.1, ko;q=0.5', 'ko'],
		['en;q=, ko;q=0.5', 'ko'],
		['e n, ko', 'ko'],
		['<script>, ko', 'ko'],
		['en-toolongsubtag, ko', 'ko'],
		['en ; q = 0.5 , ko ; q = 0.4', 'en'],
		['en;level=1;q=0.4, ko;q=0.3', 'en'],
		['x-klingon, i-default, ko', 'ko'],
	])('%j → %s', (header, expected) => {
		expect(pickLanguage(header, ALL)).toBe(expected);
	});

	test('answers only with an offered language', () => {
		expect(pickLanguage('ko, zh', ['vi', 'en'])).toBe('vi');
		expect(pickLanguage('ko, en;q=0.2', ['vi', 'en'])).toBe('en');
		expect(pickLanguage('*', ['vi'])).toBe('vi');
	});

	test('falls back to the first offered language, and to vi when nothing is offered', () => {
		expect(pickLanguage('fr', ['en', 'vi'])).toBe('en');
		expect(pickLanguage('ko', [])).toBe('vi');
	});

	test('never throws, whatever it is given', () => {
		const hostile = ['\u0000', 'q=1', ';q=1', '*;*;*', 'zh-'.repeat(5000), 'a,'.repeat(10_000), '🇻🇳', 'en;q=1e3', 'toString', '__proto__, constructor'];
		for (const header of hostile) expect(() => pickLanguage(header, ALL)).not.toThrow();
		expect(pickLanguage(42 as unknown as string, ALL)).toBe('vi');
		expect(pickLanguage('__proto__, constructor, hasOwnProperty', ALL)).toBe('vi');
	});

	test('reads only the first 32 entries of a very long header', () => {
		expect(pickLanguage(`${'fr, '.repeat(32)}ko`, ALL)).toBe('vi');
		expect(pickLanguage(`${'fr, '.repeat(31)}ko`, ALL)).toBe('ko');
	});
});

describe('parseAcceptLanguage', () => {
	test('keeps header order, lower-cases ranges and reads weights', () => {
		expect(parseAcceptLanguage('zh-TW, en-US;q=0.8, *;q=0.1, fr;q=0')).toEqual([
			{ range: 'zh-tw', q: 1 },
			{ range: 'en-us', q: 0.8 },
			{ range: '*', q: 0.1 },
			{ range: 'fr', q: 0 },
		]);
	});

	test('is empty for no header', () => {
		expect(parseAcceptLanguage(undefined)).toEqual([]);
		expect(parseAcceptLanguage('')).toEqual([]);
	});
});

describe('rangeToLang', () => {
	test.each<[string, Lang | undefined]>([
		['vi-VN', 'vi'],
		['en', 'en'],
		['zh-Hant-HK', 'zh'],
		['ko-KR', 'ko'],
		['*', undefined],
		['fr', undefined],
		['constructor', undefined],
	])('%s → %s', (range, expected) => {
		expect(rangeToLang(range)).toBe(expected);
	});
});
