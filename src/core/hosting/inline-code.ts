/**
 * The inline code of the built pages, found so the Content-Security-Policy can allow exactly it by
 * hash (CSP Level 2 §4.2.4) and nothing else: no `unsafe-inline`, so text that reaches a page from
 * content can never run or restyle it.
 */
import { createHash } from 'node:crypto';

export interface InlineCode {
	/** CSP source expressions (`'sha256-…'`) of every inline script that runs. */
	scripts: Set<string>;
	/** The same for every `<style>` element. */
	styles: Set<string>;
	/** Pages with an attribute the policy would block (`style="…"`, `onclick="…"`): a bug to fix, not to allow. */
	blocked: Array<{ page: string; attribute: string }>;
}

export function emptyInlineCode(): InlineCode {
	return { scripts: new Set(), styles: new Set(), blocked: [] };
}

// One pass over the markup, token by token, as a browser's tokenizer reads it: a comment, an end
// tag, a start tag with its attributes, or a stray "<". A start tag takes its quoted attribute values
// with it, so "<script>" written inside an alt text or a meta description (an editor's title, say)
// is text, never an element: its body must not get a hash that lets it run (issue #8).
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<\/[^>]*>|<([a-z][^\s/>]*)((?:[\s/]+[^\s/>"'=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?)*)[\s/]*>|<[a-z][^>]*>|</gi;
const ATTRIBUTE = /([^\s/>"'=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?/g;
// Elements whose text is not markup: the tokenizer reads on to their end tag.
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'noscript', 'xmp', 'iframe', 'noembed', 'noframes']);
// A data block (JSON-LD) never runs, so the policy does not apply to it.
const DATA_TYPE = /(?:^|\s)type\s*=\s*["']?application\/(?:ld\+)?json/i;
const SRC = /(?:^|\s)src\s*=/i;
const BLOCKED_NAME = /^(?:style|on[a-z]+)$/i;

interface Element {
	/** Lower case. */
	name: string;
	/** The start tag's attributes, as written. */
	attributes: string;
	/** The text of a raw-text element (`<script>`, `<style>` …), else undefined. */
	body: string | undefined;
}

/** The start tags of `html`, in order, with the text of raw-text elements. */
function* elements(html: string): Generator<Element> {
	const token = new RegExp(TOKEN.source, TOKEN.flags);
	for (let match = token.exec(html); match; match = token.exec(html)) {
		const [, tag, attributes = ''] = match;
		if (!tag) continue;
		const name = tag.toLowerCase();
		let body: string | undefined;
		if (RAW_TEXT.has(name)) {
			const close = new RegExp(`</${name}\\s*>`, 'gi');
			close.lastIndex = token.lastIndex;
			const end = close.exec(html);
			body = html.slice(token.lastIndex, end ? end.index : html.length);
			token.lastIndex = end ? close.lastIndex : html.length;
		}
		yield { name, attributes, body };
	}
}

/** Adds the inline code of one page (its HTML text) to `into`. */
export function collectInlineCode(page: string, html: string, into: InlineCode): void {
	for (const { name, attributes, body = '' } of elements(html)) {
		if (name === 'script' && !SRC.test(attributes) && !DATA_TYPE.test(attributes)) into.scripts.add(cspHash(body));
		if (name === 'style') into.styles.add(cspHash(body));
		// Attribute names only: an alt text may well say " style=".
		const blocked = [...attributes.matchAll(ATTRIBUTE)].map((m) => m[1] ?? '').find((attribute) => BLOCKED_NAME.test(attribute));
		if (blocked) into.blocked.push({ page, attribute: blocked.toLowerCase() });
	}
}

/** `'sha256-<base64>'` of a script or style body, exactly as the browser hashes it. */
export function cspHash(body: string): string {
	return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}
