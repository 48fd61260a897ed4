/**
 * `_redirects` and `_headers` for Netlify and Cloudflare Pages, which read the same two files from
 * the published folder. Only what both understand: no language conditions and no forced rules
 * (Cloudflare has neither). Short addresses need no rule: both hosts serve `/DH01` from the
 * `DH01.html` that the build writes for plain hosts (and `/dh01` from `dh01.html`), with status
 * 200, and the page's inline script moves a visitor to their language: at most one redirect.
 *
 * Old page addresses get a 301 on Cloudflare, whose rules run before its files. Netlify lets a file
 * win over a rule not forced with `!`, so there the small page the build leaves at the old address
 * answers, and sends the browser on at once (`<meta http-equiv="refresh">`): still one hop.
 */
import type { SiteRoutes } from '../links/routes.ts';
import { ADMIN_PATH, adminOwnHeaders, CACHE_RULES, securityHeaders } from './headers.ts';
import type { InlineCode } from './inline-code.ts';

/** One 301 per old page address, with and without its final slash (Cloudflare matches exactly). */
export function redirectsFile(routes: SiteRoutes, baseUrl: string): string {
	const moved = routes.moved.flatMap(({ from, to }) => [`${from.replace(/\/$/, '')} ${to} 301`, `${from} ${to} 301`]);
	return [`# Netlify and Cloudflare Pages rules for ${baseUrl}, written by \`npm run build\` (ditichso). Do not edit.`, '# Old page addresses: one redirect to where the page is now.', ...moved, ''].join('\n');
}

/**
 * Headers by path. Where several blocks match, Cloudflare joins a repeated name with a comma and
 * Netlify keeps the later one, so no name is set twice for a path: Cache-Control only for the
 * folders of hashed files; pages keep the hosts' own default (revalidate every time), which is
 * short caching already.
 */
export function headersFile(code: InlineCode, baseUrl: string, adminPolicy?: string): string {
	const https = new URL(baseUrl).protocol === 'https:';
	const block = (pattern: string, lines: ReadonlyArray<[string, string]>) => [pattern, ...lines.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
	const cached = CACHE_RULES.map((rule) => block(rule.exact ?? `${rule.prefix}*`, [['Cache-Control', rule.value]]));
	return [
		`# Netlify and Cloudflare Pages headers for ${baseUrl}, written by \`npm run build\` (ditichso). Do not edit.`,
		block('/*', securityHeaders(code, https)),
		...cached,
		...(adminPolicy === undefined ? [] : [adminBlock(adminPolicy)]),
		'',
	].join('\n');
}

/**
 * The editor's own policy. Cloudflare would join it to the site's with a comma (both enforced), so
 * the site's are detached first (`! Name`, Cloudflare's syntax, which Netlify ignores); Netlify
 * keeps the later block's value.
 */
function adminBlock(adminPolicy: string): string {
	const own = adminOwnHeaders(adminPolicy);
	return [`${ADMIN_PATH}*`, ...own.map(([name]) => `  ! ${name}`), ...own.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
}
