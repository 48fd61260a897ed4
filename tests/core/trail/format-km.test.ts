import { describe, expect, test } from 'vitest';
import { formatKm } from '../../../src/core/trail/format-km.ts';

describe('formatKm', () => {
	test.each([
		['vi', 5.3191, '5,3 km'],
		['en', 5.3191, '5.3 km'],
		['zh', 5.3191, '5.3 公里'],
		['ko', 5.3191, '5.3 km'],
		['vi', 2, '2,0 km'],
		['vi', 1137.84, '1.137,8 km'],
		['en', 1137.84, '1,137.8 km'],
		['vi', 0.04, '0,0 km'],
	] as const)('in %s, %d km reads "%s" (one decimal, the visitor’s separators)', (lang, km, text) => {
		expect(formatKm(lang, km)).toBe(text);
	});

	test.each([
		['vi', 2, '2 km'],
		['vi', 0.5, '0,5 km'],
		['en', 0.2, '0.2 km'],
	] as const)('with trimZero, in %s, %d km reads "%s"', (lang, km, text) => {
		expect(formatKm(lang, km, { trimZero: true })).toBe(text);
	});
});
