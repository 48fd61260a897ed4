import type { PixelRect } from '../images/grey-image.ts';
import type { FoundSymbol } from '../qr/decode-zxing.ts';
import { QUIET_ZONE_MODULES } from '../qr/matrix.ts';

/** Print resolution: what a print shop's RIP works at. */
export const PRINT_DPI = 300;

/** The QR symbol's place on the rasterised page, and how big a module is there. */
export interface QrGeometry {
	sizeModules: number;
	pxPerModule: number;
	quietModules: number;
	/** The symbol with its quiet zone, in page pixels: what the degradations start from. */
	crop: PixelRect;
}

/**
 * The symbol's geometry from where the decoder found it on the clean page, not from the layout:
 * the proof is about the PDF as written, whatever layout drew it. A version-v symbol has
 * 17 + 4v modules a side; the plaques print it upright, so the corners' bounding box is the symbol.
 */
export function foundSymbolToGeometry(found: FoundSymbol): QrGeometry {
	const xs = found.corners.map((corner) => corner.x);
	const ys = found.corners.map((corner) => corner.y);
	const sizeModules = 17 + 4 * found.version;
	const sidePx = (Math.max(...xs) - Math.min(...xs) + Math.max(...ys) - Math.min(...ys)) / 2;
	const pxPerModule = sidePx / sizeModules;
	const quietPx = QUIET_ZONE_MODULES * pxPerModule;
	const cropSide = Math.round(sidePx + 2 * quietPx);
	return {
		sizeModules,
		pxPerModule,
		quietModules: QUIET_ZONE_MODULES,
		crop: { x: Math.round(Math.min(...xs) - quietPx), y: Math.round(Math.min(...ys) - quietPx), width: cropSide, height: cropSide },
	};
}
