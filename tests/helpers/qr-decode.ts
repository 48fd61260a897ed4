import { decodeQrJsqr } from '../../src/core/qr/decode-jsqr.ts';
import { rasterisePdf } from './pdf.ts';

/** jsQR, independent of the `qrcode` library that draws the plaques: the adapter `npm run plaques -- --verify` uses. */
export const decodeQr = decodeQrJsqr;

/**
 * Rasterises a plaque PDF with poppler, as a phone camera would see the printed page, and decodes
 * its QR code. 150 dpi gives about 16 pixels a module on an A5 plaque: a fair, not generous, image.
 */
export function decodePlaqueQr(pdfPath: string, dpi = 150): string | undefined {
	return decodeQr(rasterisePdf(pdfPath, dpi));
}
