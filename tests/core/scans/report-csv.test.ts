import { describe, expect, test } from 'vitest';
import { tabulateScans } from '../../../src/core/scans/count.ts';
import { csvField, formatScanCsv } from '../../../src/core/scans/report-csv.ts';

describe('formatScanCsv', () => {
	test('a BOM, a header, one CRLF row per period and plaque with zeros, titles quoted when they hold a comma', () => {
		const plaques = [
			{ code: 'DH01', title: 'Đình Đầm Hà' },
			{ code: 'DH02', title: 'Chùa Đầm Hà, Miếu "Quan Lớn"' },
		];
		const table = tabulateScans([{ code: 'DH01', day: '2025-03-08' }, { code: 'DH01', day: '2025-05-01' }, { code: 'DH02', day: '2025-05-02' }], plaques, 'month');
		const csv = formatScanCsv(table);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.slice(1).split('\r\n')).toEqual([
			'period,code,title,scans',
			'2025-03,DH01,Đình Đầm Hà,1',
			'2025-03,DH02,"Chùa Đầm Hà, Miếu ""Quan Lớn""",0',
			'2025-04,DH01,Đình Đầm Hà,0',
			'2025-04,DH02,"Chùa Đầm Hà, Miếu ""Quan Lớn""",0',
			'2025-05,DH01,Đình Đầm Hà,1',
			'2025-05,DH02,"Chùa Đầm Hà, Miếu ""Quan Lớn""",1',
			'',
		]);
	});

	test('no periods: the header alone', () => {
		expect(formatScanCsv(tabulateScans([], [{ code: 'DH01', title: 'Đình' }], 'day'))).toBe('\uFEFFperiod,code,title,scans\r\n');
	});
});

describe('csvField', () => {
	test.each([
		['Đình Đầm Hà', 'Đình Đầm Hà'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['cr\rhere', '"cr\rhere"'],
		['', ''],
	])('%j → %j', (value, field) => {
		expect(csvField(value)).toBe(field);
	});
});
