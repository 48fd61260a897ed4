export { fitText, sizeSteps, splitCjk, splitWords, type FitTextRule, type FittedText } from './fit-text.ts';
export { createPlaqueFonts, loadPlaqueFonts, type FontId, type Measure, type PlaqueFonts } from './fonts.ts';
export {
	layoutPlaque,
	MIN_MODULE_MM,
	PLAQUE_COLOURS,
	SAFE_MARGIN_MM,
	TEXT_ASCENT_EM,
	TEXT_DESCENT_EM,
	type Fill,
	type PlaqueContent,
	type PlaqueItem,
	type PlaqueLayout,
} from './layout.ts';
export { LABEL_SCAN_DISTANCE_MM, LABEL_SHEET, labelModuleMm, layoutLabelSheet, type LabelItem } from './label-sheet.ts';
export { loadPlaqueLogo } from './load-logo.ts';
export { placeLogo, pngToPlaqueLogo, type PlaqueLogo } from './logo.ts';
export { renderPlaquePdf, renderPlaquesPdf, type PdfMeta } from './render-pdf.ts';
export { renderPlaqueSvg } from './render-svg.ts';
export { CROP_MARK_LENGTH_MM, CROP_MARK_OFFSET_MM, CROP_MARK_WIDTH_MM, PLAQUE_SIZES, sizeToText, type PlaqueSize } from './sizes.ts';
