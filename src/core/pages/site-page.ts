import { t as translate } from '../../i18n/index.ts';
import { sitePosition } from '../content/site-index.ts';
import type { SiteEntry, Trail, TranslationEntry } from '../content/trail.ts';
import { codePath, sitePath } from '../links/page-path.ts';
import { renderMarkdown } from '../markdown/render.ts';
import { LANG_TAGS, type Lang, type Source } from '../schema/index.ts';
import { neighbours } from '../trail/order.ts';
import { alternatesOf } from './alternates.ts';
import { pageChrome, type PageChrome } from './chrome.ts';
import { listenModel, type Listen } from './listen.ts';
import { mapLinks, type MapLinks } from './map-links.ts';
import { distanceToNext, nearbyLinks, type NearbyLink } from './nearby.ts';
import { pagePhoto, type PagePhoto } from './page-photo.ts';
import { reportLink, type ReportLink } from './report-link.ts';
import { visitInfo, type VisitInfo } from './visit-info.ts';

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
	/** The position is a stand-in: the page says it is approximate, and lists no nearby sites. */
	locationApproximate: boolean;
	mapLinks: MapLinks;
	cover: PagePhoto | undefined;
	photos: PagePhoto[];
	updated: string;
	previous: SiteLink | undefined;
	next: SiteLink | undefined;
	/** Straight-line distance to the next stop, e.g. "1,2 km"; undefined when unknown. */
	nextDistance: string | undefined;
	nearby: NearbyLink[];
	visiting: VisitInfo | undefined;
	/** The documents the text rests on, as written in vi.md (their titles are Vietnamese). */
	sources: Source[];
	listen: Listen;
	/** What the share button sends: the title in the page language and the canonical address. */
	share: { title: string; url: string };
	report: ReportLink | undefined;
	/** Characters of the page's inscriptions, for its Hán Nôm font subset; "" when it has none. */
	inscriptionChars: string;
}

/** The words a page in `lang` shows, and the language they are really in. */
export interface SiteText {
	translation: TranslationEntry | undefined;
	textLang: Lang;
	title: string;
	summary: string;
	body: string;
	bodyLine: number;
}

/** The text a page shows: the translation in `lang` when there is one, else the Vietnamese. */
export function siteText(site: SiteEntry, lang: Lang): SiteText {
	const translation = lang === 'vi' ? undefined : site.translations[lang];
	const from = translation ?? { data: site.data, body: site.body, bodyLine: site.bodyLine };
	return { translation, textLang: translation ? lang : 'vi', title: from.data.title, summary: from.data.summary, body: from.body, bodyLine: from.bodyLine };
}

/** The page of `site` in `lang`; falls back to the Vietnamese text when there is no translation. */
export function sitePageModel(trail: Trail, site: SiteEntry, lang: Lang): SitePage {
	const { translation, textLang, title, summary, body, bodyLine } = siteText(site, lang);
	const { data } = site;
	const tr = (key: Parameters<typeof translate>[1]) => translate(lang, key);
	const alternates = alternatesOf(trail.settings.baseUrl, trail.settings.languages, (l) => sitePath(l, site.slug));
	const chrome = pageChrome(trail, lang, alternates);
	const { previous, next } = neighbours(trail.sites, site.slug);
	const position = (s: SiteEntry) => sitePosition(trail.sites, s) + 1;
	const link = (s: SiteEntry | undefined) => s && { title: titleIn(s, lang), href: sitePath(lang, s.slug), position: position(s) };
	const rendered = renderMarkdown(body, { bodyLine, lang: textLang });
	return {
		chrome,
		code: data.code,
		title,
		nativeTitle: translation ? data.title : undefined,
		summary,
		bodyHtml: rendered.html,
		textLang,
		textLangTag: LANG_TAGS[textLang],
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
		locationApproximate: data.location.placeholder,
		mapLinks: mapLinks(data.location, data.title),
		cover: pagePhoto(site, data.cover),
		photos: (data.photos ?? []).map((p) => pagePhoto(site, p)).filter((p): p is PagePhoto => p !== undefined),
		updated: data.updated,
		previous: link(previous),
		next: link(next),
		nextDistance: distanceToNext(site, next, lang),
		nearby: nearbyLinks(trail, site, lang),
		visiting: visitInfo(site, translation, lang),
		sources: data.sources ?? [],
		listen: listenModel(site, translation, textLang),
		share: { title, url: chrome.canonical },
		report: reportLink(trail.settings.contact, { code: data.code, title, url: chrome.canonical }, lang),
		inscriptionChars: rendered.inscriptionChars,
	};
}

/** The page a plaque's short URL serves: the Vietnamese page, which names its canonical address. */
export function codePageModel(trail: Trail, site: SiteEntry): SitePage & { path: string } {
	return { ...sitePageModel(trail, site, 'vi'), path: codePath(site.data.code) };
}

export function titleIn(site: SiteEntry, lang: Lang): string {
	return siteText(site, lang).title;
}
