import type { PlaqueSizeId } from '../schema/settings.ts';

/** A named plaque format: the trim size, i.e. the finished plaque after cutting. */
export interface PlaqueSize {
	id: PlaqueSizeId;
	label: { vi: string; en: string };
	widthMm: number;
	heightMm: number;
	/**
	 * How far away a visitor stands to scan it. A phone reads a QR code from about ten times the
	 * symbol's width, so the symbol should be at least a tenth of this wide (the check warns).
	 */
	scanDistanceMm: number;
}

/** Every size the settings may name; `satisfies` makes a new id in settings.ts fail here until it has a row. */
export const PLAQUE_SIZES = {
	a4: { id: 'a4', label: { vi: 'A4 (210 × 297 mm)', en: 'A4 (210 × 297 mm)' }, widthMm: 210, heightMm: 297, scanDistanceMm: 700 },
	a5: { id: 'a5', label: { vi: 'A5 (148 × 210 mm)', en: 'A5 (148 × 210 mm)' }, widthMm: 148, heightMm: 210, scanDistanceMm: 500 },
	a6: { id: 'a6', label: { vi: 'A6 (105 × 148 mm)', en: 'A6 (105 × 148 mm)' }, widthMm: 105, heightMm: 148, scanDistanceMm: 350 },
	'board-20x30': { id: 'board-20x30', label: { vi: 'Bảng 20 × 30 cm', en: 'Board 20 × 30 cm' }, widthMm: 200, heightMm: 300, scanDistanceMm: 900 },
	'board-30x40': { id: 'board-30x40', label: { vi: 'Bảng 30 × 40 cm', en: 'Board 30 × 40 cm' }, widthMm: 300, heightMm: 400, scanDistanceMm: 1300 },
	'sticker-10x10': { id: 'sticker-10x10', label: { vi: 'Nhãn dán 10 × 10 cm', en: 'Sticker 10 × 10 cm' }, widthMm: 100, heightMm: 100, scanDistanceMm: 250 },
} as const satisfies Record<PlaqueSizeId, PlaqueSize>;

/** A size as editors write it, with its dimensions: "a5 (148 × 210 mm)". The same in every language. */
export function sizeToText(size: { id: string; widthMm: number; heightMm: number }): string {
	return `${size.id} (${size.widthMm} × ${size.heightMm} mm)`;
}

/** The size the layout's type and spacing were drawn for; other sizes scale from it. */
export const REFERENCE_SIZE = PLAQUE_SIZES.a5;

/**
 * How much type, margins and gaps grow or shrink on `size` compared with A5: by the tighter of
 * the two sides, so a wide board does not get type too tall for it.
 */
export function layoutScale(size: Pick<PlaqueSize, 'widthMm' | 'heightMm'>): number {
	return Math.min(size.widthMm / REFERENCE_SIZE.widthMm, size.heightMm / REFERENCE_SIZE.heightMm);
}

/** Length of each crop mark line. */
export const CROP_MARK_LENGTH_MM = 6;

/**
 * Gap between the bleed edge and the start of a crop mark. Marks sit outside the bleed so that
 * none of their ink can end up on the cut plaque, even when the guillotine is off by the bleed.
 */
export const CROP_MARK_OFFSET_MM = 2;

/** Width of the crop mark lines: thin enough to cut on, thick enough to see. */
export const CROP_MARK_WIDTH_MM = 0.1;
