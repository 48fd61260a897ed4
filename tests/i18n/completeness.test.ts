import { describe, expect, test } from 'vitest';
import { LANGUAGES, type Lang } from '../../src/core/schema/language.ts';
import { CATEGORIES, RANKINGS } from '../../src/core/schema/site.ts';
import en from '../../src/i18n/en.json' with { type: 'json' };
import ko from '../../src/i18n/ko.json' with { type: 'json' };
import vi from '../../src/i18n/vi.json' with { type: 'json' };
import zh from '../../src/i18n/zh.json' with { type: 'json' };

// Read the JSON files directly (not through src/i18n/index.ts) so a gap is listed key by key.
const dictionaries: Record<Lang, Record<string, string>> = { vi, en, zh, ko };
const viKeys = Object.keys(vi);
const translations = LANGUAGES.filter((lang) => lang !== 'vi');

function placeholdersOf(text: string): string[] {
	return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort();
}

describe.each(translations)('%s.json', (lang) => {
	const dictionary = dictionaries[lang];

	test('has every key of vi.json', () => {
		expect(viKeys.filter((key) => !(key in dictionary))).toEqual([]);
	});

	test('has no key that vi.json lacks', () => {
		expect(Object.keys(dictionary).filter((key) => !(key in vi))).toEqual([]);
	});

	test('keeps the placeholders of vi.json', () => {
		const changed = viKeys
			.filter((key) => dictionary[key] !== undefined)
			.map((key) => ({ key, expected: placeholdersOf(dictionaries.vi[key] ?? ''), found: placeholdersOf(dictionary[key] ?? '') }))
			.filter(({ expected, found }) => expected.join() !== found.join());
		expect(changed).toEqual([]);
	});
});

describe.each(LANGUAGES)('%s.json', (lang) => {
	const entries = Object.entries(dictionaries[lang]);

	test('has no empty or blank text', () => {
		expect(entries.filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
	});

	test('writes placeholders only as {{name}}', () => {
		const stray = entries.filter(([, text]) => /[{}]/.test(text.replace(/\{\{\w+\}\}/g, '')));
		expect(stray.map(([key]) => key)).toEqual([]);
	});

	test('is in NFC, like all content', () => {
		expect(entries.filter(([, text]) => text !== text.normalize('NFC')).map(([key]) => key)).toEqual([]);
	});
});

describe('vi.json', () => {
	test.each(LANGUAGES)('names the language %s, for sentences and for the switcher', (lang) => {
		expect(vi).toHaveProperty([`lang.${lang}`]);
		expect(vi).toHaveProperty([`langName.${lang}`]);
	});

	test.each(CATEGORIES)('names the category %s', (category) => {
		expect(vi).toHaveProperty([`category.${category}`]);
	});

	test.each(RANKINGS)('names the ranking %s, in full and short', (ranking) => {
		expect(vi).toHaveProperty([`ranking.${ranking}`]);
		expect(vi).toHaveProperty([`rankingShort.${ranking}`]);
	});

	test('calls a plaque "bảng", never "bia" (a stone stele)', () => {
		expect(Object.entries(vi).filter(([, text]) => /(^|\s)bia(\s|$)/iu.test(text))).toEqual([]);
	});
});

describe('langName', () => {
	test.each(LANGUAGES)('langName.%s is the same in every file: each language in its own words', (lang) => {
		const names = LANGUAGES.map((uiLang) => dictionaries[uiLang][`langName.${lang}`]);
		expect(new Set(names).size).toBe(1);
	});
});
