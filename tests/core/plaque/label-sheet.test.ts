import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { codeToQrText, shortUrlToDisplay } from '../../../src/core/links/short-url.ts';
import { loadPlaqueFonts, type Measure } from '../../../src/core/plaque/fonts.ts';
import { LABEL_SHEET, layoutLabelSheet, type LabelItem } from '../../../src/core/plaque/label-sheet.ts';
import { MIN_MODULE_MM, MM_PER_PT, TEXT_ASCENT_EM, TEXT_DESCENT_EM, type PlaqueItem } from '../../../src/core/plaque/layout.ts';
import { renderPlaquesPdf } from '../../../src/core/plaque/render-pdf.ts';
import { renderPlaqueSvg } from '../../../src/core/plaque/render-svg.ts';
import { createQrMatrix, QUIET_ZONE_MODULES } from '../../../src/core/qr/matrix.ts';

const BASE_URL = 'https://damha.example.vn';
const LONGEST = 'Khu di tích lịch sử Đền thờ Đức Ông Trần Khánh Dư và các danh tướng thời Trần';
const fakeMeasure: Measure = (text, _font, sizePt) => text.length * 0.5 * (sizePt / 10);
const hasPoppler = spawnSync('pdfinfo', ['-v']).error === undefined;

function item(index: number, title = `Đình số ${index}`): LabelItem {
	const code = `DH${String(index).padStart(2, '0')}`;
	return { code, title, matrix: createQrMatrix(codeToQrText(BASE_URL, code)), shortUrlText: shortUrlToDisplay(BASE_URL, code) };
}

const items = (count: number): LabelItem[] => Array.from({ length: count }, (_, i) => item(i + 1));

function textBox(text: Extract<PlaqueItem, { kind: 'text' }>, measure: Measure) {
	const em = text.fontSizePt * MM_PER_PT;
	return { left: text.xMm, right: text.xMm + measure(text.text, text.font, text.fontSizePt), top: text.yMm - TEXT_ASCENT_EM * em, bottom: text.yMm + TEXT_DESCENT_EM * em };
}

describe('layoutLabelSheet', () => {
	test('puts 21 labels on each A4 sheet, as many sheets as needed', () => {
		expect(layoutLabelSheet(items(21), fakeMeasure)).toHaveLength(1);
		const pages = layoutLabelSheet(items(22), fakeMeasure);
		expect(pages).toHaveLength(2);
		expect(pages.map((p) => p.items.filter((i) => i.kind === 'qr').length)).toEqual([21, 1]);
		expect(layoutLabelSheet([], fakeMeasure)).toEqual([]);
	});

	test('is an A4 page without bleed or crop marks, with a cut line on every cell edge', () => {
		const [page] = layoutLabelSheet(items(3), fakeMeasure);
		expect(page).toMatchObject({ sizeId: 'label-sheet', trimMm: { width: 210, height: 297 }, bleedMm: 0, markMm: 0 });
		expect(page!.items.filter((i) => i.kind === 'cropMark')).toEqual([]);
		const cuts = page!.items.filter((i) => i.kind === 'cutLine');
		expect(cuts).toHaveLength(LABEL_SHEET.rows + 1 + LABEL_SHEET.columns + 1);
		const rows = cuts.filter((c) => c.y1Mm === c.y2Mm).map((c) => c.y1Mm);
		expect(rows[0]).toBeCloseTo(15.15, 6);
		expect(rows.at(-1)).toBeCloseTo(297 - 15.15, 6);
	});

	test('keeps each QR code with its quiet zone and every text inside its own cell, modules at least 0.5 mm', () => {
		const [page] = layoutLabelSheet(items(21), fakeMeasure);
		const left = (210 - 3 * 63.5) / 2;
		const top = (297 - 7 * 38.1) / 2;
		const cellOf = (x: number, y: number) => [Math.floor((x - left) / 63.5), Math.floor((y - top) / 38.1)].join(',');
		for (const qr of page!.items.filter((i) => i.kind === 'qr')) {
			expect(qr.moduleMm).toBeGreaterThanOrEqual(MIN_MODULE_MM);
			const quiet = QUIET_ZONE_MODULES * qr.moduleMm;
			const side = qr.matrix.size * qr.moduleMm;
			expect(cellOf(qr.xMm - quiet + 0.01, qr.yMm - quiet + 0.01)).toBe(cellOf(qr.xMm + side + quiet - 0.01, qr.yMm + side + quiet - 0.01));
		}
		for (const text of page!.items.filter((i) => i.kind === 'text')) {
			const box = textBox(text, fakeMeasure);
			expect(cellOf(box.left, box.top)).toBe(cellOf(box.right, box.bottom));
		}
	});

	test('reports a name that does not fit, with the label code', () => {
		const [page] = layoutLabelSheet([item(7, `${LONGEST} `.repeat(6))], fakeMeasure);
		expect(page!.overflow).toEqual([{ part: 'title', lang: 'vi', code: 'DH07', text: expect.stringContaining('Khánh Dư'), byMm: expect.any(Number) }]);
	});

	test('fits the longest sample title with the real fonts', () => {
		const [page] = layoutLabelSheet([item(1, LONGEST)], loadPlaqueFonts().measure);
		expect(page!.overflow).toEqual([]);
	});
});

describe('label sheet rendering', async () => {
	const fonts = loadPlaqueFonts();
	const pages = layoutLabelSheet([...items(20), item(21, LONGEST), item(22)], fonts.measure);

	test('draws cut lines in the SVG and matches the file snapshot', async () => {
		// Four labels keep the snapshot small enough to review; the layout of a full sheet is tested above.
		const svg = renderPlaqueSvg(layoutLabelSheet([item(1), item(2, LONGEST), item(3), item(4)], fonts.measure)[0]!, fonts);
		expect(svg.match(/stroke-width="0.1"/g)).toHaveLength(1);
		await expect(svg).toMatchFileSnapshot('../../snapshots/plaques/label-sheet.a4.svg');
	});

	test.skipIf(!hasPoppler)('renders two A4 pages in one PDF (pdfinfo)', async () => {
		const pdf = await renderPlaquesPdf(pages, fonts, { title: 'Nhãn', creationDate: new Date('2025-07-01T00:00:00Z'), id: 'labels' });
		const info = execFileSync('pdfinfo', ['-box', '-l', '2', '-'], { input: pdf }).toString('utf8');
		expect(info).toMatch(/Pages:\s+2\n/);
		expect(info).toMatch(/Page\s+2 TrimBox:\s+0\.00\s+0\.00\s+595\.28\s+841\.89/);
	});
});
