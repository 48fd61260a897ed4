import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/schema/language.ts';
import { listTranslationsTodo } from '../../../src/core/translations/todo.ts';
import { siteEntry, type SiteOptions } from '../checks/site-entry.ts';

type Expected = { missing: string[]; outdated: Array<[string, string | undefined]> };

/** One site, vi.md updated on 2026-12-01, with the English translation described by the row. */
function englishOf(translations: NonNullable<SiteOptions['translations']>): Expected {
	const site = siteEntry({ slug: 'dinh-dam-ha', data: { code: 'DH01', updated: '2026-12-01' }, translations });
	const [en] = listTranslationsTodo([site], ['vi', 'en']);
	return { missing: en?.missing.map((s) => s.file) ?? [], outdated: en?.outdated.map((s) => [s.file, s.updated]) ?? [] };
}

describe('listTranslationsTodo', () => {
	test.each<[string, NonNullable<SiteOptions['translations']>, Expected]>([
		['no translation: missing, with the file to create', {}, { missing: ['content/sites/dinh-dam-ha/en.md'], outdated: [] }],
		['a translation older than vi.md: outdated', { en: { data: { updated: '2026-11-28' } } }, { missing: [], outdated: [['content/sites/dinh-dam-ha/en.md', '2026-11-28']] }],
		['a translation of the same day: done', { en: { data: { updated: '2026-12-01' } } }, { missing: [], outdated: [] }],
		['a translation newer than vi.md: done', { en: { data: { updated: '2026-12-03' } } }, { missing: [], outdated: [] }],
		['a translation with no date: outdated, since nobody knows which text it follows', { en: {} }, { missing: [], outdated: [['content/sites/dinh-dam-ha/en.md', undefined]] }],
		['a translation in another language does not count', { zh: { data: { updated: '2026-12-03' } } }, { missing: ['content/sites/dinh-dam-ha/en.md'], outdated: [] }],
	])('%s', (_name, translations, expected) => {
		expect(englishOf(translations)).toEqual(expected);
	});

	test('gives one entry per language of settings other than vi, in that order, sites in trail order', () => {
		const sites = [
			siteEntry({ slug: 'dinh-dam-ha', data: { code: 'DH01', title: 'Đình Đầm Hà', updated: '2026-12-05' }, translations: { en: { data: { updated: '2026-11-28' } }, ko: { data: { updated: '2026-12-05' } } } }),
			siteEntry({ slug: 'chua-sau', data: { code: 'DH08', title: 'Chùa Sâu' } }),
		];
		const todo = listTranslationsTodo(sites, ['vi', 'ko', 'en']);
		expect(todo.map((l) => [l.lang, l.missing.map((s) => s.code), l.outdated.map((s) => s.code)])).toEqual([
			['ko', ['DH08'], []],
			['en', ['DH08'], ['DH01']],
		]);
		expect(todo[1]?.outdated).toEqual([{ slug: 'dinh-dam-ha', code: 'DH01', title: 'Đình Đầm Hà', file: 'content/sites/dinh-dam-ha/en.md', viUpdated: '2026-12-05', updated: '2026-11-28' }]);
	});

	test.each<[string, Lang[]]>([
		['Vietnamese only', ['vi']],
		['no languages', []],
	])('gives nothing to do for a site in %s', (_name, languages) => {
		expect(listTranslationsTodo([siteEntry()], languages)).toEqual([]);
	});

	test('gives empty lists for a language with nothing left to do, and for a trail without sites', () => {
		expect(listTranslationsTodo([], ['vi', 'en'])).toEqual([{ lang: 'en', missing: [], outdated: [] }]);
	});
});
