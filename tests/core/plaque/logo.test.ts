import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { placeLogo, pngToPlaqueLogo } from '../../../src/core/plaque/logo.ts';

const PNG = new Uint8Array(readFileSync(new URL('../../fixtures/logo/logo.png', import.meta.url)));

describe('pngToPlaqueLogo', () => {
	test('reads the pixel size from the PNG header and keeps the bytes', () => {
		expect(pngToPlaqueLogo(PNG)).toEqual({ png: PNG, widthPx: 60, heightPx: 20 });
	});

	test.each([
		['an SVG', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="60" height="20"/>')],
		['a JPEG renamed .png', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array(30).fill(0)])],
		['a cut-off PNG', PNG.subarray(0, 20)],
		['empty bytes', new Uint8Array()],
	])('refuses %s', (_, bytes) => {
		expect(pngToPlaqueLogo(bytes)).toBeUndefined();
	});
});

describe('placeLogo', () => {
	const logo = { png: PNG, widthPx: 60, heightPx: 20 };

	test('fills the box height, keeps the aspect ratio and centres it', () => {
		expect(placeLogo(logo, { centreMm: 74, topMm: 100, heightMm: 9, maxWidthMm: 128 })).toEqual({ xMm: 60.5, yMm: 100, widthMm: 27, heightMm: 9 });
	});

	test('shrinks a wide logo to the width, centred vertically in the box', () => {
		expect(placeLogo({ ...logo, widthPx: 1000, heightPx: 10 }, { centreMm: 50, topMm: 0, heightMm: 9, maxWidthMm: 80 })).toEqual({ xMm: 10, yMm: 4.1, widthMm: 80, heightMm: 0.8 });
	});
});
