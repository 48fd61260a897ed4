import { describe, expect, test } from 'vitest';
import { decades, esc, formatMs, logScale, renderChart } from '../../bench/chart.ts';
import type { Run } from '../../bench/model.ts';

const run = (scenario: Run['scenario'], sites: number, wallMs: number): Run => ({ scenario, sites, photos: 'small', wallMs, peakRssBytes: 0, peakHwmBytes: 0 });

describe('the chart', () => {
	const runs = [run('cold', 100, 20_000), run('cold', 1000, 150_000), run('warm-edit', 100, 9000), run('astro', 100, 8000), run('astro', 1000, 30_000), run('hugo', 100, 250), run('hugo', 1000, 1500)];
	const svg = renderChart(runs, { subtitle: '2 × CPU <test> & co' });

	test('is one self-contained SVG: no script, no external reference, text escaped', () => {
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
		expect(svg).not.toMatch(/<script|href=|@import|url\((?!#)/);
		expect(svg).toContain('2 × CPU &lt;test&gt; &amp; co');
	});

	test('labels every series in the legend and every point with its cost per site', () => {
		for (const label of ['ditichso cold', 'ditichso warm, 1 edit', 'plain Astro 7', 'Hugo']) expect(svg).toContain(`>${label}</text>`);
		for (const figure of ['200 ms', '150 ms', '90 ms', '80 ms', '30 ms', '2.5 ms', '1.5 ms']) expect(svg).toContain(`>${figure}</text>`);
		expect(svg).toContain('>1,000</text>');
		// A line for each series with two sizes, none for warm (one size).
		expect(svg.match(/<path /g)).toHaveLength(3);
	});

	test('says so when nothing was measured', () => {
		expect(renderChart([])).toContain('No builds measured.');
	});

	test('scales and figures', () => {
		expect(decades(2.5, 200)).toEqual([1, 1000]);
		expect(decades(100, 100)).toEqual([100, 1000]);
		const x = logScale(10, 1000, 0, 100);
		expect(x(100)).toBeCloseTo(50);
		expect(logScale(5, 5, 0, 100)(5)).toBe(50);
		expect([formatMs(0.25), formatMs(2.5), formatMs(90.4), formatMs(1000), formatMs(2160), formatMs(12_345)]).toEqual(['0.25 ms', '2.5 ms', '90 ms', '1 s', '2.2 s', '12.3 s']);
		expect(esc('"a"')).toBe('&quot;a&quot;');
	});
});
