import { describe, expect, test } from 'vitest';
import { movedPage, staticFallbackFiles, type StaticFile } from '../../../src/core/hosting/static-files.ts';
import { siteRoutes } from '../../../src/core/links/routes.ts';
import { settings, siteEntry } from '../checks/site-entry.ts';
import { smallRoutes } from './small-trail.ts';

const HTTPS = 'https://damha.example.vn';

const textOf = (files: StaticFile[], path: string) => {
	const file = files.find((f) => f.path === path);
	return file && 'text' in file ? file.text : undefined;
};

describe('staticFallbackFiles', () => {
	const files = staticFallbackFiles(smallRoutes(), HTTPS);

	test('copies each code’s page to every spelling a plain host looks up, retired codes too', () => {
		expect(files.filter((f) => 'copyOf' in f)).toEqual(
			['DH01', 'DH02', 'DH03'].flatMap((code) => [`${code}.html`, `${code.toLowerCase()}.html`, `${code.toLowerCase()}/index.html`].map((path) => ({ path, copyOf: `${code}/index.html` }))),
		);
	});

	test('leaves a small page at each old address, in each language (issue #5)', () => {
		const moved = files.filter((f) => 'text' in f && f.path.endsWith('/index.html')).map((f) => f.path);
		expect(moved).toEqual(['vi/dinh-cu/index.html', 'en/dinh-cu/index.html']);
		expect(textOf(files, 'en/dinh-cu/index.html')).toBe(movedPage(HTTPS, '/en/dinh-cu/', '/en/dinh-dam-ha/'));
	});

	test('tells GitHub Pages to skip Jekyll and names the custom domain', () => {
		expect(textOf(files, '.nojekyll')).toBe('');
		expect(textOf(files, 'CNAME')).toBe('damha.example.vn\n');
		expect(textOf(staticFallbackFiles(smallRoutes(), 'http://Di-Tich.Example.VN'), 'CNAME')).toBe('di-tich.example.vn\n');
	});

	test('writes every path with forward slashes, none from the root', () => {
		for (const file of files) expect(file.path).toMatch(/^[^/\\][^\\]*$/);
	});

	// A code of digits only (CODE_PATTERN allows `2024`) is its own lower case: each path is listed
	// once, and the page itself (`2024/index.html`) is not listed as a copy of itself.
	test('lists no path twice and no file as a copy of itself, for a code of digits', () => {
		const routes = siteRoutes({ settings: settings(), sites: [siteEntry({ data: { code: '2024' } })], retired: [] });
		const paths = staticFallbackFiles(routes, HTTPS).map((f) => f.path);
		expect(paths).toEqual([...new Set(paths)]);
		expect(staticFallbackFiles(routes, HTTPS).filter((f) => 'copyOf' in f && f.copyOf === f.path)).toEqual([]);
		expect(staticFallbackFiles(routes, HTTPS).filter((f) => 'copyOf' in f)).toEqual([{ path: '2024.html', copyOf: '2024/index.html' }]);
	});
});

describe('movedPage', () => {
	test('sends the browser on at once, names the new page as canonical and keeps the old one out of search', () => {
		expect(movedPage(HTTPS, '/vi/dinh-cu/', '/vi/dinh-dam-ha/')).toMatchInlineSnapshot(`
			"<!doctype html>
			<html lang="vi">
			<head>
			<meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<meta name="robots" content="noindex">
			<meta http-equiv="refresh" content="0; url=/vi/dinh-dam-ha/">
			<link rel="canonical" href="https://damha.example.vn/vi/dinh-dam-ha/">
			<title>Đang mở trang</title>
			</head>
			<body>
			<p><a href="/vi/dinh-dam-ha/">Nếu trang không tự mở, hãy chọn: https://damha.example.vn/vi/dinh-dam-ha/</a></p>
			</body>
			</html>
			"
		`);
	});

	test.each([
		['/en/dinh-cu/', '/en/dinh-dam-ha/', 'en', 'Opening the page'],
		['/zh/dinh-cu/', '/zh/dinh-dam-ha/', 'zh-Hans', '正在打开页面'],
		['/ko/dinh-cu/', '/ko/dinh-dam-ha/', 'ko', '페이지를 여는 중'],
		['/vi/dinh-cu/', '/vi/dinh-dam-ha/', 'vi', 'Đang mở trang'],
	])('at %s, it is written in the language of its path', (from, to, tag, title) => {
		const html = movedPage(HTTPS, from, to);
		expect(html).toContain(`<html lang="${tag}">`);
		expect(html).toContain(`<title>${title}</title>`);
		expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${to}">`);
		expect(html).toContain(`<link rel="canonical" href="${HTTPS}${to}">`);
		expect(html).toContain('<meta name="robots" content="noindex">');
	});
});
