import { describe, expect, test } from 'vitest';
import { BLOT_AREA_FRACTION, finderZones, planBlot, planDegradations, rectsOverlap, stepLabel, type ModuleRect } from '../../../src/core/index.ts';

const sizes = [21, 25, 29, 33, 37, 41, 57];
const area = (rect: ModuleRect) => rect.widthModules * rect.heightModules;

describe('planBlot', () => {
	test.each(sizes)('covers 12 percent ± 0.5 of the area of a %i-module symbol', (size) => {
		expect(Math.abs(area(planBlot(size)) / size ** 2 - 0.12)).toBeLessThanOrEqual(0.005);
	});

	test.each(sizes.filter((size) => size >= 29))('misses the three finder patterns, their separators and format areas (%i modules)', (size) => {
		const blot = planBlot(size);
		expect(finderZones(size).filter((zone) => rectsOverlap(zone, blot))).toEqual([]);
		expect(blot.row).toBeGreaterThanOrEqual(0);
		expect(blot.row + blot.heightModules).toBeLessThanOrEqual(size);
	});

	test.each([21, 25])('on a smaller symbol (%i modules) may touch a format area, never a finder pattern or separator', (size) => {
		const finders = finderZones(size).map((zone) => ({ ...zone, widthModules: 8, heightModules: 8, row: zone.row && size - 8, column: zone.column && size - 8 }));
		expect(finders.filter((zone) => rectsOverlap(zone, planBlot(size)))).toEqual([]);
	});

	test('on the sample symbol (version 3) also misses the timing patterns and the alignment pattern', () => {
		const blot = planBlot(29);
		const timingRow = { row: 6, column: 0, widthModules: 29, heightModules: 1 };
		const timingColumn = { row: 0, column: 6, widthModules: 1, heightModules: 29 };
		const alignment = { row: 20, column: 20, widthModules: 5, heightModules: 5 };
		expect([timingRow, timingColumn, alignment].filter((zone) => rectsOverlap(zone, blot))).toEqual([]);
	});
});

describe('finderZones', () => {
	test('are the 9×9, 8×9 and 9×8 corners of a version 1 symbol', () => {
		expect(finderZones(21)).toEqual([
			{ row: 0, column: 0, widthModules: 9, heightModules: 9 },
			{ row: 0, column: 13, widthModules: 8, heightModules: 9 },
			{ row: 13, column: 0, widthModules: 9, heightModules: 8 },
		]);
	});
});

describe('planDegradations', () => {
	test('the full set names every degradation of the issue', () => {
		expect(planDegradations(29, 'full').map((step) => stepLabel(step, 300))).toMatchInlineSnapshot(`
			[
			  "print 300 dpi, whole page",
			  "low resolution 2 px/module",
			  "phone 5 px/module, clean",
			  "phone 5 px/module, blur σ 0.4 module",
			  "phone 5 px/module, rotated 15°",
			  "phone 5 px/module, faded #777777/#bbbbbb",
			  "phone 5 px/module, JPEG quality 20",
			  "phone 5 px/module, blot 12% of area",
			]
		`);
	});

	test('the quick set keeps the clean page and the lowest resolution', () => {
		expect(planDegradations(29, 'quick').map((step) => step.degradation.kind)).toEqual(['clean', 'downscale']);
	});

	test('the blot step carries the planned rectangle and its area', () => {
		const blot = planDegradations(29, 'full').find((step) => step.degradation.kind === 'blot')?.degradation;
		expect(blot).toMatchObject({ rect: planBlot(29), areaFraction: BLOT_AREA_FRACTION });
	});
});
