/** A greyscale image as plain data: one byte per pixel, row-major, 0 = black. */
export interface GreyImage {
	width: number;
	height: number;
	pixels: Uint8Array;
}

/** A rectangle in whole pixels, from the top-left corner. */
export interface PixelRect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * Parses a binary PGM (P5) with 8-bit samples, as `pdftoppm -gray` writes it. Header tokens are
 * separated by whitespace and may hold `#` comments; one whitespace byte ends the header.
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
	offset++;
	const pixels = bytes.slice(offset, offset + width * height);
	if (pixels.length !== width * height) throw new Error(`PGM data is short: ${pixels.length} of ${width * height} bytes`);
	return { width, height, pixels };
}

/** RGBA bytes for decoders that want colour input (jsQR, zxing's ImageData path). */
export function greyToRgba(image: GreyImage): Uint8ClampedArray {
	const rgba = new Uint8ClampedArray(image.width * image.height * 4);
	for (let i = 0; i < image.pixels.length; i++) {
		const value = image.pixels[i]!;
		rgba[i * 4] = value;
		rgba[i * 4 + 1] = value;
		rgba[i * 4 + 2] = value;
		rgba[i * 4 + 3] = 255;
	}
	return rgba;
}

/** A copy of `image` with each rectangle painted in `value` (clipped to the image): a blot, a sticker. */
export function fillRects(image: GreyImage, rects: readonly PixelRect[], value: number): GreyImage {
	const pixels = image.pixels.slice();
	for (const rect of rects) {
		const x0 = Math.max(0, rect.x);
		const x1 = Math.min(image.width, rect.x + rect.width);
		for (let y = Math.max(0, rect.y); y < Math.min(image.height, rect.y + rect.height); y++) {
			if (x1 > x0) pixels.fill(value, y * image.width + x0, y * image.width + x1);
		}
	}
	return { width: image.width, height: image.height, pixels };
}

/** The part of `image` under `rect`; what lies outside the image comes out white, like paper. */
export function cropGrey(image: GreyImage, rect: PixelRect): GreyImage {
	const pixels = new Uint8Array(rect.width * rect.height).fill(255);
	for (let y = 0; y < rect.height; y++) {
		const sourceY = rect.y + y;
		if (sourceY < 0 || sourceY >= image.height) continue;
		const x0 = Math.max(0, rect.x);
		const x1 = Math.min(image.width, rect.x + rect.width);
		if (x1 > x0) pixels.set(image.pixels.subarray(sourceY * image.width + x0, sourceY * image.width + x1), y * rect.width + (x0 - rect.x));
	}
	return { width: rect.width, height: rect.height, pixels };
}

/** A matrix drawn as an image: `pxPerModule` pixels a module, with a light quiet zone: for decoder tests. */
export function modulesToGrey(modules: Uint8Array, size: number, pxPerModule: number, quietModules: number): GreyImage {
	const side = (size + 2 * quietModules) * pxPerModule;
	const pixels = new Uint8Array(side * side).fill(255);
	for (let y = 0; y < side; y++) {
		const row = Math.floor(y / pxPerModule) - quietModules;
		for (let x = 0; x < side; x++) {
			const column = Math.floor(x / pxPerModule) - quietModules;
			const inside = row >= 0 && column >= 0 && row < size && column < size;
			if (inside && modules[row * size + column] === 1) pixels[y * side + x] = 0;
		}
	}
	return { width: side, height: side, pixels };
}

function isSpace(byte: number): boolean {
	return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}
