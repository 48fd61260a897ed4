import { describe, expect, test } from 'vitest';
import { robotsTxt, sitemapXml } from '../../../src/core/pages/sitemap.ts';
import { settings, siteEntry } from '../checks/site-entry.ts';

const sites = [
	siteEntry({ data: { updated: '2025-07-01' }, translations: { en: { data: { updated: '2025-08-15' } } } }),
	siteEntry({ slug: 'den-cap', data: { code: 'DH02', updated: '2025-06-01' } }),
];

describe('sitemapXml', () => {
	test('lists every trail and site page in every language, each with its alternates and x-default', () => {
		expect(sitemapXml({ settings: settings(), sites })).toMatchInlineSnapshot(`
			"<?xml version="1.0" encoding="UTF-8"?>
			<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
			<url><loc>https://damha.example.vn/vi/</loc><lastmod>2025-08-15</lastmod><xhtml:link rel="alternate" hreflang="vi" href="https://damha.example.vn/vi/"/><xhtml:link rel="alternate" hreflang="en" href="https://damha.example.vn/en/"/><xhtml:link rel="alternate" hreflang="x-default" href="https://damha.example.vn/vi/"/></url>
			<url><loc>https://damha.example.vn/en/</loc><lastmod>2025-08-15</lastmod><xhtml:link rel="alternate" hreflang="vi" href="https://damha.example.vn/vi/"/><xhtml:link rel="alternate" hreflang="en" href="https://damha.example.vn/en/"/><xhtml:link rel="alternate" hreflang="x-default" href="https://damha.example.vn/vi/"/></url>
			<url><loc>https://damha.example.vn/vi/dinh-dam-ha/</loc><lastmod>2025-07-01</lastmod><xhtml:link rel="alternate" hreflang="vi" href="https://damha.example.vn/vi/dinh-dam-ha/"/><xhtml:link rel="alternate" hreflang="en" href="https://damha.example.vn/en/dinh-dam-ha/"/><xhtml:link rel="alternate" hreflang="x-default" href="https://damha.example.vn/vi/dinh-dam-ha/"/></url>
			<url><loc>https://damha.example.vn/en/dinh-dam-ha/</loc><lastmod>2025-08-15</lastmod><xhtml:link rel="alternate" hreflang="vi" href="https://damha.example.vn/vi/dinh-dam-ha/"/><xhtml:link rel="alternate" hreflang="en" href="https://damha.example.vn/en/dinh-dam-ha/"/><xhtml:link rel="alternate" hreflang="x-default" href="https://damha.example.vn/vi/dinh-dam-ha/"/></url>
			<url><loc>https://damha.example.vn/vi/den-cap/</loc><lastmod>2025-06-01</lastmod><xhtml:link rel="alternate" hreflang="vi" href="https://damha.example.vn/vi/den-cap/"/><xhtml:link rel="alternate" hreflang="en" href="https://damha.example.vn/en/den-cap/"/><xhtml:link rel="alternate" hreflang="x-default" href="https://damha.example.vn/vi/den-cap/"/></url>
			<url><loc>https://damha.example.vn/en/den-cap/</loc><lastmod>2025-06-01</lastmod><xhtml:link rel="alternate" hreflang="vi" href="https://damha.example.vn/vi/den-cap/"/><xhtml:link rel="alternate" hreflang="en" href="https://damha.example.vn/en/den-cap/"/><xhtml:link rel="alternate" hreflang="x-default" href="https://damha.example.vn/vi/den-cap/"/></url>
			</urlset>
			"
		`);
	});

	test('names Chinese pages zh-Hans, as the pages’ own hreflang links do, and leaves out the short-URL copies', () => {
		const xml = sitemapXml({ settings: settings({ languages: ['vi', 'zh'] }), sites });
		expect(xml).toContain('hreflang="zh-Hans" href="https://damha.example.vn/zh/den-cap/"');
		expect(xml).not.toMatch(/\/DH0\d/);
		expect(xml).not.toContain('<loc>https://damha.example.vn/</loc>');
	});

	test('keeps a base URL’s sub-folder', () => {
		expect(sitemapXml({ settings: settings({ baseUrl: 'https://x.example.vn/damha' }), sites })).toContain('<loc>https://x.example.vn/damha/vi/den-cap/</loc>');
	});
});

describe('robotsTxt', () => {
	test('allows everything and names the sitemap at the base address', () => {
		expect(robotsTxt({ baseUrl: 'https://damha.example.vn' })).toBe('User-agent: *\nAllow: /\nDisallow: /admin/\nSitemap: https://damha.example.vn/sitemap.xml\n');
	});
});
