import type { PlaqueSizeId } from '../schema/settings.ts';

/** A named plaque format: the trim size, i.e. the finished plaque after cutting. */
export interface PlaqueSize {
	id: PlaqueSizeId;
	label: { vi: string; en: string };
	widthMm: number;
	heightMm: number;
}

/** Every size the settings may name; `satisfies` makes a new id in settings.ts fail here until it has a row. */
export const PLAQUE_SIZES = {
	a5: { id: 'a5', label: { vi: 'A5 (148 × 210 mm)', en: 'A5 (148 × 210 mm)' }, widthMm: 148, heightMm: 210 },
} as const satisfies Record<PlaqueSizeId, PlaqueSize>;

/** Length of each crop mark line. */
export const CROP_MARK_LENGTH_MM = 6;

/**
 * Gap between the bleed edge and the start of a crop mark. Marks sit outside the bleed so that
 * none of their ink can end up on the cut plaque, even when the guillotine is off by the bleed.
 */
export const CROP_MARK_OFFSET_MM = 2;

/** Width of the crop mark lines: thin enough to cut on, thick enough to see. */
export const CROP_MARK_WIDTH_MM = 0.1;
