import { describe, expect, test } from 'vitest';
import { parseFrontMatter, parseYaml } from '../../../src/core/content/front-matter.ts';
import { commaSplitNumber, withDecimalDot } from '../../../src/core/problems/decimal-comma.ts';
import { zodIssuesToProblems } from '../../../src/core/problems/from-zod.ts';
import { SettingsSchema } from '../../../src/core/schema/index.ts';

describe('withDecimalDot', () => {
	test.each([
		['21,352', '21.352'],
		['107,5', '107.5'],
		['"21,352"', '21.352'],
		["'21,352'", '21.352'],
		['-0,5', '-0.5'],
		[' 21,352 ', '21.352'],
	])('rewrites %j as %j', (raw, fixed) => {
		expect(withDecimalDot(raw)).toBe(fixed);
	});

	test.each(['21.352', '21,352,5', '1.234,5', '21,', ',5', '"21,352', 'hai mươi mốt, ba', '21, 352', ''])('leaves %j alone: it is not one number with a decimal comma', (raw) => {
		expect(withDecimalDot(raw)).toBeUndefined();
	});
});

describe('commaSplitNumber', () => {
	const flow = parseFrontMatter('---\ncode: DH01\nlocation: { lat: 21,352, lng: 107,599 }\n---\n');

	test('puts the field made of the decimals back on the number before it, inside braces', () => {
		expect(commaSplitNumber(flow.positions, ['location'], '352')).toEqual({ code: 'decimal-comma', severity: 'error', field: 'location.lat', line: 3, column: 18, params: { key: 'lat', value: '21,352', fixed: '21.352' } });
		expect(commaSplitNumber(flow.positions, ['location'], '599')).toMatchObject({ field: 'location.lng', params: { key: 'lng', value: '107,599', fixed: '107.599' } });
	});

	test('says nothing of a field name that is not digits, or of digits after something that is not a whole number', () => {
		expect(commaSplitNumber(flow.positions, ['location'], 'lat')).toBeUndefined();
		const text = parseFrontMatter('---\nlocation: { lat: 21.3, 52: 1 }\nplace: { name: Đình, 12: x }\n---\n');
		expect(commaSplitNumber(text.positions, ['location'], '52')).toBeUndefined();
		expect(commaSplitNumber(text.positions, ['place'], '12')).toBeUndefined();
	});
});

describe('a decimal comma in any number field (issue #8)', () => {
	test('settings.yaml: bleedMm: 3,5 is told to be 3.5', () => {
		const parsed = parseYaml('name:\n  vi: Di tích\n  en: Sites\nowner: Đoàn\nbaseUrl: https://damha.example.vn\nlanguages: [vi]\nplaque:\n  bleedMm: 3,5\n');
		const result = SettingsSchema.safeParse(parsed.data);
		expect(result.success).toBe(false);
		if (result.success) return;
		expect(zodIssuesToProblems(result.error.issues, SettingsSchema, parsed.positions, 'content/settings.yaml')).toEqual([
			{ code: 'decimal-comma', severity: 'error', file: 'content/settings.yaml', field: 'plaque.bleedMm', line: 8, column: 12, params: { key: 'bleedMm', value: '3,5', fixed: '3.5' } },
		]);
	});
});
