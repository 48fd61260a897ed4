import { QUIET_ZONE_MODULES, type QrMatrix } from '../qr/matrix.ts';
import { fitText, type FittedText } from './fit-text.ts';
import type { FontId, Measure } from './fonts.ts';
import { MIN_MODULE_MM, MM_PER_PT, TEXT_ASCENT_EM, TEXT_DESCENT_EM, type PlaqueItem, type PlaqueLayout, type PlaqueOverflow } from './layout.ts';

/** One small label: the plaque code, its QR code and the site's short name. */
export interface LabelItem {
	code: string;
	title: string;
	matrix: QrMatrix;
	shortUrlText: string;
}

/**
 * A4 portrait, 3 × 7 labels of 63.5 × 38.1 mm: the common 21-up label size, so the labels fit
 * the holders and boxes made for it. Cells touch, so one guillotine cut separates two rows; the
 * grid is centred, which keeps 9.75 mm at the sides and 15.15 mm at the top and bottom, away from
 * the edge an office printer cannot reach. Labels are white to their edges, so they need no bleed.
 */
export const LABEL_SHEET = { widthMm: 210, heightMm: 297, columns: 3, rows: 7, cellWidthMm: 63.5, cellHeightMm: 38.1, paddingMm: 2.5, gapMm: 2 } as const;

/** A label is read from arm's length, on a box or a shelf. */
export const LABEL_SCAN_DISTANCE_MM = 150;

const LABEL_STYLES = {
	code: { font: 'bold', maxLines: 1, startSizePt: 14, minSizePt: 9, stepPt: 0.5, lineHeightEm: 1.2 },
	title: { font: 'regular', maxLines: 4, startSizePt: 8, minSizePt: 6, stepPt: 0.5, lineHeightEm: 1.2 },
	shortUrl: { font: 'regular', maxLines: 1, startSizePt: 6.5, minSizePt: 5, stepPt: 0.5, lineHeightEm: 1.2 },
} as const satisfies Record<string, { font: FontId; maxLines: number; startSizePt: number; minSizePt: number; stepPt: number; lineHeightEm: number }>;

type LabelPart = keyof typeof LABEL_STYLES;

/**
 * Lays out labels on as many A4 sheets as they need, in the order given, with cut lines along
 * every row and column edge from one side of the sheet to the other. Texts that do not fit are
 * listed in each page's `overflow`, with the label's code.
 */
export function layoutLabelSheet(items: readonly LabelItem[], measure: Measure): PlaqueLayout[] {
	const perSheet = LABEL_SHEET.columns * LABEL_SHEET.rows;
	const pages: PlaqueLayout[] = [];
	for (let start = 0; start < items.length; start += perSheet) {
		const sheetItems = items.slice(start, start + perSheet);
		const cells = sheetItems.map((item, index) => layoutLabel(item, cellOrigin(index), measure));
		pages.push({
			sizeId: 'label-sheet',
			trimMm: { width: LABEL_SHEET.widthMm, height: LABEL_SHEET.heightMm },
			bleedMm: 0,
			markMm: 0,
			items: [{ kind: 'rect', xMm: 0, yMm: 0, widthMm: LABEL_SHEET.widthMm, heightMm: LABEL_SHEET.heightMm, fill: 'white' }, ...cells.flatMap((c) => c.items), ...cutLines()],
			overflow: cells.flatMap((c) => c.overflow),
		});
	}
	return pages;
}

/** The smallest QR module on any label of the sheets, for the distance check. */
export function labelModuleMm(matrix: QrMatrix): number {
	const sideMm = LABEL_SHEET.cellHeightMm - 2 * LABEL_SHEET.paddingMm;
	return Math.floor((sideMm / (matrix.size + 2 * QUIET_ZONE_MODULES)) * 10 + 1e-9) / 10;
}

function gridOriginMm(): { xMm: number; yMm: number } {
	return { xMm: (LABEL_SHEET.widthMm - LABEL_SHEET.columns * LABEL_SHEET.cellWidthMm) / 2, yMm: (LABEL_SHEET.heightMm - LABEL_SHEET.rows * LABEL_SHEET.cellHeightMm) / 2 };
}

function cellOrigin(index: number): { xMm: number; yMm: number } {
	const grid = gridOriginMm();
	return { xMm: grid.xMm + (index % LABEL_SHEET.columns) * LABEL_SHEET.cellWidthMm, yMm: grid.yMm + Math.floor(index / LABEL_SHEET.columns) * LABEL_SHEET.cellHeightMm };
}

/** QR code on the left, quiet zone included, as tall as the label allows; code, name and short address to its right. */
function layoutLabel(item: LabelItem, origin: { xMm: number; yMm: number }, measure: Measure): { items: PlaqueItem[]; overflow: PlaqueOverflow[] } {
	const { paddingMm, gapMm, cellWidthMm, cellHeightMm } = LABEL_SHEET;
	const moduleMm = Math.max(MIN_MODULE_MM, labelModuleMm(item.matrix));
	const zoneMm = (item.matrix.size + 2 * QUIET_ZONE_MODULES) * moduleMm;
	const zoneX = origin.xMm + paddingMm;
	const zoneY = origin.yMm + (cellHeightMm - zoneMm) / 2;
	const quietMm = QUIET_ZONE_MODULES * moduleMm;
	const textX = zoneX + zoneMm + gapMm;
	const maxWidthMm = origin.xMm + cellWidthMm - paddingMm - textX;
	const fit = (part: LabelPart, text: string): FittedText => fitText(text.normalize('NFC').trim(), { ...LABEL_STYLES[part], maxWidthMm }, measure);
	const fitted = { code: fit('code', item.code), title: fit('title', item.title), shortUrl: fit('shortUrl', item.shortUrlText) };
	const items: PlaqueItem[] = [{ kind: 'qr', xMm: zoneX + quietMm, yMm: zoneY + quietMm, moduleMm, matrix: item.matrix }];
	let topMm = origin.yMm + paddingMm + 1;
	for (const part of ['code', 'title'] as const) topMm = pushLines(items, part, fitted[part], textX, topMm) + 1.5;
	// The address sits on the bottom padding, so a short title leaves space in the middle, not below.
	const urlTopMm = origin.yMm + cellHeightMm - paddingMm - 1 - blockHeightMm(fitted.shortUrl, LABEL_STYLES.shortUrl.lineHeightEm);
	pushLines(items, 'shortUrl', fitted.shortUrl, textX, Math.max(topMm, urlTopMm));
	const partName = { code: 'code', title: 'title', shortUrl: 'shortUrl' } as const;
	const overflow = (Object.keys(fitted) as LabelPart[])
		.filter((part) => fitted[part].overflowMm > 0)
		.map((part): PlaqueOverflow => ({ part: partName[part], ...(part === 'title' ? { lang: 'vi' as const } : {}), code: item.code, text: fitted[part].lines.join(' '), byMm: fitted[part].overflowMm }));
	return { items, overflow };
}

function pushLines(items: PlaqueItem[], part: LabelPart, fitted: FittedText, xMm: number, topMm: number): number {
	const style = LABEL_STYLES[part];
	const emMm = fitted.sizePt * MM_PER_PT;
	fitted.lines.forEach((text, index) => {
		items.push({ kind: 'text', xMm, yMm: topMm + emMm * (TEXT_ASCENT_EM + index * style.lineHeightEm), fontSizePt: fitted.sizePt, font: style.font, text, align: 'left', fill: 'black' });
	});
	return topMm + blockHeightMm(fitted, style.lineHeightEm);
}

function blockHeightMm(fitted: FittedText, lineHeightEm: number): number {
	if (fitted.lines.length === 0) return 0;
	return fitted.sizePt * MM_PER_PT * (TEXT_ASCENT_EM + TEXT_DESCENT_EM + (fitted.lines.length - 1) * lineHeightEm);
}

/** Full-width and full-height lines on every cell edge, reaching the paper's edges so the cutter can line up on them. */
function cutLines(): PlaqueItem[] {
	const grid = gridOriginMm();
	const lines: PlaqueItem[] = [];
	for (let row = 0; row <= LABEL_SHEET.rows; row++) {
		const yMm = grid.yMm + row * LABEL_SHEET.cellHeightMm;
		lines.push({ kind: 'cutLine', x1Mm: 0, y1Mm: yMm, x2Mm: LABEL_SHEET.widthMm, y2Mm: yMm });
	}
	for (let column = 0; column <= LABEL_SHEET.columns; column++) {
		const xMm = grid.xMm + column * LABEL_SHEET.cellWidthMm;
		lines.push({ kind: 'cutLine', x1Mm: xMm, y1Mm: 0, x2Mm: xMm, y2Mm: LABEL_SHEET.heightMm });
	}
	return lines;
}
