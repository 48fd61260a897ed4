/**
 * Markdown body → HTML for the site pages. The only importer of `markdown-it`.
 * Site bodies are written by many volunteers and pasted from Word, web pages and chat apps, so the
 * renderer treats them as untrusted: no raw HTML, links only to schemes a visitor can expect, and
 * images only from the site itself (a page never makes the phone ask another server, issue #8).
 */
import MarkdownIt, { type Token } from 'markdown-it';
import type { ProblemAt } from '../problems/problem.ts';
import type { Lang } from '../schema/language.ts';
import { INSCRIPTION_INFO, inscriptionCharacters, inscriptionToHtml, parseInscription, uniqueCharacters } from './inscription.ts';

export interface RenderMarkdownOptions {
	/** 1-based line of the file where the body starts, so problems point into the `.md` file. Default 1. */
	bodyLine?: number;
	/** Language of the text, for the part labels of inscription blocks. Default `vi`. */
	lang?: Lang;
}

export type MarkdownProblem = ProblemAt<'unsafe-link'> | ProblemAt<'inscription-incomplete'>;

export interface RenderedMarkdown {
	html: string;
	/** One warning per link or image whose address was dropped, and per inscription block that lacks a part. */
	problems: MarkdownProblem[];
	/** Distinct characters of the inscriptions' originals, in code-point order: what the page's Hán Nôm font must hold. "" when none. */
	inscriptionChars: string;
	/** Each inscription block: its file line and the distinct characters of its original. */
	inscriptions: Array<{ line: number; chars: string }>;
}

const md = new MarkdownIt({
	// Raw HTML is off: content comes from many hands and a page must never run a pasted <script> (the hostile-input issue).
	html: false,
	// Bare URLs stay text: a link is something the editor chose to write as one.
	linkify: false,
	// Quotes and dashes stay as typed: editors already use “ ” and – where they want them.
	typographer: false,
});

// markdown-it's own check drops a bad link silently and prints its Markdown source as text. Let every
// link through the parser instead, then judge it in `sanitizeInline`, which can warn the editor.
const markdownItValidateLink = md.validateLink.bind(md);
md.validateLink = () => true;

const ALLOWED_LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
// http(s) images are not unsafe, but they live on another server: they become links (see `externalImage`).
const ALLOWED_IMAGE_SCHEMES = new Set(['http', 'https']);
// Browsers ignore tabs and newlines anywhere in a URL and spaces or controls around it (WHATWG URL).
// markdown-it percent-encodes such characters, so decode just those before reading the scheme.
const IGNORED_BY_BROWSERS = /%(?:[01][0-9a-f]|20)|[\u0000-\u0020]/gi;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// `//host/x` names another server; so do `/\host`, `\\host` and `\/host`, because browsers read a
// backslash as a slash in http(s) addresses. markdown-it writes a backslash as %5C, which a browser
// keeps as part of the path; it is judged as a slash anyway, to err on the side of "elsewhere".
const PROTOCOL_RELATIVE = /^(?:[/\\]|%5c){2}/i;

/** The address as a browser reads it, for judging its scheme (never for output). */
function browserView(href: string): string {
	return href.replace(IGNORED_BY_BROWSERS, '');
}

/** The scheme a browser would see, lower case, or undefined for relative and `#` links. */
function schemeOf(href: string): string | undefined {
	return SCHEME.exec(browserView(href))?.[1]?.toLowerCase();
}

/** Our allow-list, with markdown-it's own deny-list as a second opinion. */
function isAllowed(href: string, allowed: ReadonlySet<string>): boolean {
	const scheme = schemeOf(href);
	return (scheme === undefined || allowed.has(scheme)) && markdownItValidateLink(browserView(href));
}

/** http(s) and protocol-relative addresses point to another server: links get `rel="noopener"`, images become links. */
function isExternal(href: string): boolean {
	const scheme = schemeOf(href);
	return scheme === 'http' || scheme === 'https' || PROTOCOL_RELATIVE.test(browserView(href));
}

/**
 * An image on another server, as a link to it: the phone loads nothing from elsewhere (no tracking
 * pixel, nothing the Content-Security-Policy must block), and the visitor can still open it. Inside
 * a link it is its alt text only, since a link cannot hold another.
 */
function externalImage(src: string, alt: Token[], insideLink: boolean): Token[] {
	if (insideLink) return alt;
	const text = alt.length ? alt : [Object.assign(new MarkdownIt.Token('text', '', 0), { content: displayUrl(src) })];
	const open = new MarkdownIt.Token('link_open', 'a', 1);
	open.attrs = [['href', src], ['rel', 'noopener']];
	return [open, ...text, new MarkdownIt.Token('link_close', 'a', -1)];
}

interface Walk {
	/** 0-based body line of the token being read. */
	line: number;
	bodyLine: number;
	problems: MarkdownProblem[];
}

/** The address decoded, close to what the editor typed, with control characters kept visible as %XX. */
function displayUrl(href: string): string {
	return md.normalizeLinkText(href).replace(/[\u0000-\u001f\u007f]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
}

function warn(walk: Walk, line: number, href: string): void {
	walk.problems.push({ code: 'unsafe-link', severity: 'warning', line: line + walk.bodyLine, params: { url: displayUrl(href) } });
}

/**
 * Drops unsafe links (keeping their text) and unsafe images (keeping their alt text), marks
 * external links, and turns images from other servers into links. Counts line breaks to place
 * each warning on its own line within a paragraph.
 */
function sanitizeInline(tokens: Token[], walk: Walk): Token[] {
	const out: Token[] = [];
	const dropped: boolean[] = [];
	for (const token of tokens) {
		if (token.type === 'softbreak' || token.type === 'hardbreak') walk.line++;
		if (token.type === 'link_open') {
			const href = String(token.attrGet('href') ?? '');
			const unsafe = !isAllowed(href, ALLOWED_LINK_SCHEMES);
			dropped.push(unsafe);
			if (unsafe) {
				warn(walk, walk.line, href);
				continue;
			}
			if (isExternal(href)) token.attrSet('rel', 'noopener');
		} else if (token.type === 'link_close') {
			if (dropped.pop()) continue;
		} else if (token.type === 'image') {
			const src = String(token.attrGet('src') ?? '');
			const line = walk.line;
			const alt = sanitizeInline(token.children ?? [], walk);
			if (!isAllowed(src, ALLOWED_IMAGE_SCHEMES)) {
				warn(walk, line, src);
				out.push(...alt);
				continue;
			}
			if (isExternal(src)) {
				out.push(...externalImage(src, alt, dropped.includes(false)));
				continue;
			}
			token.children = alt;
		}
		out.push(token);
	}
	return out;
}

/**
 * The page owns <h1> (the site's title), so the body's outline starts at <h2> whether the editor
 * wrote `#` or `##` (the README teaches `## Lịch sử`). Levels the editor skipped are closed up,
 * because a jump from <h2> to <h4> breaks screen-reader navigation (and is invalid to the Nu checker).
 */
function remapHeadings(tokens: Token[]): void {
	const opens = tokens.filter((t) => t.type === 'heading_open');
	const used = [...new Set(opens.map((t) => Number(t.tag.slice(1))))].sort((a, b) => a - b);
	const levels = new Map<Token, number>();
	let previous = 1;
	for (const open of opens) {
		const level = Math.min(2 + used.indexOf(Number(open.tag.slice(1))), previous + 1, 6);
		levels.set(open, level);
		previous = level;
	}
	let current = 2;
	for (const token of tokens) {
		if (token.type === 'heading_open') current = levels.get(token) ?? 2;
		if (token.type === 'heading_open' || token.type === 'heading_close') token.tag = `h${current}`;
	}
}

/**
 * Swaps an ```inscription fence for its finished HTML. An `html_block` token is printed as it is;
 * that is safe here because inscriptionToHtml escapes every character the editor wrote.
 */
function rewriteInscription(token: Token, walk: Walk, lang: Lang): { line: number; chars: string } {
	const inscription = parseInscription(token.content);
	const line = walk.line + walk.bodyLine;
	if (inscription.missing.length) walk.problems.push({ code: 'inscription-incomplete', severity: 'warning', line, params: { missing: inscription.missing } });
	token.type = 'html_block';
	token.tag = '';
	token.content = inscriptionToHtml(inscription, lang);
	return { line, chars: inscriptionCharacters([inscription]) };
}

/**
 * Renders a Markdown body to HTML. Never throws on content: an unsafe address becomes a warning,
 * and its link text (or image alt text) is rendered without the link.
 */
export function renderMarkdown(body: string, options: RenderMarkdownOptions = {}): RenderedMarkdown {
	const walk: Walk = { line: 0, bodyLine: options.bodyLine ?? 1, problems: [] };
	const env = {};
	const tokens = md.parse(body, env);
	const inscriptions: RenderedMarkdown['inscriptions'] = [];
	remapHeadings(tokens);
	for (const token of tokens) {
		// Table cells carry no map of their own; their row (`tr_open`) does, and comes first.
		if (token.map) walk.line = token.map[0];
		if (token.type === 'inline' && token.children) token.children = sanitizeInline(token.children, walk);
		if (token.type === 'fence' && token.info.trim() === INSCRIPTION_INFO) inscriptions.push(rewriteInscription(token, walk, options.lang ?? 'vi'));
	}
	const inscriptionChars = uniqueCharacters(inscriptions.map((i) => i.chars));
	return { html: md.renderer.render(tokens, md.options, env), problems: walk.problems, inscriptionChars, inscriptions };
}
