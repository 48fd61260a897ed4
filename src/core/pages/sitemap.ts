import type { SiteEntry, Trail } from '../content/trail.ts';
import { absoluteUrl, sitePath, trailPath } from '../links/page-path.ts';
import type { Lang } from '../schema/index.ts';
import { alternatesOf } from './alternates.ts';

/**
 * /sitemap.xml: every trail page and site page in every language, each listing all its language
 * versions (and Vietnamese as x-default), as Base.astro's `hreflang` links do. The short-URL
 * copies (`/DH01/`) and the bare `/` are left out: their canonical is another page.
 */
export function sitemapXml(trail: Pick<Trail, 'settings' | 'sites'>): string {
	const { baseUrl, languages } = trail.settings;
	const trailLastmod = latest(trail.sites.flatMap((site) => languages.map((lang) => lastmodOf(site, lang))));
	const entries = [
		...languages.map((lang) => entry(baseUrl, languages, lang, trailPath, trailLastmod)),
		...trail.sites.flatMap((site) => languages.map((lang) => entry(baseUrl, languages, lang, (l) => sitePath(l, site.slug), lastmodOf(site, lang)))),
	];
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
		...entries,
		'</urlset>',
		'',
	].join('\n');
}

function entry(baseUrl: string, languages: readonly Lang[], lang: Lang, pathFor: (lang: Lang) => string, lastmod: string | undefined): string {
	const alternates = alternatesOf(baseUrl, languages, pathFor);
	const links = alternates.map((a) => link(a.tag, a.href));
	const vi = alternates.find((a) => a.lang === 'vi');
	if (vi) links.push(link('x-default', vi.href));
	const modified = lastmod ? `<lastmod>${lastmod}</lastmod>` : '';
	return `<url><loc>${escapeXml(absoluteUrl(baseUrl, pathFor(lang)))}</loc>${modified}${links.join('')}</url>`;
}

function link(hreflang: string, href: string): string {
	return `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(href)}"/>`;
}

/** The page in `lang` shows the facts of vi.md and the text of its translation: whichever changed last. */
function lastmodOf(site: SiteEntry, lang: Lang): string {
	const translated = lang === 'vi' ? undefined : site.translations[lang]?.data.updated;
	return latest([site.data.updated, translated]) ?? site.data.updated;
}

/** Dates are YYYY-MM-DD, so the greatest string is the latest date. */
function latest(dates: ReadonlyArray<string | undefined>): string | undefined {
	return dates.filter((d): d is string => d !== undefined).sort().at(-1);
}

function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** robots.txt: everything may be crawled, and the sitemap says where the pages are. */
export function robotsTxt(settings: Pick<Trail['settings'], 'baseUrl'>): string {
	// The content editor is not a page for search engines.
	return `User-agent: *\nAllow: /\nDisallow: /admin/\nSitemap: ${absoluteUrl(settings.baseUrl, '/sitemap.xml')}\n`;
}
