import { describe, expect, test } from 'vitest';
import { checkTranslationLanguages } from '../../../src/core/checks/translations.ts';
import { settings, siteEntry } from './site-entry.ts';

describe('checkTranslationLanguages', () => {
	test('warns about a translation in a language the site does not offer', () => {
		const site = siteEntry({ translations: { en: {}, zh: { data: { title: '潭河亭', summary: '古老的亭。' } } } });
		expect(checkTranslationLanguages({ sites: [site], settings: settings({ languages: ['vi', 'en'] }) })).toEqual([
			{ code: 'language-not-offered', severity: 'warning', file: 'content/sites/dinh-dam-ha/zh.md', params: { lang: 'zh', languages: ['vi', 'en'] } },
		]);
	});

	test('says nothing when every translation is offered', () => {
		const site = siteEntry({ translations: { en: {} } });
		expect(checkTranslationLanguages({ sites: [site], settings: settings({ languages: ['vi', 'en', 'zh', 'ko'] }) })).toEqual([]);
	});

	test('says nothing without settings: settings.yaml has its own problem then', () => {
		expect(checkTranslationLanguages({ sites: [siteEntry({ translations: { ko: {} } })] })).toEqual([]);
	});
});
