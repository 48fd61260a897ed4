/**
 * The files that make a plain static host (GitHub Pages, any folder on a web server) keep the
 * promise with no configuration at all: every spelling of a short address as a file, and a small
 * page at each old address that sends the visitor on.
 */
import { t } from '../../i18n/index.ts';
import { absoluteUrl } from '../links/page-path.ts';
import type { SiteRoutes } from '../links/routes.ts';
import { isLang, LANG_TAGS, type Lang } from '../schema/language.ts';

export type StaticFile = { path: string; copyOf: string } | { path: string; text: string };

/** Paths relative to the output folder, with forward slashes. */
export function staticFallbackFiles(routes: SiteRoutes, baseUrl: string): StaticFile[] {
	const codes = routes.codes.flatMap(({ code, neutralPath }) => {
		const page = `${neutralPath.slice(1)}index.html`;
		const lower = code.toLowerCase();
		// `/DH01` is served from DH01.html on GitHub Pages without the redirect to `/DH01/`.
		const paths = new Set([`${code}.html`, `${lower}.html`, `${lower}/index.html`]);
		paths.delete(page);
		return [...paths].map((path) => ({ path, copyOf: page }));
	});
	const moved = routes.moved.map(({ from, to }) => ({ path: `${from.slice(1)}index.html`, text: movedPage(baseUrl, from, to) }));
	const host = new URL(baseUrl).hostname;
	// GitHub Pages: no Jekyll (it would hide folders starting with "_"), and the custom domain.
	return [...codes, ...moved, { path: '.nojekyll', text: '' }, { path: 'CNAME', text: `${host}\n` }];
}

/** A page that moved: the browser goes on at once; the link is for one that does not. */
export function movedPage(baseUrl: string, from: string, to: string): string {
	const first = from.split('/')[1] ?? '';
	const lang: Lang = isLang(first) ? first : 'vi';
	const href = absoluteUrl(baseUrl, to);
	const title = t(lang, 'redirect.title');
	return `<!doctype html>
<html lang="${LANG_TAGS[lang]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${to}">
<link rel="canonical" href="${href}">
<title>${title}</title>
</head>
<body>
<p><a href="${to}">${t(lang, 'redirect.link', { title: href })}</a></p>
</body>
</html>
`;
}
