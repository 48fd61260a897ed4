import { describe, expect, test } from 'vitest';
import { tabulateScans, type Scan } from '../../../src/core/scans/count.ts';
import { formatScanTable, formatScanTally } from '../../../src/core/scans/report-table.ts';

const PLAQUES = [
	{ code: 'DH01', title: 'Đình Đầm Hà' },
	{ code: 'DH06', title: 'Cột cờ Núi Hứa – Nơi thành lập Chi bộ Đảng đầu tiên của Đầm Hà' },
	{ code: 'DH08', title: 'Chùa Sâu' },
];
const SCANS: Scan[] = [
	...Array.from({ length: 120 }, () => ({ code: 'DH01', day: '2025-03-08' })),
	...Array.from({ length: 7 }, () => ({ code: 'DH06', day: '2025-04-30' })),
	{ code: 'DH01', day: '2025-05-01' },
];
const TALLY = { lines: 5234, unparseable: 12, bots: 800, notPlaque: 2900, repeats: 300, outside: 0, counted: 1222 };

describe('formatScanTable', () => {
	test('in Vietnamese: a row per plaque, a column per month, totals; long titles cut', () => {
		expect(formatScanTable(tabulateScans(SCANS, PLAQUES, 'month'), 'vi')).toMatchInlineSnapshot(`
			"Lượt quét bảng QR theo tháng, 2025-03 đến 2025-05

			Mã bảng  Di tích                          2025-03  2025-04  2025-05  Tổng
			-------  -------------------------------  -------  -------  -------  ----
			DH01     Đình Đầm Hà                          120        0        1   121
			DH06     Cột cờ Núi Hứa – Nơi thành lập…        0        7        0     7
			DH08     Chùa Sâu                               0        0        0     0
			-------  -------------------------------  -------  -------  -------  ----
			         Tổng cộng                            120        7        1   128
			"
		`);
	});

	test('in English, per week', () => {
		expect(formatScanTable(tabulateScans(SCANS.slice(120), PLAQUES, 'week'), 'en')).toMatchInlineSnapshot(`
			"QR plaque scans per week, 2025-W18

			Plaque code  Site                             2025-W18  Total
			-----------  -------------------------------  --------  -----
			DH01         Đình Đầm Hà                             1      1
			DH06         Cột cờ Núi Hứa – Nơi thành lập…         7      7
			DH08         Chùa Sâu                                0      0
			-----------  -------------------------------  --------  -----
			             All plaques                             8      8
			"
		`);
	});

	test('says so when there are no scans', () => {
		expect(formatScanTable(tabulateScans([], PLAQUES, 'month', { from: '2025-06-01', to: '2025-06-30' }), 'vi')).toMatchInlineSnapshot(`
			"Lượt quét bảng QR theo tháng, 2025-06

			Mã bảng  Di tích                          2025-06  Tổng
			-------  -------------------------------  -------  ----
			DH01     Đình Đầm Hà                            0     0
			DH06     Cột cờ Núi Hứa – Nơi thành lập…        0     0
			DH08     Chùa Sâu                               0     0
			-------  -------------------------------  -------  ----
			         Tổng cộng                              0     0

			Không có lượt quét nào trong khoảng thời gian này.
			"
		`);
	});
});

describe('formatScanTally', () => {
	test('accounts for every line, in Vietnamese and English', () => {
		expect(formatScanTally(TALLY, 'vi')).toMatchInlineSnapshot(`
			"Đã đọc 5234 dòng: 12 dòng không đọc được, 800 lượt của máy (bot), 300 lượt lặp lại trong 30 phút, 2900 lượt không phải quét bảng, 1222 lượt quét được tính.
			"
		`);
		expect(formatScanTally(TALLY, 'en')).toMatchInlineSnapshot(`
			"Read 5234 lines: 12 unreadable, 800 from bots, 300 repeats within 30 minutes, 2900 not a plaque scan, 1222 scans counted.
			"
		`);
	});

	test('names the scans left outside --from/--to only when there are some', () => {
		expect(formatScanTally({ ...TALLY, outside: 40, counted: 1182 }, 'vi')).toContain(', 40 lượt quét ngoài khoảng ngày đã chọn, 1182 lượt quét được tính.');
		expect(formatScanTally({ ...TALLY, outside: 40, counted: 1182 }, 'en')).toContain(', 40 scans outside the chosen days, 1182 scans counted.');
	});
});
