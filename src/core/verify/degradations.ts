/**
 * What a plaque must survive before it is printed: the damage of weather and of bad phones,
 * planned here as plain data in module units, applied by images/degrade.ts, checked by both
 * decoders. Every figure is chosen below with its reason.
 */

/** A rectangle in QR modules, from the symbol's top-left corner (the quiet zone lies at negative values). */
export interface ModuleRect {
	row: number;
	column: number;
	widthModules: number;
	heightModules: number;
}

export type Degradation =
	| { kind: 'clean' }
	| { kind: 'blur'; sigmaModules: number }
	| { kind: 'downscale'; pxPerModule: number }
	| { kind: 'rotate'; degrees: number }
	| { kind: 'contrast'; dark: number; light: number }
	| { kind: 'jpeg'; quality: number }
	| { kind: 'blot'; rect: ModuleRect; fill: number; areaFraction: number };

/**
 * What a phone's camera preview sees of the symbol from its scan distance: a 1920-pixel stream
 * across a 70° field of view, ten symbol widths away (plaque/sizes.ts), puts about 140 pixels
 * across a 29-module symbol, so 5 px a module. Weather and phone faults are applied to this view,
 * not to the 300 dpi print: at 30 px a module, jsQR's 8-pixel binariser blocks fall inside single
 * modules and misjudge faded ink there, a failure no real camera would show.
 */
export const PHONE_PX_PER_MODULE = 5;

/**
 * A phone a little out of focus. With σ = 0.4 module, ±2σ spreads an edge over 1.6 modules, so a
 * single dark module on a light ground peaks at about half-grey: the worst blur that still
 * leaves every module readable in principle.
 */
export const BLUR_SIGMA_MODULES = 0.4;
/** The ISO/IEC 18004 floor for a reliable read, and what a cheap phone gets from a far plaque. */
export const LOW_RES_PX_PER_MODULE = 2;
/** A phone held askew; decoders must find the finder patterns off-axis. */
export const ROTATE_DEGREES = 15;
/** Faded ink on weathered paper: black → #777, white → #bbb, a contrast ratio of about 2:1 (from 21:1). */
export const FADED = { dark: 0x77, light: 0xbb } as const;
/** A messaging app's recompression of a photo of the plaque: blocky 8×8 artefacts. */
export const JPEG_QUALITY = 20;
/**
 * A blot (mud, a smeared sticker) over 12% of the symbol's area. Level H nominally restores 30%
 * of the codewords, but a blot cuts codewords partly and hits the blocks unevenly, so about 16% of
 * the area is recoverable in practice. Measured on the sample (version 3-H): a centred 12% square
 * in black is at that limit and defeats both decoders on some symbols, since it covers some 20 of
 * the 22 codewords the two blocks can correct. Mid-grey is opaque and leaves each covered module
 * for the binariser to guess, as a real smear does, and every sample symbol survives it.
 */
export const BLOT_AREA_FRACTION = 0.12;
export const BLOT_FILL = 0x80;

/** A finder pattern and its separator span 8 modules; the format information lies in the 9th row or column beside them. */
const FINDER_MODULES = 8;
const FORMAT_MODULES = 1;

/** The three finder patterns with their separators and format areas: a covered finder defeats every level, so no blot goes there. */
export function finderZones(sizeModules: number): ModuleRect[] {
	const near = FINDER_MODULES + FORMAT_MODULES;
	const far = sizeModules - FINDER_MODULES;
	return [
		{ row: 0, column: 0, widthModules: near, heightModules: near },
		{ row: 0, column: far, widthModules: FINDER_MODULES, heightModules: near },
		{ row: far, column: 0, widthModules: near, heightModules: FINDER_MODULES },
	];
}

/**
 * One square blot of `fraction` of the symbol's area, centred on the symbol. The centre holds
 * data modules only: from version 3 (29 modules) up the square also misses the timing patterns
 * (row and column 6), the format areas and the alignment pattern, so it tests error correction
 * and nothing else. On smaller symbols it may touch a format area, never a finder or separator.
 */
export function planBlot(sizeModules: number, fraction = BLOT_AREA_FRACTION): ModuleRect {
	const side = Math.sqrt(fraction) * sizeModules;
	// Version 1 is too small to centre it clear of the finders; it moves to just past the top-left one.
	const start = Math.max((sizeModules - side) / 2, FINDER_MODULES);
	return { row: start, column: start, widthModules: side, heightModules: side };
}

export function rectsOverlap(a: ModuleRect, b: ModuleRect): boolean {
	return a.column < b.column + b.widthModules && b.column < a.column + a.widthModules && a.row < b.row + b.heightModules && b.row < a.row + a.heightModules;
}

export type DegradationSet = 'full' | 'quick';

/**
 * One row of the proof: which image it starts from, and what is done to it. `page` is the whole
 * rasterised page, `print` the symbol with its quiet zone cut from it, `phone` the phone's view.
 */
export interface DegradationStep {
	view: 'page' | 'print' | 'phone';
	degradation: Degradation;
}

/**
 * The full set for the plaques that get printed by default; the quick set (clean and the lowest
 * resolution, the two that depend most on the size) for the other sizes, to keep the run short.
 */
export function planDegradations(sizeModules: number, set: DegradationSet): DegradationStep[] {
	const quick: DegradationStep[] = [
		{ view: 'page', degradation: { kind: 'clean' } },
		{ view: 'print', degradation: { kind: 'downscale', pxPerModule: LOW_RES_PX_PER_MODULE } },
	];
	if (set === 'quick') return quick;
	const phone = (degradation: Degradation): DegradationStep => ({ view: 'phone', degradation });
	return [
		...quick,
		phone({ kind: 'clean' }),
		phone({ kind: 'blur', sigmaModules: BLUR_SIGMA_MODULES }),
		phone({ kind: 'rotate', degrees: ROTATE_DEGREES }),
		phone({ kind: 'contrast', ...FADED }),
		phone({ kind: 'jpeg', quality: JPEG_QUALITY }),
		phone({ kind: 'blot', rect: planBlot(sizeModules), fill: BLOT_FILL, areaFraction: BLOT_AREA_FRACTION }),
	];
}

/** A short English label for a table row: the phone's view is named by its pixels a module. */
export function stepLabel(step: DegradationStep, dpi: number): string {
	const { degradation } = step;
	const view = step.view === 'phone' ? `phone ${PHONE_PX_PER_MODULE} px/module` : `print ${dpi} dpi`;
	switch (degradation.kind) {
		case 'clean': return step.view === 'page' ? `${view}, whole page` : `${view}, clean`;
		case 'downscale': return `low resolution ${degradation.pxPerModule} px/module`;
		case 'blur': return `${view}, blur σ ${degradation.sigmaModules} module`;
		case 'rotate': return `${view}, rotated ${degradation.degrees}°`;
		case 'contrast': return `${view}, faded #${hex(degradation.dark)}/#${hex(degradation.light)}`;
		case 'jpeg': return `${view}, JPEG quality ${degradation.quality}`;
		case 'blot': return `${view}, blot ${Math.round(degradation.areaFraction * 100)}% of area`;
	}
}

function hex(value: number): string {
	return value.toString(16).padStart(2, '0').repeat(3);
}

