/**
 * Every address the site must answer, from the content alone: the one table that the host
 * configurations (nginx, Apache, Netlify and Cloudflare Pages, plain static files) are written
 * from, so that they cannot disagree about where a plaque leads.
 */
import type { Trail } from '../content/trail.ts';
import type { Lang } from '../schema/language.ts';
import { codePath, sitePath } from './page-path.ts';

/** A plaque code and the pages it may open. */
export interface CodeRoute {
	code: string;
	/** The language-neutral copy at `/DH01/` (the Vietnamese page): what a plain static host serves. */
	neutralPath: string;
	/** The page in each offered language, Vietnamese first: what a negotiating host serves. */
	pages: Array<{ lang: Lang; path: string }>;
	/** True for a site taken off the trail: its pages say so and point elsewhere. */
	retired: boolean;
}

/** An old page address and the page that now answers for it. Both end with a slash. */
export interface MovedPage {
	from: string;
	to: string;
}

export interface SiteRoutes {
	languages: readonly Lang[];
	codes: CodeRoute[];
	moved: MovedPage[];
	/** The not-found page for a visitor whose language is unknown (every language on one page). */
	notFound: string;
	/** The not-found page in each language, for hosts that can choose. */
	notFoundByLang: Array<{ lang: Lang; path: string }>;
}

/** The not-found page of one language: `/en/404/`. */
export function notFoundPath(lang: Lang): string {
	return `/${lang}/404/`;
}

/** The table of every address, from a trail that passed its checks. */
export function siteRoutes(trail: Pick<Trail, 'settings' | 'sites' | 'retired'>): SiteRoutes {
	const { languages } = trail.settings;
	const pagesOf = (folder: string) => languages.map((lang) => ({ lang, path: sitePath(lang, folder) }));
	const live = trail.sites.map((site) => ({ code: site.data.code, folder: site.slug, former: site.data.formerFolders ?? [], retired: false }));
	const gone = trail.retired.map(({ data }) => ({ code: data.code, folder: data.folder, former: data.formerFolders ?? [], retired: true }));
	const all = [...live, ...gone];
	return {
		languages,
		codes: all.map((s) => ({ code: s.code, neutralPath: codePath(s.code), pages: pagesOf(s.folder), retired: s.retired })),
		moved: all.flatMap((s) => s.former.flatMap((old) => languages.map((lang) => ({ from: sitePath(lang, old), to: sitePath(lang, s.folder) })))),
		notFound: '/404.html',
		notFoundByLang: languages.map((lang) => ({ lang, path: notFoundPath(lang) })),
	};
}
