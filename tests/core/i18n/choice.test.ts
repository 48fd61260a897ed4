import { describe, expect, test } from 'vitest';
import { chooseLanguage, LANG_COOKIE, langCookie, langFromCookieHeader } from '../../../src/core/i18n/choice.ts';

describe('langCookie', () => {
	test('remembers a language for a year, site-wide, sent along when a scanner app opens a link', () => {
		expect(langCookie('zh')).toBe('lang=zh; Path=/; Max-Age=31536000; SameSite=Lax');
		expect(LANG_COOKIE.maxAgeS).toBe(365 * 24 * 60 * 60);
	});
});

describe('langFromCookieHeader', () => {
	test.each<[string | undefined, string | undefined]>([
		['lang=en', 'en'],
		['theme=dark; lang=ko; other=1', 'ko'],
		['lang = zh', 'zh'],
		['lang=fr', undefined],
		['lang=EN', undefined],
		['lang=', undefined],
		['xlang=en', undefined],
		['lang=fr; lang=vi', 'vi'],
		['', undefined],
		[undefined, undefined],
		['=;=;;', undefined],
	])('%j → %s', (header, expected) => {
		expect(langFromCookieHeader(header)).toBe(expected);
	});
});

describe('chooseLanguage', () => {
	const offered = ['vi', 'en', 'zh', 'ko'] as const;

	test.each<[{ cookie?: string; acceptLanguage?: string }, string]>([
		[{}, 'vi'],
		[{ acceptLanguage: 'ko-KR,ko;q=0.9' }, 'ko'],
		[{ cookie: 'lang=en', acceptLanguage: 'ko-KR' }, 'en'],
		[{ cookie: 'lang=vi', acceptLanguage: 'ko-KR' }, 'vi'],
		[{ cookie: 'lang=fr', acceptLanguage: 'zh-TW' }, 'zh'],
		[{ cookie: 'lang=', acceptLanguage: 'en;q=0' }, 'vi'],
	])('%j → %s: the remembered choice first, then Accept-Language', (request, expected) => {
		expect(chooseLanguage(request, offered)).toBe(expected);
	});

	test('ignores a remembered language the trail does not offer', () => {
		expect(chooseLanguage({ cookie: 'lang=ko', acceptLanguage: 'en' }, ['vi', 'en'])).toBe('en');
	});
});
