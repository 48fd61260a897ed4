import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import jsQR from 'jsqr';
import { describe, expect, onTestFinished, test } from 'vitest';
import { codeToQrText, shortUrlToDisplay } from '../../../src/core/links/short-url.ts';
import { loadPlaqueFonts } from '../../../src/core/plaque/fonts.ts';
import { layoutPlaque, type PlaqueLayout } from '../../../src/core/plaque/layout.ts';
import { renderPlaquePdf, renderPlaquesPdf, type PdfMeta } from '../../../src/core/plaque/render-pdf.ts';
import { pngToPlaqueLogo, type PlaqueLogo } from '../../../src/core/plaque/logo.ts';
import { PLAQUE_SIZES, type PlaqueSize } from '../../../src/core/plaque/sizes.ts';
import { createQrMatrix } from '../../../src/core/qr/matrix.ts';
import { greyToRgba, parsePgm } from '../../helpers/pgm.ts';

const BASE_URL = 'https://damha.example.vn';
const QR_TEXT = codeToQrText(BASE_URL, 'DH01');
const META: PdfMeta = { title: 'DH01 · Tượng đài Anh hùng liệt sĩ Hà Quang Vóc', creationDate: new Date('2025-07-01T00:00:00Z'), id: 'DH01' };
const fonts = loadPlaqueFonts();

// CI installs poppler-utils, so these checks always run there; a laptop without it skips them, saying so.
const hasPoppler = spawnSync('pdfinfo', ['-v']).error === undefined;
const hasQpdf = spawnSync('qpdf', ['--version']).error === undefined;

function sampleLayout(size: PlaqueSize = PLAQUE_SIZES.a5, logo?: PlaqueLogo): PlaqueLayout {
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
		size,
		bleedMm: 3,
		matrix: createQrMatrix(QR_TEXT),
		measure: fonts.measure,
		logo,
	});
}

/** Runs a poppler/qpdf tool on the PDF given on stdin (`-`) and returns its stdout. */
function tool(command: string, args: string[], pdf: Uint8Array): Buffer {
	return execFileSync(command, [...args], { input: pdf, maxBuffer: 256 * 1024 * 1024 });
}

const latin1 = (pdf: Uint8Array): string => Buffer.from(pdf).toString('latin1');
const ptFromMm = (mm: number): number => (mm * 72) / 25.4;

/** The page's drawing operators: the inflated stream that draws rectangles. */
function pageContent(pdf: Uint8Array): string {
	const text = latin1(pdf);
	for (const match of text.matchAll(/<<([^]*?)>>\nstream\n/g)) {
		const length = Number(/\/Length (\d+)/.exec(match[1]!)?.[1]);
		const start = match.index + match[0].length;
		const bytes = Buffer.from(pdf.subarray(start, start + length));
		const content = (match[1]!.includes('/FlateDecode') ? inflateSync(bytes) : bytes).toString('latin1');
		if (content.includes(' re\n')) return content;
	}
	throw new Error('No page content stream found');
}

describe('renderPlaquePdf', async () => {
	const pdf = await renderPlaquePdf(sampleLayout(), fonts, META);

	test('gives byte-identical files for the same input', async () => {
		const again = await renderPlaquePdf(sampleLayout(), fonts, META);
		expect(Buffer.from(again).equals(Buffer.from(pdf))).toBe(true);
	});

	test('takes the document ID from meta.id, not from the title or the clock', async () => {
		const expected = createHash('md5').update('DH01').digest('hex').toUpperCase();
		expect(latin1(pdf)).toMatch(new RegExp(`/ID \\[<${expected}> <${expected}>\\]`, 'i'));
		const retitled = await renderPlaquePdf(sampleLayout(), fonts, { ...META, title: 'Another title' });
		expect(latin1(retitled)).toMatch(new RegExp(`/ID \\[<${expected}>`, 'i'));
		const other = await renderPlaquePdf(sampleLayout(), fonts, { ...META, id: 'DH02' });
		expect(latin1(other)).not.toMatch(new RegExp(expected, 'i'));
	});

	test('writes the given dates, not the time of rendering', () => {
		expect(latin1(pdf)).toContain('(D:20250701000000Z)');
	});

	test('uses no transparency', () => {
		expect(latin1(pdf)).not.toMatch(/\/ExtGState|\/SMask|\/ca\b|\/CA\b|\/Group/);
	});

	test('fills the QR code and black text with K-only CMYK and strokes the 8 crop marks in registration black', () => {
		const content = pageContent(pdf);
		expect(content).toMatch(/(?:[-\d. ]+ re\n){100,}\/DeviceCMYK cs\n0 0 0 1 scn\nf\n/);
		expect(content).not.toMatch(/\/DeviceRGB cs\n0 0 0 scn/);
		expect(content.match(/\/DeviceCMYK CS\n1 1 1 1 SCN\nS\n/g)).toHaveLength(8);
	});

	test.skipIf(!hasPoppler)('has the page = trim + 2 × (bleed + marks), with TrimBox and BleedBox (pdfinfo -box)', () => {
		const layout = sampleLayout();
		const info = tool('pdfinfo', ['-box', '-'], pdf).toString('utf8');
		const box = (name: string) => info.match(new RegExp(`${name}:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`))?.slice(1).map(Number);
		const outer = layout.bleedMm + layout.markMm;
		const [pageW, pageH] = [148 + 2 * outer, 210 + 2 * outer].map(ptFromMm) as [number, number];
		const near = (values: number[] | undefined, expected: number[]) => values?.every((value, i) => Math.abs(value - expected[i]!) < 0.01);
		expect(near(box('MediaBox'), [0, 0, pageW, pageH])).toBe(true);
		expect(near(box('TrimBox'), [ptFromMm(outer), ptFromMm(outer), pageW - ptFromMm(outer), pageH - ptFromMm(outer)])).toBe(true);
		expect(near(box('BleedBox'), [ptFromMm(layout.markMm), ptFromMm(layout.markMm), pageW - ptFromMm(layout.markMm), pageH - ptFromMm(layout.markMm)])).toBe(true);
		expect(info).toMatch(/Pages:\s+1\n/);
	});

	test.skipIf(!hasPoppler)('embeds both fonts as subsets (pdffonts)', () => {
		const rows = tool('pdffonts', ['-'], pdf).toString('utf8').trim().split('\n').slice(2);
		expect(rows).toHaveLength(2);
		for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+BeVietnamPro-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\b/);
	});

	test.skipIf(!hasPoppler)('keeps the Vietnamese text extractable with every diacritic (pdftotext)', () => {
		const text = tool('pdftotext', ['-', '-'], pdf).toString('utf8').normalize('NFC');
		for (const line of ['Tượng đài Anh hùng', 'liệt sĩ Hà Quang Vóc', 'Di tích lịch sử · Cấp tỉnh', 'damha.example.vn/DH01', 'DH01', 'Đoàn Thanh niên xã Đầm Hà']) {
			expect(text).toContain(line);
		}
	});

	test.skipIf(!hasPoppler)('rasterises at 200 dpi to a QR code that decodes to the plaque address (pdftoppm + jsQR)', () => {
		const image = parsePgm(tool('pdftoppm', ['-r', '200', '-gray', '-singlefile', '-'], pdf));
		expect(image.width).toBeGreaterThan(1000);
		expect(jsQR(greyToRgba(image), image.width, image.height)?.data).toBe(QR_TEXT);
	});

	test.skipIf(!hasQpdf)('passes qpdf --check', () => {
		// qpdf needs a seekable file, not stdin.
		const dir = mkdtempSync(join(tmpdir(), 'ditichso-pdf-'));
		onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
		const file = join(dir, 'DH01.a5.pdf');
		writeFileSync(file, pdf);
		expect(execFileSync('qpdf', ['--check', file]).toString('utf8')).toContain('No syntax or stream encoding errors found');
	});
});

describe('renderPlaquesPdf', async () => {
	const layouts = [sampleLayout(PLAQUE_SIZES.a5), sampleLayout(PLAQUE_SIZES['sticker-10x10']), sampleLayout(PLAQUE_SIZES['board-30x40'])];
	const pdf = await renderPlaquesPdf(layouts, fonts, META);

	test('gives byte-identical files for the same input', async () => {
		const again = await renderPlaquesPdf(layouts, fonts, META);
		expect(Buffer.from(again).equals(Buffer.from(pdf))).toBe(true);
	});

	test('writes one page per layout', () => {
		expect(latin1(pdf).match(/\/Type \/Page\b/g)).toHaveLength(3);
	});

	test('refuses an empty list', async () => {
		await expect(renderPlaquesPdf([], fonts, META)).rejects.toThrow(/at least one layout/);
	});

	test.skipIf(!hasPoppler)('gives every page its own size, TrimBox and BleedBox (pdfinfo -box)', () => {
		const info = tool('pdfinfo', ['-box', '-f', '1', '-l', '3', '-'], pdf).toString('utf8');
		expect(info).toMatch(/Pages:\s+3\n/);
		const box = (page: number, name: string) => info.match(new RegExp(`Page\\s+${page} ${name}:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`))?.slice(1).map(Number);
		layouts.forEach((layout, index) => {
			const outer = layout.bleedMm + layout.markMm;
			const [w, h] = [layout.trimMm.width + 2 * outer, layout.trimMm.height + 2 * outer].map(ptFromMm) as [number, number];
			const near = (values: number[] | undefined, expected: number[]) => values?.every((value, i) => Math.abs(value - expected[i]!) < 0.01);
			expect(near(box(index + 1, 'MediaBox'), [0, 0, w, h])).toBe(true);
			expect(near(box(index + 1, 'TrimBox'), [ptFromMm(outer), ptFromMm(outer), w - ptFromMm(outer), h - ptFromMm(outer)])).toBe(true);
			expect(near(box(index + 1, 'BleedBox'), [ptFromMm(layout.markMm), ptFromMm(layout.markMm), w - ptFromMm(layout.markMm), h - ptFromMm(layout.markMm)])).toBe(true);
		});
	});

	test.skipIf(!hasPoppler)('draws an opaque PNG logo as one image, 27 × 9 mm on A5, without transparency (pdfimages)', async () => {
		const png = new Uint8Array(readFileSync(new URL('../../fixtures/logo/logo.png', import.meta.url)));
		const withLogo = await renderPlaquesPdf([sampleLayout(PLAQUE_SIZES.a5, pngToPlaqueLogo(png))], fonts, META);
		const rows = tool('pdfimages', ['-list', '-'], withLogo).toString('utf8').trim().split('\n').slice(2);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatch(/^\s*1\s+0\s+image\s+60\s+20\s+rgb\b/);
		expect(latin1(withLogo)).not.toMatch(/\/SMask/);
	});

	test.skipIf(!hasPoppler)('embeds a small subset of the Chinese font for a Chinese title (pdffonts)', async () => {
		const layout = layoutPlaque({
			content: { code: 'DH01', titles: [{ lang: 'vi', text: 'Đình Đầm Hà' }, { lang: 'zh', text: '潭河亭' }], categoryLine: 'Di tích lịch sử · Cấp tỉnh', shortUrlText: shortUrlToDisplay(BASE_URL, 'DH01'), owner: 'Đoàn Thanh niên xã Đầm Hà' },
			size: PLAQUE_SIZES.a5,
			bleedMm: 3,
			matrix: createQrMatrix(QR_TEXT),
			measure: fonts.measure,
		});
		const zh = await renderPlaquesPdf([layout], fonts, META);
		expect(tool('pdffonts', ['-'], zh).toString('utf8')).toMatch(/^[A-Z]{6}\+NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\b/m);
		// The full font is 10 MB; the subset of three characters is a few kilobytes.
		expect(zh.byteLength).toBeLessThan(100_000);
		expect(tool('pdftotext', ['-', '-'], zh).toString('utf8')).toContain('潭河亭');
	});

	test.skipIf(!hasQpdf)('passes qpdf --check', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ditichso-pdf-'));
		onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
		const file = join(dir, 'plaques.pdf');
		writeFileSync(file, pdf);
		expect(execFileSync('qpdf', ['--check', file]).toString('utf8')).toContain('No syntax or stream encoding errors found');
	});
});
