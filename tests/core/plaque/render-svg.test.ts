import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { codeToQrText, shortUrlToDisplay } from '../../../src/core/links/short-url.ts';
import { loadPlaqueFonts } from '../../../src/core/plaque/fonts.ts';
import { layoutPlaque, type PlaqueLayout } from '../../../src/core/plaque/layout.ts';
import { renderPlaqueSvg } from '../../../src/core/plaque/render-svg.ts';
import { pngToPlaqueLogo, type PlaqueLogo } from '../../../src/core/plaque/logo.ts';
import { PLAQUE_SIZES } from '../../../src/core/plaque/sizes.ts';
import { createQrMatrix } from '../../../src/core/qr/matrix.ts';

const BASE_URL = 'https://damha.example.vn';
const fonts = loadPlaqueFonts();

function sampleLayout(logo?: PlaqueLogo): PlaqueLayout {
	return layoutPlaque({
		content: {
			code: 'DH01',
			titles: [
				{ lang: 'vi', text: 'Tượng đài Anh hùng liệt sĩ Hà Quang Vóc' },
				{ lang: 'en', text: 'Monument to Hero Martyr Ha Quang Voc' },
			],
			categoryLine: 'Di tích lịch sử · Cấp tỉnh',
			shortUrlText: shortUrlToDisplay(BASE_URL, 'DH01'),
			owner: 'Đoàn Thanh niên xã Đầm Hà',
		},
		size: PLAQUE_SIZES.a5,
		bleedMm: 3,
		matrix: createQrMatrix(codeToQrText(BASE_URL, 'DH01')),
		measure: fonts.measure,
		logo,
	});
}

describe('renderPlaqueSvg', () => {
	const svg = renderPlaqueSvg(sampleLayout(), fonts);

	test('matches the reviewed sample plaque (open the snapshot in a browser)', async () => {
		await expect(svg).toMatchFileSnapshot('../../snapshots/plaques/DH01.a5.svg');
	});

	test('is sized in mm to cover trim, bleed and crop-mark margin', () => {
		const layout = sampleLayout();
		const outer = layout.bleedMm + layout.markMm;
		expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${148 + 2 * outer}mm" height="${210 + 2 * outer}mm" viewBox="${-outer} ${-outer} ${148 + 2 * outer} ${210 + 2 * outer}"`));
	});

	test('draws the QR code as one filled black path, never with strokes', () => {
		const qrPaths = svg.split('\n').filter((line) => line.includes('shape-rendering="crispEdges"'));
		expect(qrPaths).toHaveLength(1);
		expect(qrPaths[0]).toContain('fill="#000"');
		expect(qrPaths[0]).not.toContain('stroke');
		expect(qrPaths[0]).toMatch(/d="(M\d+ \d+h\d+v1h-\d+z)+"/);
	});

	test('draws text as outlines, needing no installed font, and keeps the words for screen readers', () => {
		expect(svg).not.toMatch(/<text|font-family/);
		expect(svg).toContain('<title>Tượng đài Anh hùng\nliệt sĩ Hà Quang Vóc\nMonument to Hero Martyr Ha Quang Voc\nDi tích lịch sử · Cấp tỉnh\n');
		expect(svg).toContain('aria-label="Đoàn Thanh niên xã Đầm Hà"');
	});

	test('escapes markup characters in the words', () => {
		const layout = sampleLayout();
		const withAmp = { ...layout, items: layout.items.map((item) => (item.kind === 'text' && item.text === 'DH01' ? { ...item, text: 'A & <B> "C"' } : item)) };
		const out = renderPlaqueSvg(withAmp, fonts);
		expect(out).toContain('aria-label="A &#38; &#60;B&#62; &#34;C&#34;"');
		expect(out).not.toContain('<B>');
	});

	test('gives the same string for the same layout', () => {
		expect(renderPlaqueSvg(sampleLayout(), fonts)).toBe(svg);
	});

	test('rasterises to a QR code that decodes to the plaque address', async () => {
		const { data, info } = await sharp(Buffer.from(svg), { density: 150 }).flatten({ background: '#fff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
		const decoded = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height);
		expect(decoded?.data).toBe('https://DAMHA.EXAMPLE.VN/DH01');
	});
});

describe('renderPlaqueSvg with a logo', () => {
	test('embeds the PNG logo as an image in its box', () => {
		const png = new Uint8Array(readFileSync(new URL('../../fixtures/logo/logo.png', import.meta.url)));
		const layout = sampleLayout(pngToPlaqueLogo(png));
		const image = layout.items.find((item) => item.kind === 'image')!;
		const svg = renderPlaqueSvg(layout, fonts);
		expect(svg).toContain(`<image x="${Math.round(image.xMm * 1000) / 1000}" y="${Math.round(image.yMm * 1000) / 1000}" width="27" height="9" preserveAspectRatio="none" href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/>`);
	});
});
