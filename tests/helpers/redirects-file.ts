import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

// Netlify and Cloudflare Pages read a `_redirects` and a `_headers` file from the published folder.
// We cannot run either host, so this answers a request the way each one does, for the common
// subset of the two files, and refuses (with the line number) what a host would refuse, ignore or
// read differently than written, so a generator bug shows up in a test.
//
// Sources, read for this file:
// - Netlify: https://docs.netlify.com/routing/redirects/ (syntax, first match wins, case-sensitive,
//   url-encoded paths), .../redirects/redirect-options/ (301 default; 302 "instead of 307, which
//   is currently unsupported"; 404; 200; 404.html for any failed path; the older page: 301, 302 and
//   303 redirect, any other status renders the target), .../redirects/rewrites-proxies/ (shadowing:
//   a file at the path wins unless `!`; one hop; looping rules ignored),
//   https://docs.netlify.com/platform/request-chain (redirects behave as fallbacks: shadowing
//   applies to every rule), https://docs.netlify.com/routing/headers/ (`_headers`), and the code
//   of netlify/build (`packages/redirect-parser/src/line_parser.js`,
//   `packages/headers-parser/src/{line_parser,for_regexp,normalize}.ts`) and of netlify/cli
//   (`src/utils/proxy.ts`: the files tried for a path; `src/utils/headers.ts`: later matching
//   header rules override earlier ones; `src/utils/rules-proxy.ts`: the Language condition).
//   Netlify's redirect engine itself is not public; where the docs are silent this follows
//   `netlify dev`.
// - Cloudflare Pages: https://developers.cloudflare.com/pages/configuration/redirects/ (302
//   default; 200/301/302/303/307/308; 2,000 static + 100 dynamic rules; 1,000 characters a rule;
//   one splat; proxying only to relative URLs; "redirects are always followed, regardless of
//   whether or not an asset matches"), .../pages/configuration/headers/ (blocks, `! Name` detach,
//   all matching rules apply, values joined with a comma, 100 rules, 2,000 characters a line),
//   .../pages/configuration/serving-pages/ (`.html` dropped by redirect, nested 404.html, SPA
//   fallback without a 404.html, default headers), .../pages/platform/limits/ (20,000 files,
//   25 MiB a file), and the code that wrangler and Pages share in cloudflare/workers-sdk
//   (`packages/pages-shared/metadata-generator/{parseRedirects,parseHeaders,validateURL,constants}.ts`,
//   `packages/pages-shared/asset-server/{handler,rulesEngine}.ts`).
//
// Where the two differ (all implemented, chosen by `host`):
// - default status: Netlify 301, Cloudflare 302;
// - statuses: Netlify 200, 301, 302, 303, 404 (307 documented unsupported, 308 not documented);
//   Cloudflare 200, 301, 302, 303, 307, 308 (no 404 rewrite);
// - shadowing: on Netlify a file at the requested path wins over any rule not forced with `!`;
//   on Cloudflare rules run before files, always (and `!` is not accepted);
// - trailing slash: Netlify matches `/a` and `/a/` alike (its CDN normalizes first; so, as
//   modelled here, `/news/*` also matches `/news`); Cloudflare matches the path exactly;
// - a 200 rewrite: Netlify serves the target's file; Cloudflare serves the target path through its
//   whole HTML handling, so a target like `/a/index.html` answers a 308 to `/a/`;
// - paths to files: Netlify `/a` → `a`, `a.html`, else 301 to `/a/` for `a/index.html`; `/a/` →
//   `a/index.html`, else `a.html` (as `netlify dev` tries them; with the old "Pretty URLs" option
//   Netlify redirected `/a/` and `/a.html` to `/a` instead); `.html` URLs served as they are
//   (`.htm` alternatives are left out). Cloudflare `/a.html` → 308
//   `/a`, `/a/index.html` → 308 `/a/`, `/a/` without `a/index.html` but with `a.html` → 308 `/a`,
//   `/a` → `a.html`, else 308 to `/a/` for `a/index.html`;
// - not found: Netlify serves the root 404.html with 404; Cloudflare the nearest 404.html up the
//   path, and with no 404.html at all it serves /index.html with 200 (a single-page app);
// - headers: Netlify matches header paths case-insensitively with an optional trailing slash, a
//   later matching block replaces a header of an earlier one, and only served files get them;
//   Cloudflare matches exactly, joins the values of all matching blocks, applies them to every
//   answer (redirects too), fills `:splat`/`:name` in values and can detach a header (`! Name`);
// - Cloudflare also refuses duplicate sources, absolute sources, `http://` targets, more than
//   three fields on a line (so no inline comments or conditions) and enforces its limits.
// Both: first matching rule wins, `#` comments, paths are case-sensitive, the query string is
// passed on to a redirect target that has none, a rewrite is one hop, `_redirects` and `_headers`
// are not served.

export type RedirectsHostName = 'netlify' | 'cloudflare';

/** Throws the error for the line at hand. */
type Fail = (message: string) => never;

export interface RedirectRule {
	/** 1-based line in `_redirects`. */
	line: number;
	/** The source path, url-encoded, with `*` and `:name` as written. */
	from: string;
	/** The target path or URL, with `:splat` and `:name` as written. */
	to: string;
	status: number;
	/** Netlify's `!`: the rule applies even where a file exists. */
	force: boolean;
	/** Netlify's `Language=vi,en`: the two-letter codes, lower case. */
	languages?: string[];
	/** A splat or a placeholder in `from` (Cloudflare counts these apart). */
	dynamic: boolean;
}

export interface HeaderRule {
	line: number;
	/** The path pattern, with `*` and `:name`; on Cloudflare possibly `https://host/path`. */
	path: string;
	/** Header names in lower case → value (a name repeated in the block: values joined by `, `). */
	set: Record<string, string>;
	/** Cloudflare's `! Name`: header names (lower case) removed from the answer. */
	unset: string[];
}

export interface HostAnswer {
	status: number;
	/** The `Location` of a redirect, as the host sends it (a path for the same site). */
	location?: string;
	/** The file of the built folder that makes the body, relative and with `/`: `a/index.html`. */
	file?: string;
	/** That file as UTF-8 text. */
	body?: string;
	/** Response headers in lower case: the host's documented defaults, then `_headers`. */
	headers: Record<string, string>;
}

export interface RedirectsHost {
	host: RedirectsHostName;
	redirects: RedirectRule[];
	headerRules: HeaderRule[];
	/**
	 * Answers a GET for `url`: a path (`/DH01?x=1`), or an absolute URL where the host name matters
	 * (Cloudflare `https://…` header rules). Only `accept-language` is read from `headers`
	 * (Netlify's `Language=` condition).
	 */
	request: (url: string, headers?: Record<string, string>) => Promise<HostAnswer>;
}

export class RedirectsFileError extends Error {
	readonly file: '_redirects' | '_headers';
	readonly line: number;
	constructor(file: '_redirects' | '_headers', line: number, text: string, message: string, host: RedirectsHostName) {
		super(`${file} line ${line} (${host}): ${message}${text ? `\n  ${text}` : ''}`);
		this.name = 'RedirectsFileError';
		this.file = file;
		this.line = line;
	}
}

const NETLIFY_STATUSES = new Set([200, 301, 302, 303, 404]);
const CLOUDFLARE_STATUSES = new Set([200, 301, 302, 303, 307, 308]);
const CLOUDFLARE_LIMITS = { staticRedirects: 2000, dynamicRedirects: 100, redirectLength: 1000, headerRules: 100, headerLineLength: 2000, files: 20_000, fileBytes: 25 * 1024 * 1024 };
const PLACEHOLDER = /:([A-Za-z]\w*)/g;
/** Files a host reads instead of serving. */
const NOT_SERVED: Record<RedirectsHostName, RegExp> = {
	netlify: /^(_redirects|_headers)$/,
	cloudflare: /^(_redirects|_headers|_routes\.json|_worker\.js)$|(^|\/)(\.DS_Store|node_modules|\.git)(\/|$)/,
};

/** One meaningful line of a file: its number and its trimmed text (blank and `#` lines dropped). */
function meaningfulLines(text: string): { line: number; text: string }[] {
	return text
		.split('\n')
		.map((raw, index) => ({ line: index + 1, text: raw.trim() }))
		.filter(({ text: t }) => t !== '' && !t.startsWith('#'));
}

/** `/caf%C3%A9` for `/café`: the path the way a request carries it; query and fragment kept apart. */
function encodedUrl(token: string): { pathname: string; search: string; hash: string } {
	const url = new URL(token, 'http://placeholder.invalid');
	return { pathname: url.pathname, search: url.search, hash: url.hash };
}

function isAbsolute(token: string): boolean {
	return /^https?:\/\//.test(token);
}

function checkPattern(from: string, fail: Fail): void {
	const names = [...from.matchAll(PLACEHOLDER)].map((m) => m[1]);
	const repeated = names.find((name, index) => names.indexOf(name) !== index);
	if (repeated) fail(`the placeholder :${repeated} is used twice; each name can be used once`);
	if ((from.match(/\*/g) ?? []).length > 1) fail('only one splat (*) is allowed in a path');
}

/** Parses `_redirects` as `host` reads it; throws a `RedirectsFileError` on a line it would refuse. */
export function parseRedirects(text: string, host: RedirectsHostName): RedirectRule[] {
	return host === 'netlify' ? parseNetlifyRedirects(text) : parseCloudflareRedirects(text);
}

function parseNetlifyRedirects(text: string): RedirectRule[] {
	const rules: RedirectRule[] = [];
	for (const { line, text: lineText } of meaningfulLines(text)) {
		const fail: Fail = (message) => {
			throw new RedirectsFileError('_redirects', line, lineText, message, 'netlify');
		};
		let tokens = lineText.split(/\s+/);
		const comment = tokens.findIndex((token) => token.startsWith('#'));
		if (comment !== -1) tokens = tokens.slice(0, comment);
		const [from = '', ...rest] = tokens;
		if (rest.length === 0) fail('missing destination path/URL');
		const forward = /^\d/.test(rest[0] ?? '');
		const toIndex = forward ? -1 : rest.findIndex((token) => token.startsWith('/') || isAbsolute(token));
		if (!forward && toIndex === -1) fail('the destination path/URL must start with "/", "http:" or "https:"');
		if (toIndex > 0) fail(`matching query parameters (${rest.slice(0, toIndex).join(' ')}) is not supported by this interpreter`);
		const [statusPart, ...conditionParts] = rest.slice(toIndex + 1);
		if (statusPart !== undefined && !/^\d{3}!?$/.test(statusPart)) fail(`the status must be three digits, optionally followed by "!"; got ${statusPart}`);
		const status = statusPart === undefined ? 301 : Number.parseInt(statusPart, 10);
		if (status === 307) fail('Netlify documents 307 as unsupported ("use 302 instead of 307")');
		if (!NETLIFY_STATUSES.has(status)) fail(`status ${status} is not one Netlify documents for a rule (200, 301, 302, 303, 404)`);
		const languages = netlifyLanguages(conditionParts, fail);
		if (!from.startsWith('/')) fail(isAbsolute(from) ? 'domain-level rules (a URL as the source) are not supported by this interpreter' : 'the source must be a path starting with "/"');
		if (from.startsWith('/.netlify')) fail('the source must not start with /.netlify');
		if (encodedUrl(from).pathname !== from) fail(`special characters in paths must be url-encoded (${encodedUrl(from).pathname}), and the path may not hold ? or #`);
		if (/\*/.test(from) && !/\/\*$/.test(from)) fail('a splat must be the last part of the path, as in /news/*');
		checkPattern(from, fail);
		let to = forward ? undefined : rest[toIndex];
		if (to === undefined) {
			if (!from.endsWith('/*') || status !== 200) fail('missing destination: only a /* source with status 200 may leave it out');
			to = from.replace(/\/\*$/, '/:splat');
		}
		if (status === 200 && isAbsolute(to)) fail('proxying to another site (a 200 to a URL) is not supported by this interpreter');
		const dynamic = /\*|:\w/.test(from);
		if (!dynamic && !isAbsolute(to) && !to.includes('?') && trimSlash(encodedUrl(to).pathname) === trimSlash(from)) {
			fail('the source and the target are the same location (trailing slashes do not count on Netlify): Netlify ignores looping rules');
		}
		const rule: RedirectRule = { line, from, to, status, force: statusPart?.endsWith('!') ?? false, dynamic };
		if (languages) rule.languages = languages;
		rules.push(rule);
	}
	return rules;
}

function netlifyLanguages(parts: string[], fail: Fail): string[] | undefined {
	let languages: string[] | undefined;
	for (const part of parts) {
		const [key, value = ''] = part.split('=');
		if (key === 'Language' && /^[A-Za-z]{2}(,[A-Za-z]{2})*$/.test(value)) languages = value.toLowerCase().split(',');
		else if (key === 'Language') fail(`Language= takes two-letter codes separated by commas in this interpreter; got ${value}`);
		else fail(`the condition ${part} is not supported by this interpreter (only Language=)`);
	}
	return languages;
}

function parseCloudflareRedirects(text: string): RedirectRule[] {
	const rules: RedirectRule[] = [];
	const seen = new Set<string>();
	let staticCount = 0;
	let dynamicCount = 0;
	for (const { line, text: lineText } of meaningfulLines(text)) {
		const fail: Fail = (message) => {
			throw new RedirectsFileError('_redirects', line, lineText, message, 'cloudflare');
		};
		if (lineText.length > CLOUDFLARE_LIMITS.redirectLength) fail(`a rule is limited to ${CLOUDFLARE_LIMITS.redirectLength} characters (this one has ${lineText.length})`);
		const tokens = lineText.split(/\s+/);
		if (tokens.length < 2 || tokens.length > 3) fail(`expected exactly 2 or 3 whitespace-separated fields, got ${tokens.length} (no inline comments, conditions or query matching on Cloudflare)`);
		const [rawFrom = '', rawTo = '', statusPart = '302'] = tokens;
		if (/^[a-z][a-z0-9+.-]*:\/\//i.test(rawFrom)) fail('only relative URLs are allowed as the source');
		const source = encodedUrl(rawFrom.startsWith('/') ? rawFrom : `/${rawFrom}`);
		if (source.search || source.hash) fail(`Cloudflare drops the ${source.search ? 'query' : 'fragment'} of a source and would match ${source.pathname} alone`);
		const from = source.pathname;
		checkPattern(from, fail);
		// As Cloudflare counts: every rule after the first splat or placeholder is dynamic.
		const dynamic = dynamicCount > 0 || /\*|:\w/.test(from);
		if (dynamic && ++dynamicCount > CLOUDFLARE_LIMITS.dynamicRedirects) fail(`more than ${CLOUDFLARE_LIMITS.dynamicRedirects} dynamic rules (with a splat or placeholder, or after the first such rule)`);
		if (!dynamic && ++staticCount > CLOUDFLARE_LIMITS.staticRedirects) fail(`more than ${CLOUDFLARE_LIMITS.staticRedirects} static rules`);
		let to: string;
		if (/^https:\/\/+[^/]/.test(rawTo)) to = rawTo;
		else if (rawTo.startsWith('/')) {
			const target = encodedUrl(rawTo);
			to = target.pathname + target.search + target.hash;
		} else fail('the target must be relative (begin with "/") or use HTTPS (begin with "https://")');
		if (!/^\d+$/.test(statusPart) || !CLOUDFLARE_STATUSES.has(Number(statusPart))) fail(`valid status codes are 200, 301, 302 (default), 303, 307 or 308; got ${statusPart}`);
		const status = Number(statusPart);
		if (seen.has(from)) fail(`a second rule for ${from}: Cloudflare ignores it`);
		seen.add(from);
		if (status === 200 && !to.startsWith('/')) fail(`a proxy (200) can only point to a relative path; got ${to}`);
		rules.push({ line, from, to, status, force: false, dynamic });
	}
	return rules;
}

/** Parses `_headers` as `host` reads it; throws a `RedirectsFileError` on a line it would refuse. */
export function parseHeaders(text: string, host: RedirectsHostName): HeaderRule[] {
	const rules: HeaderRule[] = [];
	let current: HeaderRule | undefined;
	const close = () => {
		if (current && Object.keys(current.set).length === 0 && current.unset.length === 0) {
			throw new RedirectsFileError('_headers', current.line, current.path, 'no headers for this path', host);
		}
	};
	for (const { line, text: lineText } of meaningfulLines(text)) {
		const fail: Fail = (message) => {
			throw new RedirectsFileError('_headers', line, lineText, message, host);
		};
		if (host === 'cloudflare' && lineText.length > CLOUDFLARE_LIMITS.headerLineLength) fail(`a line is limited to ${CLOUDFLARE_LIMITS.headerLineLength} characters`);
		const isPath = host === 'netlify' ? lineText.startsWith('/') : /^(\S+:\/\/|\/)/.test(lineText);
		if (isPath) {
			close();
			if (host === 'cloudflare' && rules.length >= CLOUDFLARE_LIMITS.headerRules) fail(`more than ${CLOUDFLARE_LIMITS.headerRules} header rules`);
			current = { line, path: headerPath(lineText, host, fail), set: {}, unset: [] };
			if (host === 'cloudflare' && rules.some((rule) => rule.path === current?.path)) fail(`a second block for ${current.path}: on Cloudflare it replaces the first`);
			rules.push(current);
			continue;
		}
		if (!lineText.includes(':')) {
			if (host === 'cloudflare' && current && lineText.startsWith('! ')) {
				current.unset.push(lineText.slice(2).trim().toLowerCase());
				continue;
			}
			// Netlify has no detach syntax and skips such a line (a line without a colon is no header), so
			// a file written for both hosts may hold one under a path.
			if (host === 'netlify' && current && lineText.startsWith('! ')) continue;
			if (lineText.startsWith('!')) fail(host === 'netlify' ? 'a "! Name" line outside a path block' : 'detach a header with "! Name" under a path');
			fail(current ? 'expected a colon-separated header pair (Name: value)' : 'expected a path beginning with "/"');
		}
		const [rawName = '', ...rawValue] = lineText.split(':');
		const name = rawName.trim().toLowerCase();
		let value = rawValue.join(':').trim();
		if (name === '') fail('no header name');
		if (/\s/.test(name)) fail('a header name cannot include spaces');
		if (value === '') fail('no header value');
		if (!current) fail('a path must come before the header');
		if (host === 'netlify') value = value.split(/\s*,\s*/).join(', ');
		const before = current.set[name];
		current.set[name] = before === undefined ? value : `${before}, ${value}`;
	}
	close();
	return rules;
}

function headerPath(lineText: string, host: RedirectsHostName, fail: Fail): string {
	if (host === 'netlify') return lineText;
	checkPattern(lineText, fail);
	const absolute = /^https:\/\/+(?<host>[^/]+)\/?(?<rest>.*)$/.exec(lineText);
	if (absolute?.groups) {
		if (/:\d+$/.test(absolute.groups['host'] ?? '')) fail('specifying a port is not supported');
		return `https://${absolute.groups['host']}${encodedUrl(`/${absolute.groups['rest'] ?? ''}`).pathname}`;
	}
	if (!lineText.startsWith('/')) fail('URLs must be relative (begin with "/") or use HTTPS (begin with "https://")');
	return encodedUrl(lineText).pathname;
}

function escapeRegExp(text: string): string {
	return text.replace(/[/\\^$*+?.()|[\]{}]/g, '\\$&');
}

/** `:name` (already escaped text around it) → a named group for one path segment. */
function withPlaceholders(escaped: string, segment = '[^/]+'): string {
	return escaped.replace(PLACEHOLDER, (_, name: string) => `(?<${name}>${segment})`);
}

/**
 * The regular expression Cloudflare builds from a rule's path (redirects and headers alike): the
 * splat takes anything, a placeholder one path segment, or one label in the host name.
 */
function cloudflarePattern(rulePath: string): RegExp {
	const absolute = /^(https:\/\/[^/]*)(.*)$/.exec(rulePath);
	const [hostPart = '', pathPart = ''] = absolute ? [absolute[1], absolute[2]] : ['', rulePath];
	const part = (text: string, segment: string) => withPlaceholders(text.split('*').map(escapeRegExp).join('(?<splat>.*)'), segment);
	return new RegExp(`^${part(hostPart, '[^/.]+')}${part(pathPart, '[^/]+')}$`);
}

/** Netlify's redirect source, matched against a path without its trailing slash. */
function netlifyRedirectPattern(from: string): RegExp {
	const splat = from.endsWith('/*');
	const base = trimSlash(splat ? from.slice(0, -2) || '/' : from);
	const body = base === '/' && splat ? '' : withPlaceholders(escapeRegExp(base));
	return new RegExp(`^${body}${splat ? '(?:/(?<splat>.*))?' : ''}$`);
}

/** Netlify's header path: per segment, `*` alone optional with its slash, case-insensitive. */
function netlifyHeaderPattern(rulePath: string): RegExp {
	const parts = rulePath
		.split('/')
		.map((part) => part.trimEnd())
		.filter(Boolean)
		.map((part) => (part.startsWith(':') ? '([^/]+)' : part === '*' ? '?(.*)' : part.includes('*') ? part.split('*').map(escapeRegExp).join('(.*)') : escapeRegExp(part)));
	return new RegExp(`^/${parts.join('/')}/?$`, 'iu');
}

function trimSlash(pathname: string): string {
	return pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
}

function fill(template: string, groups: Record<string, string | undefined>): string {
	let out = template;
	for (const [name, value] of Object.entries(groups)) out = out.replaceAll(`:${name}`, value ?? '');
	return out;
}

/** The headers `_headers` gives a request for `url`, over `base` (the host's own headers). */
export function headersFor(rules: HeaderRule[], url: string, host: RedirectsHostName, base: Record<string, string> = {}): Record<string, string> {
	const { pathname, hostname } = new URL(url, 'http://localhost');
	const headers = { ...base };
	if (host === 'netlify') {
		for (const rule of rules) if (netlifyHeaderPattern(rule.path).test(pathname)) Object.assign(headers, rule.set);
		return headers;
	}
	const setHere = new Set<string>();
	for (const rule of rules) {
		const match = cloudflarePattern(rule.path).exec(rule.path.startsWith('https://') ? `https://${hostname}${pathname}` : pathname);
		if (!match) continue;
		for (const name of rule.unset) {
			delete headers[name];
			setHere.delete(name);
		}
		for (const [name, value] of Object.entries(rule.set)) {
			const filled = fill(value, match.groups ?? {});
			headers[name] = setHere.has(name) ? `${headers[name]}, ${filled}` : filled;
			setHere.add(name);
		}
	}
	return headers;
}

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html',
	'.htm': 'text/html',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.xml': 'application/xml',
	'.gpx': 'application/gpx+xml',
	'.txt': 'text/plain',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.mp3': 'audio/mpeg',
	'.m4a': 'audio/mp4',
	'.pdf': 'application/pdf',
	'.zip': 'application/zip',
};

/** `/Đình làng/` → `/%C4%90%C3%ACnh%20l%C3%A0ng/`: a decoded path made fit for a Location. */
function encodePath(decoded: string): string {
	return decoded.split('/').map(encodeURIComponent).join('/');
}

function decodePath(pathname: string): string {
	try {
		return decodeURIComponent(pathname);
	} catch {
		return pathname;
	}
}

/** What a request comes to before `_headers`: a file, a redirect, or nothing. */
type Outcome = { status: number; file?: string; location?: string };

/**
 * Reads `distDir` (its files, `_redirects` and `_headers`) and answers requests as `host` would.
 * Throws a `RedirectsFileError` for a line the host would refuse, and for Cloudflare an error when
 * the folder breaks its file limits.
 */
export async function loadRedirectsHost(distDir: string, host: RedirectsHostName): Promise<RedirectsHost> {
	const read = (name: string) => readFile(path.join(distDir, name), 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? '' : Promise.reject(error)));
	const redirects = parseRedirects(await read('_redirects'), host);
	const headerRules = parseHeaders(await read('_headers'), host);
	const files = new Set<string>();
	for (const entry of await readdir(distDir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const relative = path.relative(distDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
		if (!NOT_SERVED[host].test(relative)) files.add(`/${relative}`);
	}
	if (host === 'cloudflare') await checkCloudflareFiles(distDir, files);
	const has = (decoded: string) => files.has(decoded);

	const netlifyStatic = (decoded: string, pathname: string, search: string): Outcome | undefined => {
		if (decoded.endsWith('/')) {
			if (has(`${decoded}index.html`)) return { status: 200, file: `${decoded}index.html` };
			if (decoded !== '/' && has(`${decoded.slice(0, -1)}.html`)) return { status: 200, file: `${decoded.slice(0, -1)}.html` };
			return undefined;
		}
		if (has(decoded)) return { status: 200, file: decoded };
		if (has(`${decoded}.html`)) return { status: 200, file: `${decoded}.html` };
		if (has(`${decoded}/index.html`)) return { status: 301, location: `${pathname}/${search}` };
		return undefined;
	};
	// A rewrite's or a 404 rule's target: the file behind it, without redirects.
	const netlifyTarget = (decoded: string): string | undefined =>
		[decoded, `${decoded}.html`, `${decoded.replace(/\/$/, '')}/index.html`, decoded.endsWith('/') && decoded !== '/' ? `${decoded.slice(0, -1)}.html` : ''].find((file) => file && has(file));
	const netlifyNotFound = (): Outcome => (has('/404.html') ? { status: 404, file: '/404.html' } : { status: 404 });

	const netlify = (url: URL, requestHeaders: Record<string, string>): Outcome => {
		const { pathname, search } = url;
		const found = netlifyStatic(decodePath(pathname), pathname, search);
		const language = (requestHeaders['accept-language'] ?? 'en').split(',')[0]?.trim().slice(0, 2).toLowerCase() ?? 'en';
		const normalized = trimSlash(pathname);
		let match: { rule: RedirectRule; groups: Record<string, string | undefined> } | undefined;
		for (const rule of redirects) {
			if (rule.languages && !rule.languages.includes(language)) continue;
			const result = netlifyRedirectPattern(rule.from).exec(normalized);
			if (result) {
				match = { rule, groups: result.groups ?? {} };
				break;
			}
		}
		if (found && !match?.rule.force) return found;
		if (!match) return netlifyNotFound();
		const to = fill(match.rule.to, match.groups);
		if (match.rule.status >= 300 && match.rule.status < 400) return { status: match.rule.status, location: to.includes('?') ? to : withSearch(to, search) };
		const target = netlifyTarget(decodePath(new URL(to, url).pathname));
		return target ? { status: match.rule.status, file: target } : netlifyNotFound();
	};

	const cloudflareNotFound = (decoded: string): Outcome => {
		for (let dir = decoded; dir; ) {
			dir = dir.slice(0, dir.lastIndexOf('/'));
			if (has(`${dir}/404.html`)) return { status: 404, file: `${dir}/404.html` };
		}
		return has('/index.html') ? { status: 200, file: '/index.html' } : { status: 404 };
	};
	const cloudflareAsset = (decoded: string, search: string): Outcome => {
		const redirect = (to: string): Outcome => ({ status: 308, location: `${encodePath(to)}${search}` });
		if (decoded.endsWith('/')) {
			if (has(`${decoded}index.html`)) return { status: 200, file: `${decoded}index.html` };
			if (decoded.endsWith('/index/')) return redirect(decoded.slice(0, -'index/'.length));
			if (has(`${decoded.slice(0, -1)}.html`)) return redirect(decoded.slice(0, -1));
			return cloudflareNotFound(decoded);
		}
		if (has(decoded)) {
			if (!decoded.endsWith('.html')) return { status: 200, file: decoded };
			const extensionless = decoded.slice(0, -'.html'.length);
			if (extensionless.endsWith('/index')) return redirect(extensionless.slice(0, -'index'.length));
			if (has(extensionless) || extensionless === '/') return { status: 200, file: decoded };
			return redirect(extensionless);
		}
		if (decoded.endsWith('/index')) return redirect(decoded.slice(0, -'index'.length));
		if (has(`${decoded}.html`)) return { status: 200, file: `${decoded}.html` };
		if (has(`${decoded}/index.html`)) return redirect(`${decoded}/`);
		return cloudflareNotFound(decoded);
	};

	const cloudflare = (url: URL): Outcome => {
		let { pathname } = url;
		for (const rule of redirects) {
			const result = rule.dynamic ? cloudflarePattern(rule.from).exec(pathname) : rule.from === pathname ? { groups: {} } : null;
			if (!result) continue;
			const target = new URL(fill(rule.to, result.groups ?? {}), url);
			if (rule.status === 200) {
				pathname = target.pathname;
				break;
			}
			const location = target.origin === url.origin ? `${target.pathname}${target.search || url.search}${target.hash}` : `${target.origin}${target.pathname}${target.search || url.search}${target.hash}`;
			return { status: rule.status, location };
		}
		return cloudflareAsset(decodePath(pathname), url.search);
	};

	return {
		host,
		redirects,
		headerRules,
		request: async (requestUrl, requestHeaders = {}) => {
			const url = new URL(requestUrl, 'https://localhost');
			const lowerHeaders = Object.fromEntries(Object.entries(requestHeaders).map(([name, value]) => [name.toLowerCase(), value]));
			const outcome = host === 'netlify' ? netlify(url, lowerHeaders) : cloudflare(url);
			const answer: HostAnswer = { status: outcome.status, headers: {} };
			const base: Record<string, string> = {};
			if (outcome.location !== undefined) answer.location = outcome.location;
			if (outcome.file !== undefined) {
				answer.file = outcome.file.slice(1);
				answer.body = await readFile(path.join(distDir, ...answer.file.split('/')), 'utf8');
				base['content-type'] = CONTENT_TYPES[path.extname(outcome.file).toLowerCase()] ?? 'application/octet-stream';
			}
			if (host === 'netlify') {
				// Custom headers apply only to files Netlify serves (docs: Custom headers, Limitations).
				answer.headers = outcome.file === undefined ? {} : headersFor(headerRules, url.pathname, host, base);
				return answer;
			}
			// Cloudflare's own headers on every answer (serving-pages, handler.ts), then _headers.
			base['access-control-allow-origin'] = '*';
			base['referrer-policy'] = 'strict-origin-when-cross-origin';
			if (base['content-type']) base['x-content-type-options'] = 'nosniff';
			if (outcome.file !== undefined && outcome.status === 200) base['cache-control'] = 'public, max-age=0, must-revalidate';
			if (url.hostname.endsWith('.pages.dev') && url.hostname.split('.').length > 3) base['x-robots-tag'] = 'noindex';
			answer.headers = headersFor(headerRules, url.href, host, base);
			return answer;
		},
	};
}

function withSearch(to: string, search: string): string {
	const hash = to.indexOf('#');
	return hash === -1 ? `${to}${search}` : `${to.slice(0, hash)}${search}${to.slice(hash)}`;
}

async function checkCloudflareFiles(distDir: string, files: Set<string>): Promise<void> {
	if (files.size > CLOUDFLARE_LIMITS.files) throw new Error(`${distDir} holds ${files.size} files; Cloudflare Pages takes at most ${CLOUDFLARE_LIMITS.files} (Free plan).`);
	for (const file of files) {
		const { size } = await stat(path.join(distDir, file));
		if (size > CLOUDFLARE_LIMITS.fileBytes) throw new Error(`${file.slice(1)} is ${(size / 1024 / 1024).toFixed(1)} MiB; Cloudflare Pages takes at most 25 MiB a file.`);
	}
}
