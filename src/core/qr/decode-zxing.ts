import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';
import { DitichsoError } from '../errors.ts';
import { greyToRgba, type GreyImage } from '../images/grey-image.ts';

/** Where a decoder found the symbol on the page: its corners in pixels and its version. */
export interface FoundSymbol {
	text: string;
	version: number;
	corners: Array<{ x: number; y: number }>;
}

let prepared = false;

/**
 * zxing-wasm fetches its .wasm from a CDN unless told otherwise. Plaque checks must work offline
 * and test the installed version, so the binary is read from node_modules, once per process.
 */
function prepareOnce(): void {
	if (prepared) return;
	const require = createRequire(import.meta.url);
	let wasmPath: string;
	try {
		wasmPath = require.resolve('zxing-wasm/reader/zxing_reader.wasm');
	} catch (error) {
		throw new DitichsoError('The zxing-wasm package or its zxing_reader.wasm file is missing. Run `npm ci` to reinstall the packages.', { cause: error });
	}
	const bytes = readFileSync(wasmPath);
	prepareZXingModule({ overrides: { wasmBinary: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer } });
	prepared = true;
}

// QR only, so a stray pattern in a photo of the plaque cannot come back as another symbology.
// tryHarder and tryRotate stay on (the defaults), as on a phone; tryInvert is off: plaques are dark on light.
const OPTIONS: ReaderOptions = { formats: ['QRCode'], tryInvert: false, maxNumberOfSymbols: 1 };

/**
 * Decodes the QR code in an image with ZXing (C++ compiled to wasm), a second decoder independent
 * of jsQR and of the `qrcode` encoder. Returns the text, or undefined when nothing valid was read.
 * The only importer of `zxing-wasm`.
 */
export async function decodeQrZxing(image: GreyImage): Promise<string | undefined> {
	return (await findQrZxing(image))?.text;
}

/** Like decodeQrZxing, with where the symbol lies in the image and its version. */
export async function findQrZxing(image: GreyImage): Promise<FoundSymbol | undefined> {
	prepareOnce();
	// zxing-wasm accepts any { width, height, data } with RGBA data, not only a DOM ImageData.
	const imageData = { width: image.width, height: image.height, data: greyToRgba(image), colorSpace: 'srgb' } as unknown as ImageData;
	const result = (await readBarcodes(imageData, OPTIONS)).find((candidate) => candidate.isValid);
	if (!result) return undefined;
	const { topLeft, topRight, bottomRight, bottomLeft } = result.position;
	return { text: result.text, version: Number(result.version), corners: [topLeft, topRight, bottomRight, bottomLeft] };
}
