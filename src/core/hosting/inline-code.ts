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

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
// A data block (JSON-LD) never runs, so the policy does not apply to it.
const DATA_TYPE = /(?:^|\s)type\s*=\s*["']?application\/(?:ld\+)?json/i;
const SRC = /(?:^|\s)src\s*=/i;
const TAG = /<[a-z][^\s>/]*((?:\s+[^\s=>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/gi;
const ATTRIBUTE = /\s([^\s=>/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g;
const BLOCKED_NAME = /^(?:style|on[a-z]+)$/i;
const COMMENT = /<!--[\s\S]*?-->/g;

/** Adds the inline code of one page (its HTML text) to `into`. */
export function collectInlineCode(page: string, html: string, into: InlineCode): void {
	for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
		if (!SRC.test(attributes) && !DATA_TYPE.test(attributes)) into.scripts.add(cspHash(body));
	}
	for (const [, body = ''] of html.matchAll(STYLE)) into.styles.add(cspHash(body));
	// Attribute names only: an alt text may well say " style=".
	const markup = html.replace(SCRIPT, '').replace(STYLE, '').replace(COMMENT, '');
	for (const [, attributes = ''] of markup.matchAll(TAG)) {
		const blocked = [...attributes.matchAll(ATTRIBUTE)].map((m) => m[1] ?? '').find((name) => BLOCKED_NAME.test(name));
		if (blocked) into.blocked.push({ page, attribute: blocked.toLowerCase() });
	}
}

/** `'sha256-<base64>'` of a script or style body, exactly as the browser hashes it. */
export function cspHash(body: string): string {
	return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}
