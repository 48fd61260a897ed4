import { describe, expect, test } from 'vitest';
import { acceptLanguagePattern, langOfSubtag, subtagsOf } from '../../../src/core/hosting/accept-language.ts';
import { pickLanguage } from '../../../src/core/i18n/negotiate.ts';
import type { Lang } from '../../../src/core/schema/language.ts';

const ALL: readonly Lang[] = ['vi', 'en', 'zh', 'ko'];
const VI_EN: readonly Lang[] = ['vi', 'en'];

/** What nginx or Apache answers with the pattern: the captured language, else the first offered. */
function byPattern(header: string, offered: readonly Lang[]): Lang | undefined {
	const subtag = new RegExp(acceptLanguagePattern(offered, 'l'), 'i').exec(header)?.groups?.['l'];
	return subtag === undefined ? offered[0] : langOfSubtag(subtag, offered);
}

describe('acceptLanguagePattern', () => {
	// Headers as browsers send them (Chrome, Safari, Firefox, Samsung Internet and the Android
	// WebView inside Zalo and Facebook), with the answer each offer gets from `pickLanguage`.
	test.each<[string, string, Lang, Lang]>([
		['Chrome on a Vietnamese phone', 'vi-VN,vi;q=0.9,fr-FR;q=0.8,fr;q=0.7,en-US;q=0.6,en;q=0.5', 'vi', 'vi'],
		['Zalo WebView, Vietnamese', 'vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7', 'vi', 'vi'],
		['Samsung Internet, Vietnamese', 'vi-VN,vi;q=0.9', 'vi', 'vi'],
		['Safari, Vietnamese', 'vi-VN,vi;q=0.9', 'vi', 'vi'],
		['Chrome, US English', 'en-US,en;q=0.9', 'en', 'en'],
		['Firefox, US English', 'en-US,en;q=0.5', 'en', 'en'],
		['Safari, British English', 'en-GB,en;q=0.9', 'en', 'en'],
		['Chrome, British English then Vietnamese', 'en-GB,en-US;q=0.9,en;q=0.8,vi;q=0.7', 'en', 'en'],
		['Chrome, Simplified Chinese', 'zh-CN,zh;q=0.9', 'zh', 'vi'],
		['Chrome, Simplified Chinese then English', 'zh-CN,zh;q=0.9,en;q=0.8', 'zh', 'en'],
		['Firefox, Chinese of three regions', 'zh-CN,zh;q=0.8,zh-TW;q=0.7,zh-HK;q=0.5,en-US;q=0.3,en;q=0.2', 'zh', 'en'],
		['Chrome, Taiwan', 'zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7', 'zh', 'en'],
		['Chrome, Hong Kong', 'zh-HK,zh-TW;q=0.9,zh;q=0.8,en;q=0.7', 'zh', 'en'],
		['Safari, Traditional script', 'zh-Hant-TW', 'zh', 'vi'],
		['Mandarin by its own subtag', 'cmn-Hans-CN,cmn;q=0.9', 'zh', 'vi'],
		['Cantonese', 'yue-Hant-HK,yue;q=0.9,en;q=0.8', 'zh', 'en'],
		['Samsung Internet, Korean', 'ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7', 'ko', 'en'],
		['Safari, Korean only', 'ko-KR', 'ko', 'vi'],
		['Chrome, Japanese', 'ja,en-US;q=0.9,en;q=0.8', 'en', 'en'],
		['Safari, Japanese only', 'ja-JP', 'vi', 'vi'],
		['Chrome, French', 'fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7', 'en', 'en'],
		['Firefox, German', 'de,en-US;q=0.7,en;q=0.3', 'en', 'en'],
		['German only', 'de-DE', 'vi', 'vi'],
		['French, then Traditional Chinese', 'fr-FR,fr;q=0.9,zh-TW;q=0.8', 'zh', 'vi'],
		['any language', '*', 'vi', 'vi'],
		['French, then any', 'fr-FR,fr;q=0.9,*;q=0.5', 'vi', 'vi'],
		['Chinese refused, English wanted', 'zh;q=0, en;q=0.5', 'en', 'en'],
		['English refused, Korean wanted', 'en;q=0, ko;q=0.1', 'ko', 'vi'],
		['British refused, English wanted', 'en-GB;q=0, en;q=0.5', 'en', 'en'],
		['an old WebView’s underscore', 'en_US', 'en', 'en'],
		['capital letters', 'EN-gb,ZH;Q=0.5', 'en', 'en'],
		['odd whitespace', '  fr-FR ,  ko-KR ; q = 0.8 ,\ten ;q=0.5 ', 'ko', 'en'],
		['an empty header', '', 'vi', 'vi'],
		['only blanks and commas', ' , ,', 'vi', 'vi'],
		['private and grandfathered tags', 'x-klingon, i-default, ko', 'ko', 'vi'],
		['a subtag that only starts like ours', 'kok-IN, vin, ko', 'ko', 'vi'],
		// `q=.5` is not a qvalue (RFC 9110 §12.4.2): both drop the entry.
		['a weight without its leading zero', 'en;q=.5, ko;q=0.4', 'ko', 'vi'],
	])('%s (%s) gives what pickLanguage gives: %s, or %s offering vi and en', (_, header, all, viEn) => {
		expect([byPattern(header, ALL), pickLanguage(header, ALL)]).toEqual([all, all]);
		expect([byPattern(header, VI_EN), pickLanguage(header, VI_EN)]).toEqual([viEn, viEn]);
	});

	// The pattern takes the first acceptable entry in header order and cannot see a refusal that
	// comes later; `pickLanguage` weighs every entry. No browser sends these (weights fall, nothing
	// is refused, no other parameters): they are hand-written, and kept here so the difference is
	// written down.
	test.each<[string, string, Lang, Lang]>([
		['weights out of header order', 'en;q=0.5, zh;q=0.9', 'en', 'zh'],
		['a tiny weight before a full one', 'en;q=0.001, ko', 'en', 'ko'],
		['a named language before a heavier wildcard', 'en;q=0.5, *', 'en', 'vi'],
		['Vietnamese light, then any', 'vi;q=0.1, *', 'vi', 'en'],
		['a refusal after the language it refuses', 'zh-TW, zh;q=0, en;q=0.5', 'zh', 'en'],
		['Simplified refused after Traditional', 'zh-Hant, zh-Hans;q=0, en;q=0.5', 'zh', 'en'],
		// With no match, a server falls back to the first offered language even when it is refused.
		['the first offered language refused', 'vi;q=0, fr', 'vi', 'en'],
		// Parameters other than q are not in RFC 9110's grammar: the pattern skips the entry.
		['a parameter other than q', 'en;level=1, ko', 'ko', 'en'],
	])('%s (%s): the pattern gives %s, pickLanguage %s', (_, header, pattern, picked) => {
		expect({ pattern: byPattern(header, ALL), picked: pickLanguage(header, ALL) }).toEqual({ pattern, picked });
	});

	// A qvalue that ends in 0 (`q=0.50`, `q=0.10`, `q=0.500`: valid in RFC 9110 §12.4.2, and what
	// code that formats weights with fixed decimals writes) is a weight like any other: the weight is
	// `1`, `1.0…`, or `0.` and one to three digits not all zero, as `pickLanguage` reads it.
	test.each<[string]>([
		['fr,de;q=0.92,es;q=0.83,it;q=0.75,nl;q=0.67,pt;q=0.58,en;q=0.50,ja;q=0.42,sv;q=0.33,da;q=0.25,fi;q=0.17,nb;q=0.08'],
		['en;q=0.10, ja;q=0.05'],
		['ko-KR;q=0.500'],
	])('a weight with a final zero still counts: %s', (header) => {
		expect(byPattern(header, ALL)).toBe(pickLanguage(header, ALL));
	});

	test('is PCRE syntax: no lookbehind, no \\p{…}, no flags inside, one group named the (?<name>…) way', () => {
		const name = 'ditichso_damha_example_vn_a';
		const pattern = acceptLanguagePattern(ALL, name);
		expect(pattern).not.toMatch(/\(\?<[=!]/);
		expect(pattern).not.toMatch(/\\[pPkux]/);
		expect(new Set([...pattern.matchAll(/\(\?(.)/g)].map((m) => m[1]))).toEqual(new Set([':', '<']));
		expect([...pattern.matchAll(/\(\?<([^>]*)>/g)].map((m) => m[1])).toEqual([name]);
		// Matched case-insensitively (nginx `~*`), never with the `u` or `v` flag.
		expect(() => new RegExp(pattern, 'i')).not.toThrow();
	});

	test('captures at the start of an entry only, and every alias of Chinese', () => {
		expect(acceptLanguagePattern(['vi', 'zh'], 'x')).toContain('(?<x>vi|zh|cmn|yue)');
		expect(new RegExp(acceptLanguagePattern(ALL, 'x'), 'i').exec('fr-vi, de')).toBeNull();
	});
});

describe('subtagsOf', () => {
	test.each<[Lang, readonly string[]]>([
		['vi', ['vi']],
		['en', ['en']],
		['zh', ['zh', 'cmn', 'yue']],
		['ko', ['ko']],
	])('%s is read from %j', (lang, subtags) => {
		expect(subtagsOf(lang)).toEqual(subtags);
	});
});

describe('langOfSubtag', () => {
	test.each<[string, readonly Lang[], Lang | undefined]>([
		['EN', ALL, 'en'],
		['cmn', ALL, 'zh'],
		['Yue', ALL, 'zh'],
		['zh', VI_EN, undefined],
		['fr', ALL, undefined],
	])('%s offering %j is %s', (subtag, offered, lang) => {
		expect(langOfSubtag(subtag, offered)).toBe(lang);
	});
});
