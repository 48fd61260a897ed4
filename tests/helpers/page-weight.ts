import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** One tag's attributes, names lower-cased; valueless attributes map to "". */
export type Attributes = Record<string, string>;

/** Every start tag `name` in `html`, with its attributes (our own generated HTML: regular enough for a regex). */
export function tagsOf(html: string, name: string): Attributes[] {
	const tags = html.match(new RegExp(`<${name}\\b[^>]*>`, 'gi')) ?? [];
	return tags.map((tag) => {
		const attributes: Attributes = {};
		for (const m of tag.slice(name.length + 1).matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
			attributes[m[1]!.toLowerCase()] = decode(m[2] ?? m[3] ?? m[4] ?? '');
		}
		return attributes;
	});
}

function decode(value: string): string {
	return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

export function gzipBytes(text: string | Uint8Array): number {
	return gzipSync(text, { level: 9 }).length;
}

/** A page's HTML plus every stylesheet it links, gzipped one by one as a server sends them. */
export function renderBytes(dist: string, file: string): number {
	const html = readFileSync(path.join(dist, file), 'utf8');
	const sheets = tagsOf(html, 'link').filter((l) => l['rel']?.split(/\s+/).includes('stylesheet'));
	return gzipBytes(html) + sheets.reduce((sum, l) => sum + gzipBytes(readFileSync(localPath(dist, file, l['href'] ?? ''))), 0);
}

/** The file in `dist` that a same-origin URL on page `file` points to. */
export function localPath(dist: string, file: string, url: string): string {
	const pathname = new URL(url, `http://x/${file.split(path.sep).join('/')}`).pathname;
	const target = path.join(dist, decodeURIComponent(pathname));
	return existsSync(path.join(target, 'index.html')) ? path.join(target, 'index.html') : target;
}

/** Every URL the browser fetches by itself while loading the page (not links a person follows). */
export function resourceUrls(html: string): string[] {
	const loadingRels = new Set(['stylesheet', 'icon', 'apple-touch-icon', 'preload', 'modulepreload', 'prefetch', 'manifest', 'preconnect', 'dns-prefetch']);
	const srcsets = [...tagsOf(html, 'img'), ...tagsOf(html, 'source')].flatMap((t) => (t['srcset'] ?? '').split(',').map((c) => c.trim().split(/\s+/)[0] ?? '').filter(Boolean));
	return [
		...['img', 'script', 'audio', 'video', 'source', 'iframe', 'embed', 'track'].flatMap((tag) => tagsOf(html, tag).map((t) => t['src'] ?? '').filter(Boolean)),
		...srcsets,
		...tagsOf(html, 'link').filter((l) => (l['rel'] ?? '').split(/\s+/).some((r) => loadingRels.has(r))).map((l) => l['href'] ?? ''),
		...tagsOf(html, 'video').map((v) => v['poster'] ?? '').filter(Boolean),
		...[...html.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((m) => m[1]!),
		...[...html.matchAll(/@import\s+(?:url\()?['"]?([^'");\s]+)/g)].map((m) => m[1]!),
	];
}

/** True when `url` (resolved against `origin`) leaves it; data: URIs stay. */
export function isOtherOrigin(url: string, origin: string): boolean {
	if (url.startsWith('data:')) return false;
	return new URL(url, origin).origin !== new URL(origin).origin;
}

interface Candidate {
	url: string;
	widthPx: number;
}

function candidates(srcset: string): Candidate[] {
	return srcset
		.split(',')
		.map((c) => c.trim().split(/\s+/))
		.filter((parts) => parts[0] && /^\d+w$/.test(parts[1] ?? ''))
		.map((parts) => ({ url: parts[0]!, widthPx: Number.parseInt(parts[1]!, 10) }));
}

/** The slot width `sizes` gives at `viewportPx` CSS pixels (min-width/max-width conditions in px or rem). */
export function slotWidthPx(sizes: string | undefined, viewportPx: number): number {
	for (const part of (sizes ?? '100vw').split(',').map((p) => p.trim())) {
		const match = /^(?:\(\s*(min|max)-width:\s*([\d.]+)(px|rem|em)\s*\)\s+)?(.+)$/.exec(part);
		if (!match) continue;
		const [, kind, amount, unit, length] = match;
		const limitPx = amount ? Number(amount) * (unit === 'px' ? 1 : 16) : undefined;
		if (limitPx !== undefined && (kind === 'min' ? viewportPx < limitPx : viewportPx > limitPx)) continue;
		return lengthPx(length!, viewportPx);
	}
	return viewportPx;
}

function lengthPx(length: string, viewportPx: number): number {
	const n = Number.parseFloat(length);
	if (length.endsWith('vw')) return (n * viewportPx) / 100;
	if (length.endsWith('rem') || length.endsWith('em')) return n * 16;
	return n;
}

/** Whether a `media` query of min-width/max-width conditions (px or rem, joined by "and") matches a viewport. */
export function mediaMatches(media: string | undefined, viewportPx: number): boolean {
	if (!media) return true;
	return [...media.matchAll(/\(\s*(min|max)-width:\s*([\d.]+)(px|rem|em)\s*\)/g)].every(([, kind, amount, unit]) => {
		const limitPx = Number(amount) * (unit === 'px' ? 1 : 16);
		return kind === 'min' ? viewportPx >= limitPx : viewportPx <= limitPx;
	});
}

/** What a browser picks from a srcset for a slot: the smallest candidate that covers it, else the largest. */
export function pickCandidate(srcset: string, slotPx: number, dpr: number): string | undefined {
	const sorted = candidates(srcset).sort((a, b) => a.widthPx - b.widthPx);
	return (sorted.find((c) => c.widthPx >= slotPx * dpr) ?? sorted.at(-1))?.url;
}
