import { t, type Translator } from '../../i18n/index.ts';
import type { SiteEntry, Trail } from '../content/trail.ts';
import { absoluteUrl, sitePath, trailPath } from '../links/page-path.ts';
import type { Lang } from '../schema/index.ts';
import { slugify } from '../slug.ts';
import { formatKm } from '../trail/format-km.ts';
import { trailGpxPath, trailToGpx, type GpxTrail } from '../trail/gpx.ts';
import { trailLegs, type TrailLegs } from '../trail/legs.ts';
import { trailMapModel, type TrailMap } from '../trail/map.ts';
import { alternatesOf } from './alternates.ts';
import { pageChrome, type PageChrome } from './chrome.ts';
import { titleIn } from './site-page.ts';

export interface TrailItem {
	position: number;
	code: string;
	title: string;
	summary: string;
	href: string;
	categoryLabel: string;
	rankingLabel: string;
	address: string;
	sample: boolean;
	untranslated: boolean;
	/** The position is a stand-in, not surveyed. */
	placeholder: boolean;
	/** "About 1.2 km to the next stop", or why there is no number; `undefined` for the last stop. */
	distanceToNext: string | undefined;
}

/** The map with its words: what the component needs to draw it accessibly. */
export interface TrailMapView extends TrailMap {
	title: string;
	description: string;
	scaleLabel: string;
	northLabel: string;
	legend: Array<{ kind: 'surveyed' | 'placeholder'; label: string }>;
}

export interface TrailPage {
	chrome: PageChrome;
	title: string;
	intro: string;
	items: TrailItem[];
	/** `undefined` for a trail without sites. */
	map: TrailMapView | undefined;
	/** What is known of the trail's length, honestly; `undefined` for fewer than two stops. */
	totalDistance: string | undefined;
	/** The GPX download; `undefined` for a trail without sites. */
	gpx: { href: string; label: string; fileName: string } | undefined;
}

// Under this a one-decimal figure reads "0.0 km"; say "right next to it" instead.
const NEARBY_KM = 0.05;

/** The list of sites in trail order, in one language, with its map, distances and GPX link. */
export function trailPageModel(trail: Trail, lang: Lang): TrailPage {
	const alternates = alternatesOf(trail.settings.baseUrl, trail.settings.languages, trailPath);
	const chrome = pageChrome(trail, lang, alternates);
	const legs = trailLegs(trail.sites.map((s) => s.data.location));
	const items = trail.sites.map((site, i): TrailItem => {
		const translation = lang === 'vi' ? undefined : site.translations[lang];
		return {
			position: i + 1,
			code: site.data.code,
			title: titleIn(site, lang),
			summary: translation?.data.summary ?? site.data.summary,
			href: sitePath(lang, site.slug),
			categoryLabel: t(lang, `category.${site.data.category}`),
			rankingLabel: t(lang, `ranking.${site.data.ranking}`),
			address: site.data.address,
			sample: site.data.sample,
			untranslated: lang !== 'vi' && !translation,
			placeholder: site.data.location.placeholder,
			distanceToNext: i < legs.legsKm.length ? legText(chrome.t, lang, legs.legsKm[i]) : undefined,
		};
	});
	return {
		chrome,
		title: chrome.siteName,
		intro: t(lang, 'trail.intro', { count: items.length }),
		items,
		map: mapView(trail.sites, chrome.t, lang),
		totalDistance: totalText(chrome.t, lang, legs),
		gpx: items.length ? { href: trailGpxPath(lang), label: t(lang, 'trail.gpx'), fileName: gpxFileName(trail, lang) } : undefined,
	};
}

/** The name the download is saved under: the trail's, so two trails' files do not clash in a phone's downloads. */
function gpxFileName(trail: Trail, lang: Lang): string {
	return `${slugify(trail.settings.name.vi) || 'tuyen'}${lang === 'vi' ? '' : `-${lang}`}.gpx`;
}

function legText(tr: Translator, lang: Lang, km: number | undefined): string {
	if (km === undefined) return tr('trail.distanceUnmeasured');
	if (km < NEARBY_KM) return tr('trail.distanceNearby');
	return tr('trail.distanceToNext', { distance: formatKm(lang, km) });
}

function totalText(tr: Translator, lang: Lang, { legsKm, measuredKm, measuredLegs }: TrailLegs): string | undefined {
	if (legsKm.length === 0) return undefined;
	const distance = formatKm(lang, measuredKm);
	if (measuredLegs === legsKm.length) return tr('trail.totalDistance', { distance });
	if (measuredLegs === 0) return tr('trail.totalDistanceNone', { legs: legsKm.length });
	return tr('trail.totalDistancePartial', { distance, measured: measuredLegs, legs: legsKm.length });
}

function mapView(sites: readonly SiteEntry[], tr: Translator, lang: Lang): TrailMapView | undefined {
	const map = trailMapModel(sites.map((s) => s.data.location));
	if (!map) return undefined;
	const kinds = (['surveyed', 'placeholder'] as const).filter((kind) => map.markers.some((m) => m.placeholder === (kind === 'placeholder')));
	return {
		...map,
		title: tr('trail.mapTitle'),
		description: tr('trail.mapDescription', { count: map.markers.length }),
		scaleLabel: formatKm(lang, map.scaleBar.lengthKm, { trimZero: true }),
		northLabel: tr('trail.mapNorth'),
		legend: kinds.map((kind) => ({ kind, label: tr(kind === 'surveyed' ? 'trail.surveyed' : 'trail.placeholder') })),
	};
}

/** The model of the trail's GPX file in one language: names and links as on that language's pages. */
export function trailGpxModel(trail: Trail, lang: Lang): GpxTrail {
	const page = trailPageModel(trail, lang);
	const { baseUrl } = trail.settings;
	const dates = trail.sites.map((s) => s.data.updated).sort();
	return {
		name: page.title,
		description: page.intro,
		url: absoluteUrl(baseUrl, trailPath(lang)),
		date: dates.at(-1),
		stops: page.items.map((item, i) => {
			const { lat, lng } = trail.sites[i]!.data.location;
			const description = item.placeholder ? `${t(lang, 'trail.placeholder')} · ${item.summary}` : item.summary;
			return { name: `${item.position}. ${item.title}`, description, url: absoluteUrl(baseUrl, item.href), lat, lng, type: item.categoryLabel };
		}),
	};
}

/** The GPX file of the trail in one language. */
export function trailGpx(trail: Trail, lang: Lang): string {
	return trailToGpx(trailGpxModel(trail, lang));
}
