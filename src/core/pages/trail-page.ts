import type { Trail } from '../content/trail.ts';
import { sitePath, trailPath } from '../links/page-path.ts';
import type { Lang } from '../schema/index.ts';
import { t } from '../../i18n/index.ts';
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
}

export interface TrailPage {
	chrome: PageChrome;
	title: string;
	intro: string;
	items: TrailItem[];
}

/** The list of sites in trail order, in one language. */
export function trailPageModel(trail: Trail, lang: Lang): TrailPage {
	const alternates = alternatesOf(trail.settings.baseUrl, trail.settings.languages, trailPath);
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
		};
	});
	const chrome = pageChrome(trail, lang, alternates);
	return { chrome, title: chrome.siteName, intro: t(lang, 'trail.intro', { count: items.length }), items };
}
