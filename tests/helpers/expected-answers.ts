import { t } from '../../src/i18n/index.ts';
import { canonicalPathIn, type Lang, type Trail } from '../../src/core/index.ts';

/** What one request must get, on any host: written from the content, not from the host files. */
export interface ExpectedAnswer {
	path: string;
	/** Why this row is in the table, for test names. */
	what: string;
	status: 200 | 301 | 404;
	/** For a 301: where to. */
	location?: string;
	/** For a 200: the page's own address (its canonical link), which names the page. */
	canonicalPath?: string;
	/** For a 404: the heading of the not-found page in this language. */
	notFoundTitle?: string;
}

/**
 * The table every host is checked against, for a host that does not negotiate languages: every
 * code in capitals and small letters, with and without the slash, opens its Vietnamese page (a
 * live site's, or a retired site's) with status 200; old folder names redirect once; unknown
 * addresses get the not-found page.
 */
export function expectedAnswers(trail: Trail): ExpectedAnswer[] {
	const codes = [...trail.sites.map((s) => ({ code: s.data.code, folder: s.slug })), ...trail.retired.map((r) => ({ code: r.data.code, folder: r.data.folder }))];
	const spellings = (code: string) => [`/${code}`, `/${code}/`, `/${code.toLowerCase()}`, `/${code.toLowerCase()}/`];
	const moved = [...trail.sites.map((s) => ({ former: s.data.formerFolders ?? [], folder: s.slug })), ...trail.retired.map((r) => ({ former: r.data.formerFolders ?? [], folder: r.data.folder }))];
	return [
		...codes.flatMap(({ code, folder }) => spellings(code).map((path) => ({ path, what: `plaque ${code}`, status: 200 as const, canonicalPath: `/vi/${folder}/` }))),
		...moved.flatMap(({ former, folder }) =>
			former.flatMap((old) => trail.settings.languages.flatMap((lang) => [`/${lang}/${old}/`, `/${lang}/${old}`].map((path) => ({ path, what: `old address of ${folder}`, status: 301 as const, location: `/${lang}/${folder}/` })))),
		),
		{ path: '/DH99', what: 'an unknown code', status: 404, notFoundTitle: t('vi', '404.title') },
		{ path: '/vi/khong-co-trang-nay/', what: 'an unknown page', status: 404, notFoundTitle: t('vi', '404.title') },
	];
}

/** The page's own address, from its canonical link: `/vi/dinh-dam-ha/` (core's reading, as verify-live uses it). */
export const canonicalPathOf = canonicalPathIn;

/** The text of the first `<h1>`. */
export function headingOf(html: string): string | undefined {
	return /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]?.trim();
}

export function notFoundTitle(lang: Lang): string {
	return t(lang, '404.title');
}
