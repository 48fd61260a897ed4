import type { SiteEntry } from '../content/trail.ts';
import { APP_ICONS } from '../images/icons.ts';
import { SHARE_IMAGE_SIZE_PX, shareImagePath } from '../images/share-image.ts';
import { photoVariants } from '../images/variants.ts';
import { absoluteUrl, sitePath } from '../links/page-path.ts';
import { LANG_TAGS, type Lang, type Settings } from '../schema/index.ts';
import { toPostalAddress } from './postal-address.ts';
import { WEB_MANIFEST_PATH } from './web-manifest.ts';
import { siteText, type SiteText } from './site-page.ts';

/** Open Graph locales: language and the country whose usage the text follows (Simplified Chinese: CN). */
export const OG_LOCALES = { vi: 'vi_VN', en: 'en_US', zh: 'zh_CN', ko: 'ko_KR' } as const satisfies Record<Lang, string>;

/** One `<meta>`: Open Graph uses `property`, Twitter uses `name`. */
export interface MetaTag {
	property: string | undefined;
	name: string | undefined;
	content: string;
}

/** What SeoHead.astro puts in a site page's `<head>` for social networks and search engines. */
export interface PageSeo {
	meta: MetaTag[];
	/** The JSON-LD text, safe to put inside `<script type="application/ld+json">` as is. */
	jsonLd: string;
}

type SeoSettings = Pick<Settings, 'baseUrl' | 'languages' | 'name'>;

/**
 * Head metadata of the page of `site` in `lang`. `og:url` is the page's canonical address, so a
 * short-URL copy (`/DH01/`, the Vietnamese page) passes `'vi'` and shares the Vietnamese page.
 */
export function siteSeo(settings: SeoSettings, site: SiteEntry, lang: Lang): PageSeo {
	const text = siteText(site, lang);
	const url = absoluteUrl(settings.baseUrl, sitePath(lang, site.slug));
	const og = (property: string, content: string): MetaTag => ({ property, name: undefined, content });
	const otherLocales = settings.languages.filter((l) => l !== text.textLang && (l === 'vi' || site.translations[l])).map((l) => og('og:locale:alternate', OG_LOCALES[l]));
	const meta = [
		og('og:type', 'website'),
		og('og:site_name', settings.name[lang] ?? settings.name.vi),
		og('og:title', text.title),
		og('og:description', text.summary),
		og('og:url', url),
		og('og:image', absoluteUrl(settings.baseUrl, shareImagePath(site, settings))),
		og('og:image:width', String(SHARE_IMAGE_SIZE_PX.widthPx)),
		og('og:image:height', String(SHARE_IMAGE_SIZE_PX.heightPx)),
		og('og:locale', OG_LOCALES[text.textLang]),
		...otherLocales,
		{ property: undefined, name: 'twitter:card', content: 'summary_large_image' },
	];
	return { meta, jsonLd: toJsonLd(attraction(settings, site, text, url)) };
}

/** The manifest and the home-screen icon for iOS, which reads no manifest icons: on every page (Base.astro). */
export function appLinks(): Array<{ rel: string; href: string }> {
	const apple = APP_ICONS.find((icon) => icon.purpose === 'apple');
	return [{ rel: 'manifest', href: WEB_MANIFEST_PATH }, ...(apple ? [{ rel: 'apple-touch-icon', href: apple.path }] : [])];
}

/**
 * schema.org data for the site. Coordinates marked `placeholder` are left out: search engines
 * would publish a stand-in point as the place's position.
 */
function attraction(settings: SeoSettings, site: SiteEntry, text: SiteText, url: string) {
	const { data } = site;
	const cover = site.photos[data.cover.src];
	const largestJpeg = cover && photoVariants(site.slug, cover).filter((v) => v.format === 'jpeg').at(-1);
	return {
		'@context': 'https://schema.org',
		'@type': ['TouristAttraction', 'LandmarksOrHistoricalBuildings'],
		name: text.title,
		...(text.title !== data.title ? { alternateName: data.title } : {}),
		description: text.summary,
		url,
		image: absoluteUrl(settings.baseUrl, largestJpeg ? largestJpeg.path : shareImagePath(site, settings)),
		inLanguage: LANG_TAGS[text.textLang],
		address: toPostalAddress(data.address),
		...(data.location.placeholder ? {} : { geo: { '@type': 'GeoCoordinates', latitude: data.location.lat, longitude: data.location.lng } }),
	};
}

/**
 * JSON with every `<` written as `\u003c`: the text then cannot close its `<script>` element
 * (`</script>`) or open a comment, whatever the content says. JSON.parse reads it back unchanged.
 */
export function toJsonLd(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}
