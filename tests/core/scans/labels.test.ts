import { describe, expect, test } from 'vitest';
import { scanHeading, shortenTitle } from '../../../src/core/scans/labels.ts';

describe('scanHeading', () => {
	test.each([
		[['2025-03', '2025-04', '2025-05'], 'month', 'vi', 'Lượt quét bảng QR theo tháng, 2025-03 đến 2025-05'],
		[['2025-W09', '2025-W10'], 'week', 'en', 'QR plaque scans per week, 2025-W09 to 2025-W10'],
		[['2025-03-05'], 'day', 'vi', 'Lượt quét bảng QR theo ngày, 2025-03-05'],
		[[], 'month', 'en', 'QR plaque scans per month'],
	] as const)('%j per %s in %s', (periods, by, lang, heading) => {
		expect(scanHeading(periods, by, lang)).toBe(heading);
	});
});

describe('shortenTitle', () => {
	test.each([
		['Chùa Sâu', 10, 'Chùa Sâu'],
		['Đình Đầm Hà', 11, 'Đình Đầm Hà'],
		['Đình Đầm Hà', 10, 'Đình Đầm…'],
		['Núi Hứa – Rừng cò', 9, 'Núi Hứa…'],
	])('%s cut to %i → %s', (title, max, short) => {
		expect(shortenTitle(title, max)).toBe(short);
	});
});
