import { describe, expect, test } from 'vitest';
import { shareImagePath } from '../../../src/core/images/share-image.ts';
import { appLinks, siteSeo, toJsonLd } from '../../../src/core/pages/structured-data.ts';
import { settings, siteEntry } from '../checks/site-entry.ts';

const fourLanguages = settings({ languages: ['vi', 'en', 'zh', 'ko'], name: { vi: 'Di tích Đầm Hà', en: 'Dam Ha Heritage Sites' } });
const translated = siteEntry({ translations: { en: { data: { title: 'Dam Ha Communal House', summary: 'An old communal house.' } } } });
const jsonLdOf = (seo: { jsonLd: string }) => JSON.parse(seo.jsonLd) as Record<string, unknown>;
const metaOf = (seo: ReturnType<typeof siteSeo>) => seo.meta.map((m) => `${m.property ?? m.name} = ${m.content}`);

describe('siteSeo', () => {
	test('gives Open Graph and Twitter tags naming the canonical page and the share image', () => {
		expect(metaOf(siteSeo(fourLanguages, translated, 'vi'))).toMatchInlineSnapshot(`
			[
			  "og:type = website",
			  "og:site_name = Di tích Đầm Hà",
			  "og:title = Đình Đầm Hà",
			  "og:description = Ngôi đình cổ thờ Thành hoàng làng.",
			  "og:url = https://damha.example.vn/vi/dinh-dam-ha/",
			  "og:image = https://damha.example.vn${shareImagePath(translated, fourLanguages)}",
			  "og:image:width = 1200",
			  "og:image:height = 630",
			  "og:locale = vi_VN",
			  "og:locale:alternate = en_US",
			  "twitter:card = summary_large_image",
			]
		`);
	});

	test('speaks the page’s language when the site is translated into it', () => {
		const meta = metaOf(siteSeo(fourLanguages, translated, 'en'));
		expect(meta).toContain('og:title = Dam Ha Communal House');
		expect(meta).toContain('og:site_name = Dam Ha Heritage Sites');
		expect(meta).toContain('og:url = https://damha.example.vn/en/dinh-dam-ha/');
		expect(meta.filter((m) => m.startsWith('og:locale'))).toEqual(['og:locale = en_US', 'og:locale:alternate = vi_VN']);
	});

	test('marks an untranslated page as Vietnamese, which its text is, under the page’s own address', () => {
		const seo = siteSeo(fourLanguages, siteEntry(), 'ko');
		expect(metaOf(seo).filter((m) => /og:(locale|title|url|site_name)/.test(m))).toEqual([
			'og:site_name = Di tích Đầm Hà',
			'og:title = Đình Đầm Hà',
			'og:url = https://damha.example.vn/ko/dinh-dam-ha/',
			'og:locale = vi_VN',
		]);
		expect(jsonLdOf(seo)['inLanguage']).toBe('vi');
	});

	test('gives schema.org data that parses: a tourist attraction and historical landmark with address and position', () => {
		expect(jsonLdOf(siteSeo(fourLanguages, translated, 'en'))).toEqual({
			'@context': 'https://schema.org',
			'@type': ['TouristAttraction', 'LandmarksOrHistoricalBuildings'],
			name: 'Dam Ha Communal House',
			alternateName: 'Đình Đầm Hà',
			description: 'An old communal house.',
			url: 'https://damha.example.vn/en/dinh-dam-ha/',
			image: 'https://damha.example.vn/anh/dinh-dam-ha/cover-0123456789ab-1440.jpg',
			inLanguage: 'en',
			address: { '@type': 'PostalAddress', streetAddress: 'Thôn Đình', addressLocality: 'xã Đầm Hà', addressRegion: 'Quảng Ninh', addressCountry: 'VN' },
			geo: { '@type': 'GeoCoordinates', latitude: 21.352, longitude: 107.599 },
		});
	});

	test('publishes no coordinates marked as a placeholder: a stand-in point is not the place', () => {
		const site = siteEntry({ data: { location: { lat: 21.352, lng: 107.599, placeholder: true } } });
		expect(jsonLdOf(siteSeo(fourLanguages, site, 'vi'))).not.toHaveProperty('geo');
	});

	test('uses the share image when the cover photo file was not found', () => {
		const site = { ...siteEntry(), photos: {} };
		expect(jsonLdOf(siteSeo(fourLanguages, site, 'vi'))['image']).toBe(`https://damha.example.vn${shareImagePath(site, fourLanguages)}`);
	});

	test('content cannot close the script element: every < is escaped, and the text reads back unchanged', () => {
		const summary = 'Đình </script><script>alert(1)</script> <!-- cổ';
		const seo = siteSeo(fourLanguages, siteEntry({ data: { summary } }), 'vi');
		expect(seo.jsonLd).not.toContain('<');
		expect(jsonLdOf(seo)['description']).toBe(summary);
	});

	test('links the manifest and the apple-touch-icon', () => {
		expect(appLinks()).toEqual([
			{ rel: 'manifest', href: '/manifest.webmanifest' },
			{ rel: 'apple-touch-icon', href: '/apple-touch-icon.png' },
		]);
	});
});

describe('toJsonLd', () => {
	test('writes < as \\u003c and nothing else differently from JSON.stringify', () => {
		expect(toJsonLd({ a: '<b>&</b>' })).toBe('{"a":"\\u003cb>&\\u003c/b>"}');
	});
});
