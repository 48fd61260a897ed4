import type { ReportLang } from '../problems/format.ts';
import { REPEAT_WINDOW_MINUTES, type ScanTable, type ScanTally } from './count.ts';
import { SCAN_LABELS, scanHeading, shortenTitle } from './labels.ts';

/** Long titles are cut so the numbers stay on one line in an 80-column terminal with a few periods. */
const TITLE_WIDTH = 32;
const GAP = '  ';

/**
 * The scan table for the terminal: a heading, one row per plaque (code, title, a column per
 * period, the total) and a total row. Periods with no scans show 0, so a silent plaque stands out.
 */
export function formatScanTable(table: ScanTable, lang: ReportLang): string {
	const words = SCAN_LABELS[lang];
	const header = [words.code, words.site, ...table.periods, words.total];
	const body = table.rows.map((row) => [row.code, shortenTitle(row.title, TITLE_WIDTH), ...[...row.counts, row.total].map(String)]);
	const footer = ['', words.allPlaques, ...[...table.totals, table.total].map(String)];
	const widths = header.map((cell, i) => Math.max(width(cell), ...[...body, footer].map((row) => width(row[i] ?? ''))));
	const line = (cells: string[]) => cells.map((cell, i) => pad(cell, widths[i] ?? 0, i >= 2)).join(GAP).trimEnd();
	const rule = widths.map((w) => '-'.repeat(w)).join(GAP);
	const lines = [scanHeading(table.periods, table.by, lang), '', line(header), rule, ...body.map(line), rule, line(footer)];
	if (table.total === 0) lines.push('', words.noScans);
	return `${lines.join('\n')}\n`;
}

/** "Đã đọc 5234 dòng: …": what became of every line, so a reader can see nothing was lost. */
export function formatScanTally(tally: ScanTally, lang: ReportLang): string {
	const t = tally;
	const outsideVi = t.outside ? `, ${t.outside} lượt quét ngoài khoảng ngày đã chọn` : '';
	const outsideEn = t.outside ? `, ${t.outside} scans outside the chosen days` : '';
	return lang === 'vi'
		? `Đã đọc ${t.lines} dòng: ${t.unparseable} dòng không đọc được, ${t.bots} lượt của máy (bot), ${t.repeats} lượt lặp lại trong ${REPEAT_WINDOW_MINUTES} phút, ${t.notPlaque} lượt không phải quét bảng${outsideVi}, ${t.counted} lượt quét được tính.\n`
		: `Read ${t.lines} lines: ${t.unparseable} unreadable, ${t.bots} from bots, ${t.repeats} repeats within ${REPEAT_WINDOW_MINUTES} minutes, ${t.notPlaque} not a plaque scan${outsideEn}, ${t.counted} scans counted.\n`;
}

// Code points, not UTF-16 units: titles are NFC, so each Vietnamese letter is one column.
function width(text: string): number {
	return [...text].length;
}

function pad(cell: string, to: number, right: boolean): string {
	const fill = ' '.repeat(Math.max(0, to - width(cell)));
	return right ? fill + cell : cell + fill;
}
