import { darkRuns } from '../qr/matrix.ts';
import { formatMm as n, type PlaqueFonts } from './fonts.ts';
import type { Fill, PlaqueItem, PlaqueLayout } from './layout.ts';
import { CROP_MARK_WIDTH_MM } from './sizes.ts';

/**
 * Draws a layout as a standalone SVG in millimetres, covering trim, bleed and crop marks.
 * Text is drawn as glyph outlines, so the file looks the same on a machine without Be Vietnam
 * Pro (a print shop's RIP, a browser with fonts blocked); the words stay available to screen
 * readers through `<title>` and `aria-label`. The QR code is filled shapes only: stroked
 * modules (qrcode's own SVG renderer) bleed into each other at print resolutions.
 * The same layout always gives the same string.
 */
export function renderPlaqueSvg(layout: PlaqueLayout, fonts: PlaqueFonts): string {
	const outerMm = layout.bleedMm + layout.markMm;
	const widthMm = layout.trimMm.width + 2 * outerMm;
	const heightMm = layout.trimMm.height + 2 * outerMm;
	const label = escapeXml(plainText(layout.items));
	const body = layout.items.flatMap((item) => (isLine(item) ? [] : [renderItem(item, fonts)]));
	const marks = layout.items.flatMap((item) => (isLine(item) ? [`M${n(item.x1Mm)} ${n(item.y1Mm)}L${n(item.x2Mm)} ${n(item.y2Mm)}`] : []));
	const lines = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${n(widthMm)}mm" height="${n(heightMm)}mm" viewBox="${n(-outerMm)} ${n(-outerMm)} ${n(widthMm)} ${n(heightMm)}" role="img" aria-label="${label}">`,
		`<title>${label}</title>`,
		...body,
	];
	if (marks.length > 0) lines.push(`<path d="${marks.join('')}" fill="none" stroke="#000" stroke-width="${n(CROP_MARK_WIDTH_MM)}"/>`);
	return `${lines.join('\n')}\n</svg>\n`;
}

type LineItem = Extract<PlaqueItem, { kind: 'cropMark' | 'cutLine' }>;

/** Crop marks and cut lines: all drawn last, as one hairline path, so nothing covers them. */
function isLine(item: PlaqueItem): item is LineItem {
	return item.kind === 'cropMark' || item.kind === 'cutLine';
}

function renderItem(item: Exclude<PlaqueItem, LineItem>, fonts: PlaqueFonts): string {
	switch (item.kind) {
		case 'rect':
			return `<rect x="${n(item.xMm)}" y="${n(item.yMm)}" width="${n(item.widthMm)}" height="${n(item.heightMm)}" fill="${svgFill(item.fill)}"/>`;
		case 'qr':
			return renderQr(item);
		case 'image':
			return `<image x="${n(item.xMm)}" y="${n(item.yMm)}" width="${n(item.widthMm)}" height="${n(item.heightMm)}" preserveAspectRatio="none" href="data:image/png;base64,${Buffer.from(item.png).toString('base64')}"/>`;
		case 'text': {
			const widthMm = fonts.measure(item.text, item.font, item.fontSizePt);
			const xMm = item.align === 'center' ? item.xMm - widthMm / 2 : item.xMm;
			const d = fonts.outline(item.text, item.font, item.fontSizePt, { xMm, yMm: item.yMm });
			return `<path aria-label="${escapeXml(item.text)}" fill="${svgFill(item.fill)}" d="${d}"/>`;
		}
	}
}

/** One path of merged horizontal runs, drawn in module units and scaled once: small and exact. */
function renderQr(item: Extract<PlaqueItem, { kind: 'qr' }>): string {
	const d = darkRuns(item.matrix)
		.map((run) => `M${run.column} ${run.row}h${run.length}v1h-${run.length}z`)
		.join('');
	return `<path transform="translate(${n(item.xMm)} ${n(item.yMm)}) scale(${n(item.moduleMm)})" fill="#000" shape-rendering="crispEdges" d="${d}"/>`;
}

function svgFill(fill: Fill): string {
	if (fill === 'white') return '#fff';
	if (fill === 'black') return '#000';
	return fill;
}

/** The plaque's words in reading order, one line each. */
function plainText(items: readonly PlaqueItem[]): string {
	return items.flatMap((item) => (item.kind === 'text' ? [item.text] : [])).join('\n');
}

function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
