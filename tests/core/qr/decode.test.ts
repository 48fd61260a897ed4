import { describe, expect, test } from 'vitest';
import { createQrMatrix } from '../../../src/core/index.ts';
import { modulesToGrey } from '../../../src/core/images/grey-image.ts';
import { decodeQrJsqr } from '../../../src/core/qr/decode-jsqr.ts';
import { decodeQrZxing, findQrZxing } from '../../../src/core/qr/decode-zxing.ts';

const TEXT = 'https://DAMHA.EXAMPLE.VN/DH01';
const matrix = createQrMatrix(TEXT);
const image = modulesToGrey(matrix.modules, matrix.size, 4, 4);
const blank = { width: 64, height: 64, pixels: new Uint8Array(64 * 64).fill(255) };

describe('decodeQrJsqr', () => {
	test('reads a known matrix', () => {
		expect(decodeQrJsqr(image)).toBe(TEXT);
	});

	test('returns undefined on a blank image', () => {
		expect(decodeQrJsqr(blank)).toBeUndefined();
	});
});

describe('decodeQrZxing', () => {
	test('reads a known matrix with the wasm from node_modules', async () => {
		expect(await decodeQrZxing(image)).toBe(TEXT);
	});

	test('returns undefined on a blank image', async () => {
		expect(await decodeQrZxing(blank)).toBeUndefined();
	});
});

describe('findQrZxing', () => {
	test('gives the version and the corners of the symbol inside its quiet zone', async () => {
		const found = await findQrZxing(image);
		expect(found).toMatchObject({ text: TEXT, version: 3 });
		const xs = found!.corners.map((corner) => corner.x);
		expect(Math.min(...xs)).toBeCloseTo(16, -1);
		expect(Math.max(...xs)).toBeCloseTo(16 + 29 * 4, -1);
	});
});
