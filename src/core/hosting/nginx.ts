/**
 * An nginx server block for the built site, written from the route table. It serves a plaque's
 * `/DH01` (any case) with the page in the visitor's language and no redirect, sends old page
 * addresses on with one 301, answers unknown addresses with a 404 page in the visitor's language,
 * and sets the caching and security headers of `headers.ts`.
 */
import { createHash } from 'node:crypto';
import type { Lang } from '../schema/language.ts';
import type { SiteRoutes } from '../links/routes.ts';
import { acceptLanguagePattern, subtagsOf } from './accept-language.ts';
import { ADMIN_PATH, adminHeaders, CACHE_RULES, HTML_CACHE, OTHER_CACHE, securityHeaders } from './headers.ts';
import type { InlineCode } from './inline-code.ts';
import { COMPRESSIBLE_TYPES } from './compressible.ts';

export interface NginxOptions {
	baseUrl: string;
	/** Where the built site will live on the server. */
	root: string;
	/** The Content-Security-Policy of the content editor at /admin/, when the build has one. */
	adminPolicy?: string | undefined;
}

/** The whole file: maps (http level) and the server blocks. */
export function nginxConfig(routes: SiteRoutes, code: InlineCode, options: NginxOptions): string {
	const url = new URL(options.baseUrl);
	const https = url.protocol === 'https:';
	const v = variablePrefix(url.hostname);
	return [
		header(options, https),
		languageMaps(routes.languages, v),
		shortCodeMap(routes, v),
		movedMap(routes, v),
		notFoundMap(routes, v),
		cacheMap(v),
		varyMap(v),
		https ? httpToHttps(url.hostname, options.root) : '',
		server(url, code, options, v, https),
	]
		.filter(Boolean)
		.join('\n');
}

/** Map variables are global in nginx: a prefix from the host keeps two trails on one server apart. */
export function variablePrefix(hostname: string): string {
	return `ditichso_${hostname.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
}

function header(options: NginxOptions, https: boolean): string {
	return `# nginx configuration for ${options.baseUrl}, written by \`npm run build\` (ditichso).
# Do not edit: change the content and build again. Install (Debian or Ubuntu, as root):
#   apt install nginx libnginx-mod-http-brotli-static${https ? ' certbot' : ''}
#   copy dist/ to ${options.root}/ and this file to /etc/nginx/sites-enabled/ditichso.conf
${https ? `#   certbot certonly --webroot -w ${options.root} -d ${new URL(options.baseUrl).hostname}\n` : ''}#   nginx -t && systemctl reload nginx
# Without the brotli module, delete the line "brotli_static on;" (gzip still works).
`;
}

/** A short name for regex captures (which become nginx variables too): `dts_` and 8 hex digits of the prefix. */
function captureId(v: string): string {
	return `dts_${createHash('sha256').update(v).digest('hex').slice(0, 8)}_`;
}

/** The remembered choice (cookie `lang`) first, else the first offered language of Accept-Language. */
function languageMaps(languages: readonly Lang[], v: string): string {
	// PCRE2 before 10.44 (Debian 12, Ubuntu 24.04) refuses group names over 32 characters.
	const [c, a] = [`${captureId(v)}c`, `${captureId(v)}a`];
	const cookie = `~^(?<${c}>${languages.join('|')})\\|`;
	const accept = acceptLanguagePattern(languages, a).replace(/^\^/, '^[^|]*\\|');
	const lines = languages.map((lang) => `\t"~*^(?:${subtagsOf(lang).join('|')})$" ${lang};`);
	return `map "$cookie_lang|$http_accept_language" $${v}_subtag {
	"${cookie}" $${c};
	"~*${accept}" $${a};
	default ${languages[0]};
}
map $${v}_subtag $${v}_lang {
${lines.join('\n')}
	default ${languages[0]};
}
`;
}

/** `/DH01`, `/dh01/` → the file of the page in the visitor's language. Map strings ignore case. */
function shortCodeMap(routes: SiteRoutes, v: string): string {
	const lines = routes.codes.flatMap((route) => {
		const folder = route.pages[0]?.path.split('/')[2] ?? '';
		const target = `"/\${${v}_lang}/${folder}/index.html"`;
		return [`\t/${route.code} ${target};`, `\t/${route.code}/ ${target};`];
	});
	return `map $uri $${v}_short {\n\tdefault "";\n${lines.join('\n')}\n}\n`;
}

function movedMap(routes: SiteRoutes, v: string): string {
	const lines = routes.moved.flatMap(({ from, to }) => [`\t${from} ${to};`, `\t${from.replace(/\/$/, '')} ${to};`]);
	return `map $uri $${v}_moved {\n\tdefault "";\n${lines.join('\n')}\n}\n`;
}

/** A page under `/en/` gets the English 404; any other address, the visitor's language. */
function notFoundMap(routes: SiteRoutes, v: string): string {
	const byPath = routes.notFoundByLang.map(({ lang, path }) => `\t~^/${lang}/ ${path}index.html;`);
	return `map $uri $${v}_404 {\n${byPath.join('\n')}\n\tdefault /\${${v}_lang}/404/index.html;\n}\n`;
}

function cacheMap(v: string): string {
	const rules = CACHE_RULES.map((r) => (r.exact !== undefined ? `\t${r.exact} "${r.value}";` : `\t~^${r.prefix} "${r.value}";`));
	return `map $uri $${v}_cache {\n${rules.join('\n')}\n\t~(?:/|\\.html)$ "${HTML_CACHE}";\n\tdefault "${OTHER_CACHE}";\n}\n`;
}

/**
 * A short address and a not-found page answer by language and cookie, so shared caches must keep
 * one copy per pair.
 */
function varyMap(v: string): string {
	return `map "$status|$${v}_short" $${v}_vary {\n\t"~^404\\|" "Accept-Language, Cookie";\n\t"~^[^|]*\\|$" "";\n\tdefault "Accept-Language, Cookie";\n}\n`;
}

/** A location with add_header lines loses the server's, so /admin/ sets them all again. */
function adminLocation(site: ReadonlyArray<[string, string]>, adminPolicy: string, v: string): string {
	const headers = adminHeaders(site, adminPolicy).map(([name, value]) => `add_header ${name} "${value}" always;`);
	return `
	location ^~ ${ADMIN_PATH} {
		${headers.join('\n\t\t')}
		add_header Cache-Control $${v}_cache always;
		try_files $uri $uri/ =404;
	}`;
}

function httpToHttps(hostname: string, root: string): string {
	return `server {
	listen 80;
	listen [::]:80;
	server_name ${hostname};
	# Certificate renewals (certbot --webroot) are answered here; everything else moves to https.
	location /.well-known/acme-challenge/ { root ${root}; }
	location / { return 301 https://$host$request_uri; }
}
`;
}

function server(url: URL, code: InlineCode, { root, adminPolicy }: NginxOptions, v: string, https: boolean): string {
	const listen = https ? ['listen 443 ssl http2;', 'listen [::]:443 ssl http2;', `ssl_certificate /etc/letsencrypt/live/${url.hostname}/fullchain.pem;`, `ssl_certificate_key /etc/letsencrypt/live/${url.hostname}/privkey.pem;`] : ['listen 80;', 'listen [::]:80;'];
	const headers = securityHeaders(code, https).map(([name, value]) => `add_header ${name} "${value}" always;`);
	return `server {
	${listen.join('\n\t')}
	server_name ${url.hostname};
	root ${root};
	index index.html;
	charset utf-8;
	charset_types text/css application/javascript application/xml image/svg+xml application/manifest+json application/gpx+xml text/plain;
	absolute_redirect off;
	server_tokens off;

	# Every header is set here, at server level, once: nginx drops server-level add_header lines
	# in any location that has its own.
	${headers.join('\n\t')}
	add_header Cache-Control $${v}_cache always;
	add_header Vary $${v}_vary always;

	# Files written at build time, .br and .gz beside each text file; gzip on the fly for the rest.
	brotli_static on;
	gzip_static on;
	gzip on;
	gzip_vary on;
	gzip_types ${COMPRESSIBLE_TYPES.filter((t) => t !== 'text/html').join(' ')};

	error_page 404 $${v}_404;

	# An old page address: one redirect to where the page is now.
	if ($${v}_moved) { return 301 $${v}_moved$is_args$args; }

	location / {
		# A plaque's short address: the page itself, in the visitor's language, with no redirect.
		try_files $${v}_short $uri $uri/ =404;
	}
	# Two kinds that nginx's mime.types lacks; \`types\` here would replace the whole list.
	location ~ \\.webmanifest$ { types { } default_type application/manifest+json; }
	location ~ \\.gpx$ { types { } default_type application/gpx+xml; }
	location ^~ /_hosting/ { return 404; }${adminPolicy === undefined ? '' : adminLocation(securityHeaders(code, https), adminPolicy, v)}
	location ~ /\\.(?!well-known/) { return 404; }
}
`;
}
