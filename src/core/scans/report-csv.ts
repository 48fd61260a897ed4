import type { ScanTable } from './count.ts';

// Excel on a Vietnamese Windows reads a CSV without a byte-order mark in the old Windows-1258 code
// page, and every title comes out garbled ("Äình Äáº§m HÃ "). The BOM makes it read UTF-8.
const BOM = '\uFEFF';
// RFC 4180: lines end in CRLF.
const EOL = '\r\n';

/**
 * The scans of one granularity as RFC 4180 CSV, UTF-8 with a BOM: a header `period,code,title,scans`
 * and one row per period and plaque, zeros included, periods in time order and codes in order. No
 * total rows: a pivot table or a SUM over the column would count them twice.
 */
export function formatScanCsv(table: ScanTable): string {
	const rows = [['period', 'code', 'title', 'scans']];
	table.periods.forEach((period, i) => {
		for (const row of table.rows) rows.push([period, row.code, row.title, String(row.counts[i] ?? 0)]);
	});
	return BOM + rows.map((cells) => cells.map(csvField).join(',') + EOL).join('');
}

/** A field quoted only when it must be: a comma, a quote or a line break; quotes doubled. */
export function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
