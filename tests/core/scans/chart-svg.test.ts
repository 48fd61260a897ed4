import { describe, expect, test } from 'vitest';
import { renderScanChart } from '../../../src/core/scans/chart-svg.ts';
import { tabulateScans, type Scan } from '../../../src/core/scans/count.ts';

const PLAQUES = [
	{ code: 'DH01', title: 'Đình Đầm Hà' },
	{ code: 'DH02', title: 'Chùa <Đầm Hà> & Miếu Quan Lớn' },
];
const SCANS: Scan[] = [
	...Array.from({ length: 12 }, () => ({ code: 'DH01', day: '2025-03-08' })),
	...Array.from({ length: 3 }, () => ({ code: 'DH02', day: '2025-03-09' })),
	...Array.from({ length: 5 }, () => ({ code: 'DH02', day: '2025-05-01' })),
];
const month = tabulateScans(SCANS, PLAQUES, 'month');

const count = (svg: string, pattern: RegExp) => [...svg.matchAll(pattern)].length;

describe('renderScanChart', () => {
	test('is an 800 px wide, self-contained SVG with a title and a description for screen readers', () => {
		const svg = renderScanChart(month, 'vi');
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="800" height="480" viewBox="0 0 800 480" role="img" aria-labelledby="scans-title scans-desc"/);
		expect(svg).toContain('<title id="scans-title">Lượt quét bảng QR theo tháng, 2025-03 đến 2025-05</title>');
		expect(svg.match(/<desc id="scans-desc">(.*)<\/desc>/)?.[1]).toMatchInlineSnapshot(`"Biểu đồ cột chồng: mỗi cột là một tháng, mỗi màu là một bảng QR, số trên cột là tổng của tháng đó. Tổng: 20 lượt quét. 2025-03: 15; 2025-04: 0; 2025-05: 5. Nhiều nhất: DH01 Đình Đầm Hà (12)."`);
		expect(svg).not.toMatch(/<script|<image|href=|@font-face|url\(|<foreignObject/i);
		expect(svg.endsWith('</svg>\n')).toBe(true);
	});

	test('draws one segment per plaque and period with scans, each total above its bar, and a legend row per plaque', () => {
		const svg = renderScanChart(month, 'vi');
		// Bars: DH01 and DH02 in March, DH02 in May; April is empty.
		expect(count(svg, /<rect [^>]*stroke="#ffffff"/g)).toBe(3);
		expect(svg).toContain('<title>DH01 2025-03: 12</title>');
		expect(svg).toContain('<title>DH02 2025-05: 5</title>');
		expect(svg).toMatch(/text-anchor="middle" fill="#1f2328">15<\/text>/);
		expect(svg).toMatch(/<tspan font-weight="bold">DH02<\/tspan> Chùa &lt;Đầm Hà&gt; &amp;…<\/text>/);
		expect(svg).toContain('text-anchor="end" fill="#1f2328">8</text>');
	});

	test('speaks English with lang en', () => {
		const svg = renderScanChart(month, 'en');
		expect(svg).toContain('<title id="scans-title">QR plaque scans per month, 2025-03 to 2025-05</title>');
		expect(svg).toContain('>scans</text>');
	});

	test('slants period labels when they do not fit level', () => {
		expect(renderScanChart(month, 'vi')).not.toContain('rotate(-45');
		expect(renderScanChart(tabulateScans(SCANS, PLAQUES, 'day'), 'vi')).toContain('rotate(-45');
	});

	test('the same table gives the same bytes', () => {
		expect(renderScanChart(tabulateScans(SCANS, PLAQUES, 'week'), 'vi')).toBe(renderScanChart(tabulateScans([...SCANS].reverse(), [...PLAQUES].reverse(), 'week'), 'vi'));
	});

	test('says so when there are no scans', () => {
		const svg = renderScanChart(tabulateScans([], PLAQUES, 'month', { from: '2025-06-01', to: '2025-06-30' }), 'vi');
		expect(svg).toContain('Không có lượt quét nào trong khoảng thời gian này.');
		expect(count(svg, /<rect [^>]*stroke="#ffffff"/g)).toBe(0);
	});

	test('grows taller when the legend needs it', () => {
		const many = Array.from({ length: 30 }, (_, i) => ({ code: `DH${String(i).padStart(2, '0')}`, title: `Di tích ${i}` }));
		expect(renderScanChart(tabulateScans([], many, 'month'), 'vi')).toMatch(/^<svg [^>]*height="746"/);
	});
});
