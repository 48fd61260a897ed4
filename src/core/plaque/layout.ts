import { QUIET_ZONE_MODULES, type QrMatrix } from '../qr/matrix.ts';
import type { Lang } from '../schema/language.ts';
import { fitText, type FittedText } from './fit-text.ts';
import type { FontId, Measure } from './fonts.ts';
import { placeLogo, type PlaqueLogo } from './logo.ts';
import { CROP_MARK_LENGTH_MM, CROP_MARK_OFFSET_MM, layoutScale, type PlaqueSize } from './sizes.ts';
import { PLAQUE_COLOURS, scaledLook, titleStyleName, type Look, type TextStyle } from './styles.ts';

/** The words on one plaque, already chosen and translated by the caller. */
export interface PlaqueContent {
	code: string;
	/** Vietnamese first, then English and Chinese when offered and translated. */
	titles: Array<{ lang: Lang; text: string }>;
	categoryLine: string;
	shortUrlText: string;
	owner: string;
}

export type Fill = 'white' | 'black' | `#${string}`;
export { PLAQUE_COLOURS, SAFE_MARGIN_MM } from './styles.ts';

export type PlaqueItem =
	| { kind: 'rect'; xMm: number; yMm: number; widthMm: number; heightMm: number; fill: Fill }
	/** `yMm` is the baseline; with `align: 'center'`, `xMm` is the centre of the line. */
	| { kind: 'text'; xMm: number; yMm: number; fontSizePt: number; font: FontId; text: string; align: 'left' | 'center'; fill: Fill }
	/** `xMm`, `yMm`: top-left corner of the symbol itself; the quiet zone lies outside it. */
	| { kind: 'qr'; xMm: number; yMm: number; moduleMm: number; matrix: QrMatrix }
	/** A PNG drawn into the box; only the owner's logo so far. */
	| { kind: 'image'; xMm: number; yMm: number; widthMm: number; heightMm: number; png: Uint8Array }
	| { kind: 'cropMark'; x1Mm: number; y1Mm: number; x2Mm: number; y2Mm: number }
	/** A line to cut along inside the page, between labels of a sheet; drawn in black only, not on every plate. */
	| { kind: 'cutLine'; x1Mm: number; y1Mm: number; x2Mm: number; y2Mm: number };

/** One plaque in millimetres from the top-left corner of the trim box; the bleed lies at negative coordinates. Feeds every renderer. */
export interface PlaqueLayout {
	sizeId: string;
	trimMm: { width: number; height: number };
	bleedMm: number;
	/** Margin beyond the bleed that holds the crop marks. */
	markMm: number;
	/** In paint order: later items cover earlier ones. */
	items: PlaqueItem[];
	/** Texts that do not fit even at their smallest size; the caller turns them into problems. */
	overflow: PlaqueOverflow[];
}

/** Which text of the plaque did not fit, so a check can point at the field it came from. */
export type PlaquePart = 'title' | 'category' | 'shortUrl' | 'code' | 'owner';

export interface PlaqueOverflow {
	part: PlaquePart;
	/** For titles: whose title. */
	lang?: Lang;
	/** On a label sheet, which label; a single plaque's code is the site's. */
	code?: string;
	text: string;
	byMm: number;
}

/** Smallest QR module a phone still reads from arm's length on a weathered plaque. */
export const MIN_MODULE_MM = 0.5;
/** Ink extent of Be Vietnam Pro in em: stacked capitals such as Ẫ reach 1.23 em (checked in fonts.test.ts). */
export const TEXT_ASCENT_EM = 1.23;
export const TEXT_DESCENT_EM = 0.27;
export const MM_PER_PT = 25.4 / 72;

interface TextBlock {
	fitted: FittedText;
	style: TextStyle;
	heightMm: number;
}

type Blocks = Record<'category' | 'shortUrl' | 'code' | 'owner', TextBlock> & { titles: TextBlock[] };

/** Lays out one plaque: titles in a band at the top, the QR code as large as the rest allows, code and owner below. Pure. */
export function layoutPlaque(input: { content: PlaqueContent; size: PlaqueSize; bleedMm: number; matrix: QrMatrix; measure: Measure; logo?: PlaqueLogo | undefined }): PlaqueLayout {
	const { size, bleedMm } = input;
	const look = scaledLook(layoutScale(size));
	const blocks = fitBlocks(normalizeContent(input.content), size.widthMm - 2 * look.marginMm, input.measure, look);
	const stack = stackBlocks(blocks, size, look, input.logo);
	const qr = placeQr(input.matrix, { ...stack.qrArea, centreMm: size.widthMm / 2, maxWidthMm: size.widthMm - 2 * look.marginMm });
	const named: Array<[Omit<PlaqueOverflow, 'text' | 'byMm'>, TextBlock]> = [
		...blocks.titles.map((b, i): [Omit<PlaqueOverflow, 'text' | 'byMm'>, TextBlock] => [{ part: 'title', lang: input.content.titles[i]!.lang }, b]),
		[{ part: 'category' }, blocks.category],
		[{ part: 'shortUrl' }, blocks.shortUrl],
		[{ part: 'code' }, blocks.code],
		[{ part: 'owner' }, blocks.owner],
	];
	const overflow: PlaqueOverflow[] = named.filter(([, b]) => b.fitted.overflowMm > 0).map(([name, b]) => ({ ...name, text: b.fitted.lines.join(' '), byMm: b.fitted.overflowMm }));
	// The QR code has no words of its own; the short address printed under it names it in reports.
	if (qr.shortByMm > 0) overflow.push({ part: 'shortUrl', text: blocks.shortUrl.fitted.lines.join(' '), byMm: qr.shortByMm });
	const bleedWidthMm = size.widthMm + 2 * bleedMm;
	return {
		sizeId: size.id,
		trimMm: { width: size.widthMm, height: size.heightMm },
		bleedMm,
		markMm: CROP_MARK_OFFSET_MM + CROP_MARK_LENGTH_MM,
		items: [
			{ kind: 'rect', xMm: -bleedMm, yMm: -bleedMm, widthMm: bleedWidthMm, heightMm: size.heightMm + 2 * bleedMm, fill: 'white' },
			{ kind: 'rect', xMm: -bleedMm, yMm: -bleedMm, widthMm: bleedWidthMm, heightMm: stack.bandBottomMm + bleedMm, fill: PLAQUE_COLOURS.band },
			{ kind: 'rect', xMm: -bleedMm, yMm: stack.bandBottomMm, widthMm: bleedWidthMm, heightMm: look.gaps.rule, fill: PLAQUE_COLOURS.accent },
			...qr.items,
			...stack.texts,
			...cropMarks(size.widthMm, size.heightMm, bleedMm),
		],
		overflow,
	};
}

function fitBlocks(content: PlaqueContent, maxWidthMm: number, measure: Measure, { styles }: Look): Blocks {
	const block = (text: string, style: TextStyle): TextBlock => {
		const fitted = fitText(text, { ...style, maxWidthMm }, measure);
		return { fitted, style, heightMm: blockHeightMm(fitted, style) };
	};
	return {
		titles: content.titles.map((title, index) => block(title.text, styles[titleStyleName(title.lang, index)])),
		category: block(content.categoryLine, styles.category),
		shortUrl: block(content.shortUrlText, styles.shortUrl),
		code: block(content.code, styles.code),
		owner: block(content.owner, styles.owner),
	};
}

/** Titles and category go down from the top margin, address, code and owner up from the bottom one; the QR code gets what is left between them. */
function stackBlocks(blocks: Blocks, size: PlaqueSize, { gaps, marginMm, logoHeightMm }: Look, logo: PlaqueLogo | undefined): { texts: PlaqueItem[]; bandBottomMm: number; qrArea: { topMm: number; bottomMm: number } } {
	const texts: PlaqueItem[] = [];
	const place = (b: TextBlock, topMm: number): number => {
		texts.push(...textItems(b, size.widthMm / 2, topMm));
		return topMm + b.heightMm;
	};
	let y = marginMm + gaps.bandTop;
	blocks.titles.forEach((title, index) => (y = place(title, y + (index > 0 ? gaps.titles : 0))));
	const bandBottomMm = y + gaps.bandBottom;
	const qrTopMm = place(blocks.category, bandBottomMm + gaps.rule + gaps.category) + gaps.qr;
	// Measured upwards from the bottom margin, then placed in reading order so renderers and screen readers follow it.
	const ownerTopMm = size.heightMm - marginMm - blocks.owner.heightMm;
	const logoTopMm = logo ? ownerTopMm - gaps.owner - logoHeightMm : ownerTopMm;
	const codeTopMm = logoTopMm - gaps.owner - blocks.code.heightMm;
	const shortUrlTopMm = codeTopMm - gaps.code - blocks.shortUrl.heightMm;
	place(blocks.shortUrl, shortUrlTopMm);
	place(blocks.code, codeTopMm);
	if (logo) texts.push({ kind: 'image', png: logo.png, ...placeLogo(logo, { centreMm: size.widthMm / 2, topMm: logoTopMm, heightMm: logoHeightMm, maxWidthMm: size.widthMm - 2 * marginMm }) });
	place(blocks.owner, ownerTopMm);
	return { texts, bandBottomMm, qrArea: { topMm: qrTopMm, bottomMm: shortUrlTopMm - gaps.qr } };
}

/** Ink height of a block: ascent of the first line, line steps, descent of the last. */
function blockHeightMm(fitted: FittedText, style: TextStyle): number {
	if (fitted.lines.length === 0) return 0;
	const emMm = fitted.sizePt * MM_PER_PT;
	return emMm * (TEXT_ASCENT_EM + TEXT_DESCENT_EM + (fitted.lines.length - 1) * style.lineHeightEm);
}

function textItems(b: TextBlock, centreMm: number, topMm: number): PlaqueItem[] {
	const emMm = b.fitted.sizePt * MM_PER_PT;
	return b.fitted.lines.map((line, index) => ({
		kind: 'text',
		xMm: centreMm,
		yMm: topMm + emMm * (TEXT_ASCENT_EM + index * b.style.lineHeightEm),
		fontSizePt: b.fitted.sizePt,
		font: b.style.font,
		text: line,
		align: 'center',
		fill: b.style.fill,
	}));
}

/**
 * The largest symbol (quiet zone included) that fits the free square, centred in it. Module size
 * is rounded down to 0.1 mm so printed dimensions stay round numbers. The quiet zone gets its own
 * white rectangle so the QR stays readable whatever background a later design puts behind it.
 */
function placeQr(matrix: QrMatrix, area: { topMm: number; bottomMm: number; centreMm: number; maxWidthMm: number }): { items: PlaqueItem[]; shortByMm: number } {
	const modules = matrix.size + 2 * QUIET_ZONE_MODULES;
	const sideMm = Math.min(area.maxWidthMm, area.bottomMm - area.topMm);
	const fittedModuleMm = Math.floor((sideMm / modules) * 10 + 1e-9) / 10;
	const moduleMm = Math.max(MIN_MODULE_MM, fittedModuleMm);
	const zoneMm = modules * moduleMm;
	const zoneX = area.centreMm - zoneMm / 2;
	const zoneY = (area.topMm + area.bottomMm) / 2 - zoneMm / 2;
	const quietMm = QUIET_ZONE_MODULES * moduleMm;
	return {
		items: [
			{ kind: 'rect', xMm: zoneX, yMm: zoneY, widthMm: zoneMm, heightMm: zoneMm, fill: 'white' },
			{ kind: 'qr', xMm: zoneX + quietMm, yMm: zoneY + quietMm, moduleMm, matrix },
		],
		shortByMm: fittedModuleMm < MIN_MODULE_MM ? Math.ceil((zoneMm - sideMm) * 10) / 10 : 0,
	};
}

/** Two short lines per corner, in line with the trim edges, starting beyond the bleed. */
function cropMarks(widthMm: number, heightMm: number, bleedMm: number): PlaqueItem[] {
	const startMm = bleedMm + CROP_MARK_OFFSET_MM;
	const endMm = startMm + CROP_MARK_LENGTH_MM;
	const marks: PlaqueItem[] = [];
	for (const [x, dx] of [[0, -1], [widthMm, 1]] as const) {
		for (const [y, dy] of [[0, -1], [heightMm, 1]] as const) {
			marks.push({ kind: 'cropMark', x1Mm: x + dx * startMm, y1Mm: y, x2Mm: x + dx * endMm, y2Mm: y });
			marks.push({ kind: 'cropMark', x1Mm: x, y1Mm: y + dy * startMm, x2Mm: x, y2Mm: y + dy * endMm });
		}
	}
	return marks;
}

/** Content is NFC already when it comes from the loader; normalising again keeps measuring and drawing on the same code points. */
function normalizeContent(content: PlaqueContent): PlaqueContent {
	const nfc = (text: string): string => text.normalize('NFC').trim();
	return {
		code: nfc(content.code),
		titles: content.titles.map((title) => ({ lang: title.lang, text: nfc(title.text) })),
		categoryLine: nfc(content.categoryLine),
		shortUrlText: nfc(content.shortUrlText),
		owner: nfc(content.owner),
	};
}
