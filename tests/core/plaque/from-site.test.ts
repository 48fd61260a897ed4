import { describe, expect, test } from 'vitest';
import { siteToPlaqueContent, sitePlaqueSize } from '../../../src/core/plaque/from-site.ts';
import { PLAQUE_SIZES } from '../../../src/core/plaque/sizes.ts';
import { settings, siteEntry } from '../checks/site-entry.ts';

describe('sitePlaqueSize', () => {
	test.each([
		[undefined, 'a5', PLAQUE_SIZES.a5],
		[undefined, 'a4', PLAQUE_SIZES.a4],
		['sticker-10x10', 'a5', PLAQUE_SIZES['sticker-10x10']],
		['board-30x40', 'a6', PLAQUE_SIZES['board-30x40']],
	] as const)('a site size of %s with %s in settings gives %o', (own, fromSettings, expected) => {
		const site = siteEntry({ data: own ? { plaque: { size: own } } : {} });
		expect(sitePlaqueSize(site, settings({ plaque: { size: fromSettings, bleedMm: 3 } }))).toBe(expected);
	});
});

describe('siteToPlaqueContent', () => {
	const site = siteEntry({ translations: { en: { data: { title: 'Dam Ha Communal House' } }, zh: { data: { title: '潭河亭' } } } });

	test('prints the Vietnamese title, then English, then Chinese, when offered', () => {
		expect(siteToPlaqueContent(site, settings({ languages: ['vi', 'zh', 'en'] })).titles).toEqual([
			{ lang: 'vi', text: 'Đình Đầm Hà' },
			{ lang: 'en', text: 'Dam Ha Communal House' },
			{ lang: 'zh', text: '潭河亭' },
		]);
	});

	test('leaves out a translation whose language the site does not offer', () => {
		expect(siteToPlaqueContent(site, settings({ languages: ['vi', 'en'] })).titles.map((t) => t.lang)).toEqual(['vi', 'en']);
		expect(siteToPlaqueContent(siteEntry(), settings({ languages: ['vi', 'en', 'zh'] })).titles.map((t) => t.lang)).toEqual(['vi']);
	});
});
