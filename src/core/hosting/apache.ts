/**
 * `.htaccess` for Apache hosting, the usual shared host: mod_rewrite serves a plaque's `/DH01`
 * in any case from the Vietnamese copy at `/DH01/` (no redirect; its inline script moves a visitor
 * to their language), old page addresses get one 301, mod_headers sets caching and security
 * headers, and mod_brotli or mod_deflate compress text where the host loaded them.
 */
import type { SiteRoutes } from '../links/routes.ts';
import { ADMIN_PATH, adminOwnHeaders, CACHE_RULES, HSTS, HTML_CACHE, OTHER_CACHE, securityHeaders } from './headers.ts';
import type { InlineCode } from './inline-code.ts';
import { COMPRESSIBLE_TYPES } from './compressible.ts';

const regexEscape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

export function htaccessFile(routes: SiteRoutes, code: InlineCode, baseUrl: string, adminPolicy?: string): string {
	return [
		`# Apache configuration for ${baseUrl}, written by \`npm run build\` (ditichso). Do not edit.`,
		'# Needs AllowOverride All (or FileInfo Indexes), mod_rewrite and mod_headers.',
		'Options -Indexes -MultiViews',
		'DirectoryIndex index.html',
		'AddDefaultCharset utf-8',
		'AddType application/manifest+json .webmanifest',
		'AddType application/gpx+xml .gpx',
		'ErrorDocument 404 /404.html',
		'',
		rewrites(routes),
		headers(code, new URL(baseUrl).protocol === 'https:', adminPolicy),
		compression(),
	].join('\n');
}

function rewrites(routes: SiteRoutes): string {
	const codes = routes.codes.map(({ code, neutralPath }) => `RewriteRule ^${code}/?$ ${neutralPath}index.html [NC,END]`);
	const moved = routes.moved.map(({ from, to }) => `RewriteRule ^${regexEscape(from.slice(1, -1))}/?$ ${to} [R=301,L]`);
	return `<IfModule mod_rewrite.c>
RewriteEngine On
# mod_dir would answer /DH01 with a redirect to /DH01/ before the rules below are read; the last
# rule gives every other folder its slash instead.
DirectorySlash Off
# Server configuration for other hosts is not a page.
RewriteRule ^_hosting/ - [R=404,L]
# Plaque short addresses: the page itself, whatever the case of the code.
${codes.join('\n')}
# Old page addresses: one redirect to where the page is now.
${moved.join('\n')}
RewriteCond %{REQUEST_FILENAME} -d
RewriteRule ^(.*[^/])$ /$1/ [R=301,L]
</IfModule>
`;
}

function headers(code: InlineCode, https: boolean, adminPolicy: string | undefined): string {
	const security = securityHeaders(code, https).filter(([name]) => name !== 'Strict-Transport-Security').map(([name, value]) => `Header always set ${name} "${value}"`);
	// HSTS only over HTTPS: sent over plain HTTP it would be ignored, or worse, cached by a proxy.
	const hsts = https ? [`Header always set Strict-Transport-Security "${HSTS}" "expr=%{HTTPS} == 'on'"`] : [];
	const cache = CACHE_RULES.map((rule) => `<If "%{REQUEST_URI} ${rule.exact !== undefined ? `== '${rule.exact}'` : `=~ m#^${rule.prefix}#`}">\n\tHeader set Cache-Control "${rule.value}"\n</If>`);
	const admin = adminPolicy === undefined ? [] : [`<If "%{REQUEST_URI} =~ m#^${ADMIN_PATH}#">`, ...adminOwnHeaders(adminPolicy).map(([name, value]) => `\tHeader always set ${name} "${value}"`), '</If>'];
	return `<IfModule mod_headers.c>
${[...security, ...hsts, ...admin].join('\n')}
Header set Cache-Control "${OTHER_CACHE}"
<FilesMatch "\\.html$">
	Header set Cache-Control "${HTML_CACHE}"
</FilesMatch>
${cache.join('\n')}
</IfModule>
`;
}

function compression(): string {
	const types = COMPRESSIBLE_TYPES.join(' ');
	return `<IfModule mod_brotli.c>
AddOutputFilterByType BROTLI_COMPRESS ${types}
</IfModule>
<IfModule !mod_brotli.c>
<IfModule mod_deflate.c>
AddOutputFilterByType DEFLATE ${types}
</IfModule>
</IfModule>
`;
}
