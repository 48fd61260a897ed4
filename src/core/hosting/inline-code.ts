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
const DATA_TYPE = /\btype\s*=\s*["']?application\/(?:ld\+)?json/i;
const TAG = /<[a-z][^\s>/]*((?:\s+[^\s=>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/gi;
const BLOCKED_ATTRIBUTE = /\s(style|on[a-z]+)\s*=/i;

/** Adds the inline code of one page (its HTML text) to `into`. */
export function collectInlineCode(page: string, html: string, into: InlineCode): void {
	for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
		if (!/\bsrc\s*=/i.test(attributes) && !DATA_TYPE.test(attributes)) into.scripts.add(cspHash(body));
	}
	for (const [, body = ''] of html.matchAll(STYLE)) into.styles.add(cspHash(body));
	const markup = html.replace(SCRIPT, '').replace(STYLE, '');
	for (const [, attributes = ''] of markup.matchAll(TAG)) {
		const blocked = BLOCKED_ATTRIBUTE.exec(attributes);
		if (blocked?.[1]) into.blocked.push({ page, attribute: blocked[1].toLowerCase() });
	}
}

/** `'sha256-<base64>'` of a script or style body, exactly as the browser hashes it. */
export function cspHash(body: string): string {
	return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}
