import { createHash } from 'node:crypto';
import type { SiteEntry } from '../content/trail.ts';
import { fitText } from '../plaque/fit-text.ts';
import { formatMm as n, type FontId, type PlaqueFonts } from '../plaque/fonts.ts';
import type { Settings } from '../schema/index.ts';

/** The size Facebook, Zalo, X and LinkedIn all crop the least: 1.91 : 1. */
export const SHARE_IMAGE_SIZE_PX = { widthPx: 1200, heightPx: 630 } as const;
/** Shown when the cover photo is missing. */
export const SHARE_IMAGE_BACKGROUND = '#7a1f1f';

// Part of every share image's address: change it when the drawing changes, so social networks
// (which cache an image by its address for weeks) fetch the new one.
const SHARE_IMAGE_VERSION = 1;

const MM_PER_PT = 25.4 / 72;
const MARGIN_PX = 64;
const BAND_PADDING_PX = 36;
/** Baseline to baseline; the first baseline sits one em below the top of its block. */
const LINE_PITCH_EM = 1.3;

/** The lines on a site's share image, top to bottom. */
export interface ShareImageLine {
	text: string;
	font: FontId;
	fill: `#${string}`;
	startPx: number;
	minPx: number;
	maxLines: number;
}

/**
 * One share image per site, not per language: the plaque font draws Vietnamese and Latin but no
 * Chinese or Korean. The Vietnamese name (the name on the sign and on maps) comes first, the
 * English one under it when the site has a translation, then the name of the whole site.
 */
export function shareImageLines(site: SiteEntry, settings: Pick<Settings, 'name'>): ShareImageLine[] {
	const english = site.translations.en?.data.title;
	return [
		{ text: site.data.title, font: 'bold', fill: '#ffffff', startPx: 68, minPx: 40, maxLines: 3 },
		...(english ? [{ text: english, font: 'regular', fill: '#f3e7dc', startPx: 38, minPx: 28, maxLines: 2 } as const] : []),
		{ text: settings.name.vi, font: 'regular', fill: '#d9c3b0', startPx: 28, minPx: 24, maxLines: 1 },
	];
}

/**
 * Site path of the share image. The name holds a hash of everything drawn on it, so a new photo
 * or title gives a new address and a cached card never shows the old one.
 */
export function shareImagePath(site: SiteEntry, settings: Pick<Settings, 'name'>): string {
	const drawn = [SHARE_IMAGE_VERSION, site.photos[site.data.cover.src]?.hash ?? '', ...shareImageLines(site, settings).map((l) => l.text)];
	const hash = createHash('sha256').update(JSON.stringify(drawn)).digest('hex').slice(0, 12);
	return `/anh/${site.slug}/chia-se-${hash}.jpg`;
}

/**
 * The overlay drawn over the cover: a solid dark band along the bottom (legible over any photo)
 * holding the lines as glyph outlines, so the image needs no font on the machine that builds it.
 * A line with a character the font lacks is left out rather than drawn with a gap.
 */
export function shareImageSvg(lines: readonly ShareImageLine[], fonts: Pick<PlaqueFonts, 'measure' | 'outline' | 'missingGlyphs'>): string {
	return shareImageOverlay(lines, fonts).svg;
}

/**
 * `shareImageSvg`, and the first row its band covers whole (opaque from there to the bottom): the
 * photo need not be drawn below it (issue #7).
 */
export function shareImageOverlay(lines: readonly ShareImageLine[], fonts: Pick<PlaqueFonts, 'measure' | 'outline' | 'missingGlyphs'>): { svg: string; coveredFromPx: number } {
	const { widthPx, heightPx } = SHARE_IMAGE_SIZE_PX;
	const set = lines.filter((line) => fonts.missingGlyphs(line.text, line.font).length === 0).map((line) => setLine(line, fonts));
	const bandPx = 2 * BAND_PADDING_PX + set.reduce((sum, s) => sum + s.heightPx, 0);
	let topPx = heightPx - bandPx + BAND_PADDING_PX;
	const paths = set.flatMap((s) => {
		const drawn = s.lines.map((text, i) => {
			const baselinePx = topPx + s.sizePx * (1 + i * LINE_PITCH_EM);
			return `<path fill="${s.line.fill}" d="${fonts.outline(text, s.line.font, s.sizePx / MM_PER_PT, { xMm: MARGIN_PX, yMm: baselinePx })}"/>`;
		});
		topPx += s.heightPx;
		return drawn;
	});
	const bandTop = n(heightPx - bandPx);
	const svg = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}" viewBox="0 0 ${widthPx} ${heightPx}">`,
		`<rect y="${bandTop}" width="${widthPx}" height="${n(bandPx)}" fill="#140d0b"/>`,
		`<rect y="${bandTop}" width="${widthPx}" height="6" fill="${SHARE_IMAGE_BACKGROUND}"/>`,
		...paths,
		'</svg>',
	].join('\n');
	// The row where the band starts is only partly covered when the band starts inside it.
	return { svg, coveredFromPx: Math.ceil(Number(bandTop)) };
}

/** Font units are mm in the plaque code; here one "mm" is one pixel, so sizes convert through MM_PER_PT. */
function setLine(line: ShareImageLine, fonts: Pick<PlaqueFonts, 'measure'>) {
	const toPt = (px: number) => px / MM_PER_PT;
	const rule = { font: line.font, maxWidthMm: SHARE_IMAGE_SIZE_PX.widthPx - 2 * MARGIN_PX, maxLines: line.maxLines, startSizePt: toPt(line.startPx), minSizePt: toPt(line.minPx), stepPt: toPt(2) };
	const fitted = fitText(line.text, rule, fonts.measure);
	const sizePx = fitted.sizePt * MM_PER_PT;
	const heightPx = sizePx * LINE_PITCH_EM * fitted.lines.length;
	return { line, lines: fitted.lines.slice(0, line.maxLines), sizePx, heightPx };
}
