/** A greyscale image: one byte per pixel, row-major, 0 = black. */
export interface GreyImage {
	width: number;
	height: number;
	pixels: Uint8Array;
}

/**
 * Parses a binary PGM (P5) with 8-bit samples, as written by `pdftoppm -gray`.
 * Header tokens are separated by whitespace and may be interleaved with `#` comments;
 * exactly one whitespace byte separates the header from the pixels.
 */
export function parsePgm(bytes: Uint8Array): GreyImage {
	let offset = 0;
	const token = (): string => {
		for (;;) {
			while (offset < bytes.length && isSpace(bytes[offset]!)) offset++;
			if (bytes[offset] !== 0x23 /* # */) break;
			while (offset < bytes.length && bytes[offset] !== 0x0a) offset++;
		}
		const start = offset;
		while (offset < bytes.length && !isSpace(bytes[offset]!)) offset++;
		return String.fromCharCode(...bytes.subarray(start, offset));
	};
	const magic = token();
	const width = Number(token());
	const height = Number(token());
	const maxValue = Number(token());
	if (magic !== 'P5' || !(width > 0) || !(height > 0) || maxValue !== 255) {
		throw new Error(`Not an 8-bit binary PGM (magic ${magic}, ${width}×${height}, max ${maxValue})`);
	}
	offset++; // the single whitespace byte after maxval
	const pixels = bytes.subarray(offset, offset + width * height);
	if (pixels.length !== width * height) throw new Error(`PGM data is short: ${pixels.length} of ${width * height} bytes`);
	return { width, height, pixels };
}

/** RGBA bytes for decoders such as jsQR that want colour input. */
export function greyToRgba(image: GreyImage): Uint8ClampedArray {
	const rgba = new Uint8ClampedArray(image.width * image.height * 4);
	image.pixels.forEach((value, index) => {
		rgba.set([value, value, value, 255], index * 4);
	});
	return rgba;
}

function isSpace(byte: number): boolean {
	return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}
