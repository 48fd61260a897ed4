import { describe, expect, test } from 'vitest';
import { degradeImage, moduleRectToPixels } from '../../../src/core/images/degrade.ts';
import { cropGrey, fillRects, modulesToGrey } from '../../../src/core/images/grey-image.ts';
import { createQrMatrix, planBlot } from '../../../src/core/index.ts';

const matrix = createQrMatrix('https://DAMHA.EXAMPLE.VN/DH01');
const scale = { pxPerModule: 10, quietModules: 4 };
const image = modulesToGrey(matrix.modules, matrix.size, 10, 4);

describe('moduleRectToPixels', () => {
	test('counts the quiet zone and rounds outwards', () => {
		expect(moduleRectToPixels({ row: 0.25, column: 1, widthModules: 2.1, heightModules: 1 }, scale)).toEqual({ x: 50, y: 42, width: 21, height: 11 });
	});
});

describe('degradeImage', () => {
	test('downscales to the asked pixels a module', async () => {
		const small = await degradeImage(image, { kind: 'downscale', pxPerModule: 2 }, scale);
		expect([small.width, small.height]).toEqual([74, 74]);
	});

	test('paints the blot in its fill, within 0.5% of the planned area', async () => {
		const blotted = await degradeImage(image, { kind: 'blot', rect: planBlot(29), fill: 0x80, areaFraction: 0.12 }, scale);
		const grey = blotted.pixels.filter((value) => value === 0x80).length;
		expect(Math.abs(grey / (290 * 290) - 0.12)).toBeLessThan(0.005);
	});

	test('maps faded ink to the planned greys', async () => {
		const faded = await degradeImage(image, { kind: 'contrast', dark: 0x77, light: 0xbb }, scale);
		expect(new Set(faded.pixels)).toEqual(new Set([0x77, 0xbb]));
	});

	test('keeps the size when rotating, on a white ground', async () => {
		const turned = await degradeImage(image, { kind: 'rotate', degrees: 15 }, scale);
		expect(turned.pixels[0]).toBe(255);
		expect(turned.width).toBeGreaterThan(image.width);
	});
});

describe('cropGrey and fillRects', () => {
	test('crop outside the image is paper-white; fills are clipped', () => {
		const dark = fillRects({ width: 2, height: 2, pixels: new Uint8Array(4) }, [{ x: 1, y: -1, width: 5, height: 2 }], 9);
		expect([...dark.pixels]).toEqual([0, 9, 0, 0]);
		expect([...cropGrey(dark, { x: 1, y: 0, width: 2, height: 1 }).pixels]).toEqual([9, 255]);
	});
});
