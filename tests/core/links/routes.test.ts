import { describe, expect, test } from 'vitest';
import { notFoundPath, siteRoutes } from '../../../src/core/links/routes.ts';
import type { Lang } from '../../../src/core/schema/language.ts';
import { settings, siteEntry } from '../checks/site-entry.ts';
import { renamedSite, retiredEntry, smallRoutes, smallTrail } from '../hosting/small-trail.ts';

describe('siteRoutes', () => {
	test('gives every code, live or retired, its neutral copy and its page in each language (issue #5)', () => {
		expect(smallRoutes().codes).toEqual([
			{ code: 'DH01', neutralPath: '/DH01/', pages: [{ lang: 'vi', path: '/vi/dinh-dam-ha/' }, { lang: 'en', path: '/en/dinh-dam-ha/' }], retired: false },
			{ code: 'DH02', neutralPath: '/DH02/', pages: [{ lang: 'vi', path: '/vi/den-cap/' }, { lang: 'en', path: '/en/den-cap/' }], retired: false },
			{ code: 'DH03', neutralPath: '/DH03/', pages: [{ lang: 'vi', path: '/vi/mieu-co/' }, { lang: 'en', path: '/en/mieu-co/' }], retired: true },
		]);
	});

	test('follows the languages of the settings, in their order', () => {
		const langs: Lang[] = ['vi', 'zh', 'ko', 'en'];
		const routes = smallRoutes({ languages: langs });
		expect(routes.languages).toEqual(langs);
		for (const route of routes.codes) expect(route.pages.map((p) => p.lang)).toEqual(langs);
		expect(routes.codes[0]?.pages.map((p) => p.path)).toEqual(['/vi/dinh-dam-ha/', '/zh/dinh-dam-ha/', '/ko/dinh-dam-ha/', '/en/dinh-dam-ha/']);
	});

	test('moves each former folder, in each language, to the same language’s page (issue #5)', () => {
		const trail = {
			settings: settings({ languages: ['vi', 'en', 'zh'] }),
			sites: [renamedSite('dinh-dam-ha', 'DH01', ['dinh-cu', 'dinh-xa'])],
			retired: [retiredEntry({ formerFolders: ['mieu-ba'] })],
		};
		expect(siteRoutes(trail).moved.map(({ from, to }) => `${from} → ${to}`)).toEqual([
			'/vi/dinh-cu/ → /vi/dinh-dam-ha/',
			'/en/dinh-cu/ → /en/dinh-dam-ha/',
			'/zh/dinh-cu/ → /zh/dinh-dam-ha/',
			'/vi/dinh-xa/ → /vi/dinh-dam-ha/',
			'/en/dinh-xa/ → /en/dinh-dam-ha/',
			'/zh/dinh-xa/ → /zh/dinh-dam-ha/',
			'/vi/mieu-ba/ → /vi/mieu-co/',
			'/en/mieu-ba/ → /en/mieu-co/',
			'/zh/mieu-ba/ → /zh/mieu-co/',
		]);
	});

	test('moves nothing when no folder was renamed, and lists no code when there are no sites', () => {
		const routes = siteRoutes({ settings: settings(), sites: [siteEntry()], retired: [] });
		expect(routes.moved).toEqual([]);
		expect(siteRoutes({ settings: settings(), sites: [], retired: [] }).codes).toEqual([]);
	});

	test('keeps the sites’ trail order, then the retired ones in file order', () => {
		const trail = { ...smallTrail(), retired: [retiredEntry({ code: 'DH09', folder: 'cho-cu' }), retiredEntry({ code: 'DH04', folder: 'bai-da' }, 1)] };
		expect(siteRoutes(trail).codes.map((c) => [c.code, c.retired])).toEqual([
			['DH01', false],
			['DH02', false],
			['DH09', true],
			['DH04', true],
		]);
	});

	test('has a not-found page for any visitor and one in each language', () => {
		const routes = smallRoutes({ languages: ['vi', 'en', 'ko'] });
		expect(routes.notFound).toBe('/404.html');
		expect(routes.notFoundByLang).toEqual([
			{ lang: 'vi', path: '/vi/404/' },
			{ lang: 'en', path: '/en/404/' },
			{ lang: 'ko', path: '/ko/404/' },
		]);
	});
});

describe('notFoundPath', () => {
	test.each<[Lang, string]>([
		['vi', '/vi/404/'],
		['zh', '/zh/404/'],
	])('%s → %s', (lang, path) => {
		expect(notFoundPath(lang)).toBe(path);
	});
});
