import { t as translate } from '../../i18n/index.ts';
import type { SiteEntry, Trail } from '../content/trail.ts';
import { codePath, sitePath } from '../links/page-path.ts';
import { renderMarkdown } from '../markdown/render.ts';
import type { Lang } from '../schema/index.ts';
import { neighbours } from '../trail/order.ts';
import { alternatesOf } from './alternates.ts';
import { pageChrome, type PageChrome } from './chrome.ts';
import { pagePhoto, type PagePhoto } from './page-photo.ts';

export interface SiteLink {
	title: string;
	href: string;
	position: number;
}

/** Everything a site page shows, computed once here so the Astro page holds no rule. */
export interface SitePage {
	chrome: PageChrome;
	code: string;
	title: string;
	/** The Vietnamese name under a translated title: the name visitors see on signs and maps. */
	nativeTitle: string | undefined;
	summary: string;
	bodyHtml: string;
	/** The language the text is actually in (Vietnamese when untranslated). */
	textLang: Lang;
	textLangTag: string;
	untranslated: boolean;
	machineTranslated: boolean;
	sample: boolean;
	categoryLabel: string;
	rankingLabel: string;
	legalType: string | undefined;
	rankingDecision: string | undefined;
	redAddress: boolean;
	address: string;
	addressFormer: string | undefined;
	location: { lat: number; lng: number };
	mapLinks: { osm: string; google: string; geo: string };
	cover: PagePhoto | undefined;
	photos: PagePhoto[];
	updated: string;
	previous: SiteLink | undefined;
	next: SiteLink | undefined;
}

/** The page of `site` in `lang`; falls back to the Vietnamese text when there is no translation. */
export function sitePageModel(trail: Trail, site: SiteEntry, lang: Lang): SitePage {
	const translation = lang === 'vi' ? undefined : site.translations[lang];
	const textLang: Lang = translation ? lang : 'vi';
	const { data } = site;
	const tr = (key: Parameters<typeof translate>[1]) => translate(lang, key);
	const alternates = alternatesOf(trail.settings.baseUrl, trail.settings.languages, (l) => sitePath(l, site.slug));
	const { previous, next } = neighbours(trail.sites, site.slug);
	const position = (s: SiteEntry) => trail.sites.indexOf(s) + 1;
	const link = (s: SiteEntry | undefined) => s && { title: titleIn(s, lang), href: sitePath(lang, s.slug), position: position(s) };
	return {
		chrome: pageChrome(trail, lang, alternates),
		code: data.code,
		title: translation?.data.title ?? data.title,
		nativeTitle: translation ? data.title : undefined,
		summary: translation?.data.summary ?? data.summary,
		bodyHtml: renderMarkdown(translation?.body ?? site.body, { bodyLine: translation?.bodyLine ?? site.bodyLine }).html,
		textLang,
		textLangTag: textLang === 'zh' ? 'zh-Hans' : textLang,
		untranslated: lang !== 'vi' && !translation,
		machineTranslated: translation?.data.machineTranslated ?? false,
		sample: data.sample,
		categoryLabel: tr(`category.${data.category}`),
		rankingLabel: tr(`ranking.${data.ranking}`),
		legalType: data.legalType,
		rankingDecision: data.rankingDecision,
		redAddress: data.redAddress,
		address: data.address,
		addressFormer: data.addressFormer,
		location: data.location,
		mapLinks: mapLinks(data.location.lat, data.location.lng),
		cover: pagePhoto(site, data.cover),
		photos: (data.photos ?? []).map((p) => pagePhoto(site, p)).filter((p): p is PagePhoto => p !== undefined),
		updated: data.updated,
		previous: link(previous),
		next: link(next),
	};
}

/** The page a plaque's short URL serves: the Vietnamese page, which names its canonical address. */
export function codePageModel(trail: Trail, site: SiteEntry): SitePage & { path: string } {
	return { ...sitePageModel(trail, site, 'vi'), path: codePath(site.data.code) };
}

export function titleIn(site: SiteEntry, lang: Lang): string {
	return (lang !== 'vi' && site.translations[lang]?.data.title) || site.data.title;
}

function mapLinks(lat: number, lng: number) {
	return {
		osm: `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`,
		google: `https://www.google.com/maps/search/?api=1&query=${lat},${lng}`,
		geo: `geo:${lat},${lng}`,
	};
}
