import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { renderPreviewPng } from '../../../src/core/images/preview.ts';

// A 30 × 20 mm drawing: white with a black 10 × 10 mm square whose top-left corner is at (10, 5).
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="30mm" height="20mm" viewBox="0 0 30 20"><rect width="30" height="20" fill="#fff"/><rect x="10" y="5" width="10" height="10" fill="#000"/></svg>';
const output = { pageMm: { width: 30, height: 20 }, crop: { xMm: 10, yMm: 5, widthMm: 10, heightMm: 10 }, widthPx: 100, heightPx: 100 };

describe('renderPreviewPng', () => {
	test('draws only the cropped region, at the asked size', async () => {
		const png = await renderPreviewPng(SVG, output);
		const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
		expect([info.width, info.height]).toEqual([100, 100]);
		expect(Math.max(...data)).toBeLessThan(40);
	});

	test('gives the same bytes every time', async () => {
		const a = await renderPreviewPng(SVG, output);
		const b = await renderPreviewPng(SVG, output);
		expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
	});
});
