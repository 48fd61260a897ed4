import { describe, expect, test } from 'vitest';
import { absoluteUrl, codePath, isReservedCode, RESERVED_TOP_LEVEL, sitePath, trailPath } from '../../../src/core/links/page-path.ts';
import { LANGUAGES } from '../../../src/core/schema/language.ts';

describe('sitePath', () => {
	test.each([
		['vi', 'dinh-dam-ha', '/vi/dinh-dam-ha/'],
		['zh', 'nui-hua-rung-co', '/zh/nui-hua-rung-co/'],
	] as const)('%s + %s → %s', (lang, slug, expected) => {
		expect(sitePath(lang, slug)).toBe(expected);
	});
});

describe('trailPath', () => {
	test.each(LANGUAGES)('%s has its own trail page', (lang) => {
		expect(trailPath(lang)).toBe(`/${lang}/`);
	});
});

describe('codePath', () => {
	test('is the code as a top-level folder, with the trailing slash the build uses', () => {
		expect(codePath('DH01')).toBe('/DH01/');
	});
});

describe('RESERVED_TOP_LEVEL', () => {
	test('holds every language code, the built assets and the photos', () => {
		expect(RESERVED_TOP_LEVEL).toEqual(expect.arrayContaining([...LANGUAGES, '_astro', 'anh', 'plaques', 'in-an', 'admin', '404']));
	});

	test('holds every top-level name the build writes for hosts (issue #5)', async () => {
		const { staticFallbackFiles } = await import('../../../src/core/hosting/static-files.ts');
		const hostFiles = ['_hosting', '_redirects', '_headers', '.htaccess', ...staticFallbackFiles({ languages: ['vi'], codes: [], moved: [], notFound: '/404.html', notFoundByLang: [] }, 'https://x.example.vn').map((f) => f.path.toLowerCase())];
		expect(RESERVED_TOP_LEVEL).toEqual(expect.arrayContaining(hostFiles));
	});

	test('is all lower case, so one case-insensitive test covers it', () => {
		expect(RESERVED_TOP_LEVEL.filter((segment) => segment !== segment.toLowerCase())).toEqual([]);
	});
});

describe('isReservedCode', () => {
	test.each([
		['EN', true],
		['en', true],
		['VI', true],
		['Zh', true],
		['KO', true],
		['ANH', true],
		['ADMIN', true],
		['PLAQUES', true],
		['CNAME', true],
		['404', true],
		['DH01', false],
		['ANH1', false],
		['INAN', false],
		['ENG', false],
	])('%s → %s', (code, expected) => {
		expect(isReservedCode(code)).toBe(expected);
	});
});

describe('absoluteUrl', () => {
	test.each([
		['https://damha.example.vn', '/vi/dinh-dam-ha/', 'https://damha.example.vn/vi/dinh-dam-ha/'],
		['https://damha.example.vn/', '/DH01/', 'https://damha.example.vn/DH01/'],
		['https://damha.example.vn', 'vi/', 'https://damha.example.vn/vi/'],
		['https://example.vn/damha', '/vi/', 'https://example.vn/damha/vi/'],
		['https://example.vn/damha/', '/', 'https://example.vn/damha/'],
	])('%s + %s → %s', (baseUrl, path, expected) => {
		expect(absoluteUrl(baseUrl, path)).toBe(expected);
	});
});
