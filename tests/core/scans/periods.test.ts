import { describe, expect, test } from 'vitest';
import { isCalendarDay, localDay, periodOfDay, periodRange } from '../../../src/core/scans/periods.ts';

describe('localDay', () => {
	test.each([
		['2025-03-04T23:30:00Z', 420, '2025-03-05'],
		['2025-03-04T16:59:59Z', 420, '2025-03-04'],
		['2025-03-04T17:00:00Z', 420, '2025-03-05'],
		['2025-03-05T02:00:00Z', -300, '2025-03-04'],
		['2025-03-05T02:00:00Z', 0, '2025-03-05'],
	])('%s at offset %i is %s', (iso, offset, day) => {
		expect(localDay(new Date(iso), offset)).toBe(day);
	});
});

describe('periodOfDay', () => {
	test.each([
		['2025-03-05', 'day', '2025-03-05'],
		['2025-03-05', 'month', '2025-03'],
		['2025-03-05', 'week', '2025-W10'],
		['2025-03-03', 'week', '2025-W10'], // a Monday starts the week
		['2025-03-02', 'week', '2025-W09'], // the Sunday before ends the previous one
		['2024-12-30', 'week', '2025-W01'], // the week of 1 January 2025 (a Wednesday) is 2025's first
		['2025-01-01', 'week', '2025-W01'],
		['2021-01-03', 'week', '2020-W53'], // 1 January 2021 was a Friday: its week belongs to 2020
		['2026-12-31', 'week', '2026-W53'],
		['2027-01-01', 'week', '2026-W53'],
		['2027-01-04', 'week', '2027-W01'],
	] as const)('%s per %s is %s', (day, by, period) => {
		expect(periodOfDay(day, by)).toBe(period);
	});
});

describe('periodRange', () => {
	test.each([
		['2025-03-30', '2025-04-02', 'day', ['2025-03-30', '2025-03-31', '2025-04-01', '2025-04-02']],
		['2025-01-15', '2025-04-01', 'month', ['2025-01', '2025-02', '2025-03', '2025-04']],
		['2024-12-25', '2025-01-08', 'week', ['2024-W52', '2025-W01', '2025-W02']],
		['2025-03-05', '2025-03-05', 'month', ['2025-03']],
		['2025-03-06', '2025-03-05', 'day', []],
	] as const)('%s to %s per %s', (first, last, by, periods) => {
		expect(periodRange(first, last, by)).toEqual(periods);
	});
});

describe('isCalendarDay', () => {
	test.each([
		['2025-03-01', true],
		['2024-02-29', true],
		['2025-02-29', false],
		['2025-13-01', false],
		['2025-3-1', false],
		['01/03/2025', false],
		['2025-03-01T00:00', false],
	])('%s → %s', (text, ok) => {
		expect(isCalendarDay(text)).toBe(ok);
	});
});
