import jsQR from 'jsqr';
import { greyToRgba, type GreyImage } from '../images/grey-image.ts';

/**
 * Decodes the QR code in an image with jsQR, a decoder independent of the `qrcode` library that
 * draws the plaques. Only dark-on-light is tried: that is how plaques are printed. Returns the
 * text, or undefined when no code was found. The only importer of `jsqr`.
 */
export function decodeQrJsqr(image: GreyImage): string | undefined {
	return jsQR(greyToRgba(image), image.width, image.height, { inversionAttempts: 'dontInvert' })?.data;
}
