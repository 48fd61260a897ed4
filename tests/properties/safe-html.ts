/**
 * The judge of the Markdown properties (issue #8): HTML as the renderer may write it, read the way
 * a browser reads it. Not an HTML parser: markdown-it escapes every `<`, `&` and `"` of the text,
 * so any `<` opens a tag and every attribute is `name="value"`; the judge fails on anything else.
 */
import { expect } from 'vitest';

/**
 * Tags and attributes the renderer may write: markdown-it's own output with raw HTML off, plus the
 * inscription block (markdown/inscription.ts). Anything else came from the editor's text.
 */
const TAGS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'em', 'strong', 's', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'br', 'figure', 'figcaption', 'dl', 'dt', 'dd', 'div']);
const ATTRIBUTES = new Set(['href', 'title', 'rel', 'src', 'alt', 'class', 'lang', 'start', 'style']);
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const IMAGE_SCHEMES = new Set(['http', 'https']);

/** `<name attr="value" …>` or `</name>`: the only shape markdown-it writes; values are escaped, so `"` cannot appear inside one. */
const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s"'<>\/=]+(?:="[^"]*")?)*)\s*(\/?)>/;
const ATTRIBUTE = /\s+([^\s"'<>\/=]+)(?:="([^"]*)")?/g;

interface Tag {
	name: string;
	attributes: Array<[string, string]>;
}

/** Every tag of `html`; fails the test on a `<` that does not open a well-formed tag (text must come out as `&lt;`). */
function tagsOf(html: string): Tag[] {
	const tags: Tag[] = [];
	for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
		const match = TAG.exec(html.slice(i));
		if (!match) expect.fail(`a "<" that opens no tag at ${i}: ${JSON.stringify(html.slice(i, i + 80))}`);
		const attributes = [...(match[3] ?? '').matchAll(ATTRIBUTE)].map((m): [string, string] => [m[1] ?? '', m[2] ?? '']);
		tags.push({ name: (match[2] ?? '').toLowerCase(), attributes });
	}
	return tags;
}

/** An attribute value as the browser reads it: only the four escapes markdown-it writes, each `&` the start of one. */
function decodeAttribute(value: string): string {
	expect(/&(?!(?:amp|lt|gt|quot);)/.test(value), `an unescaped & in ${JSON.stringify(value)}`).toBe(false);
	return value.replace(/&(amp|lt|gt|quot);/g, (_m, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[name] ?? '');
}

/**
 * The scheme a browser takes from an address (WHATWG URL): leading and trailing C0 controls and
 * spaces dropped, tabs and newlines removed anywhere, then letters, digits, `+ - .` up to a colon.
 * Undefined for a relative address.
 */
function browserScheme(address: string): string | undefined {
	const seen = address.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
	return /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(seen)?.[1]?.toLowerCase();
}

/** Fails the test on a script, an event handler, a tag or attribute the renderer never writes, or an address that is not http(s), mailto, tel or relative (images: http(s) or relative). */
export function expectSafeHtml(html: string): void {
	expect(html).not.toMatch(/<script/i);
	for (const tag of tagsOf(html)) {
		expect(TAGS, `<${tag.name}> in ${JSON.stringify(html.slice(0, 300))}`).toContain(tag.name);
		for (const [name, raw] of tag.attributes) {
			expect(name.toLowerCase().startsWith('on'), `event handler ${name} on <${tag.name}>`).toBe(false);
			expect(ATTRIBUTES, `attribute ${name} on <${tag.name}>`).toContain(name);
			const value = decodeAttribute(raw);
			if (name === 'href' || name === 'src') {
				const scheme = browserScheme(value);
				const allowed = name === 'src' ? IMAGE_SCHEMES : LINK_SCHEMES;
				if (scheme !== undefined) expect(allowed, `${name}="${value}" on <${tag.name}>`).toContain(scheme);
				expect(value, `${name} on <${tag.name}>`).not.toMatch(/^\s*(?:javascript|vbscript|data):/i);
			}
			if (name === 'style') expect(value, `style on <${tag.name}>`).toMatch(/^text-align:(?:left|center|right)$/);
		}
	}
}
