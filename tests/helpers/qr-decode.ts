import jsQR from 'jsqr';
import { rasterisePdf } from './pdf.ts';
import { greyToRgba, type GreyImage } from './pgm.ts';

/**
 * Decodes the QR code in an image with jsQR, a decoder independent of the `qrcode` library that
 * draws our plaques. Returns the decoded text, or `undefined` when no code was found.
 */
export function decodeQr(image: GreyImage): string | undefined {
	return jsQR(greyToRgba(image), image.width, image.height, { inversionAttempts: 'dontInvert' })?.data;
}

/**
 * Rasterises a plaque PDF with poppler, as a phone camera would see the printed page, and decodes
 * its QR code. 150 dpi gives about 16 pixels a module on an A5 plaque: a fair, not generous, image.
 */
export function decodePlaqueQr(pdfPath: string, dpi = 150): string | undefined {
	return decodeQr(rasterisePdf(pdfPath, dpi));
}
