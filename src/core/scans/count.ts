/**
 * Plaque scans counted from access logs (issue #5). A scan is a hit on a plaque's short URL
 * `/<CODE>`: the pages link to each other by their full addresses, so a visitor moving around the
 * site never passes through a short URL again. No cookie, no script, no third party: the server's
 * own log is the only source. Addresses are used to spot repeats and never leave this module.
 */
import { isBot } from './bots.ts';
import { parseLogLine, type LogHit } from './parse-log.ts';
import { localDay, periodOfDay, periodRange, type Granularity } from './periods.ts';

/** A plaque the counter knows: the content's sites today (retired and printed codes may join later). */
export interface Plaque {
	code: string;
	title: string;
}

/** One counted scan. It carries no address. */
export interface Scan {
	code: string;
	/** Local calendar day `YYYY-MM-DD`, in the log's own offset. */
	day: string;
}

/** What became of every line read; the parts add up to `lines`. */
export interface ScanTally {
	lines: number;
	unparseable: number;
	bots: number;
	/** Page views, assets, HEAD and POST requests, errors, unknown codes. */
	notPlaque: number;
	repeats: number;
	/** Scans before `from` or after `to`. */
	outside: number;
	counted: number;
}

export interface CountOptions {
	/** First local day counted, `YYYY-MM-DD`, inclusive. */
	from?: string;
	/** Last local day counted, `YYYY-MM-DD`, inclusive. */
	to?: string;
}

/** The repeat window: see `countScans`. */
export const REPEAT_WINDOW_MINUTES = 30;

// Some hosts answer /DH01 with a redirect to /DH01/; the second hit is then a repeat anyway.
const COUNTED_STATUSES = new Set([200, 304, 301, 302, 308]);

/**
 * Counts plaque scans in the text of one or more access logs, in any order (rotated files are
 * merged by time). A line is a scan when it parses, its user agent is not a bot, it is a GET
 * answered 200, 304, 301, 302 or 308, and its path without the query string is `/<code>` or
 * `/<code>/` for a known code, in any case.
 *
 * The repeat rule: a scan counts unless the same address already has a *counted* scan of the same
 * plaque less than 30 minutes earlier. Repeats do not extend the window: a visitor who reloads
 * the page every 10 minutes from 09:00 to 09:50 counts twice (09:00 and 09:30), not once. Visitors
 * who share an address (a family on one Wi-Fi, a phone network's shared address) and scan the same
 * plaque within 30 minutes count once: on that point the count errs low, never high.
 *
 * `from` and `to` are applied after the repeat rule, so a month counted alone gives the same number
 * as that month in a longer report.
 */
export function countScans(logs: readonly string[], plaques: readonly Plaque[], options: CountOptions = {}): { scans: Scan[]; tally: ScanTally } {
	const tally: ScanTally = { lines: 0, unparseable: 0, bots: 0, notPlaque: 0, repeats: 0, outside: 0, counted: 0 };
	const codes = new Map(plaques.map((p) => [p.code.toUpperCase(), p.code]));
	const candidates: Array<{ hit: LogHit; code: string }> = [];
	for (const line of logs.flatMap((text) => text.split(/\r?\n/))) {
		if (line.trim() === '') continue;
		tally.lines++;
		const hit = parseLogLine(line);
		if (!hit) tally.unparseable++;
		else if (isBot(hit.userAgent)) tally.bots++;
		else {
			const code = plaqueCode(hit, codes);
			if (code) candidates.push({ hit, code });
			else tally.notPlaque++;
		}
	}
	// Array.prototype.sort is stable: hits of the same second keep their order in the files.
	candidates.sort((a, b) => a.hit.time.getTime() - b.hit.time.getTime());
	const scans: Scan[] = [];
	for (const scan of dropRepeats(candidates, tally)) {
		if (inRange(scan.day, options)) scans.push(scan);
		else tally.outside++;
	}
	tally.counted = scans.length;
	return { scans, tally };
}

/** Keeps the first scan of each address and plaque, and the next one only 30 minutes after the last kept one. */
function dropRepeats(candidates: ReadonlyArray<{ hit: LogHit; code: string }>, tally: ScanTally): Scan[] {
	const lastCounted = new Map<string, number>();
	const scans: Scan[] = [];
	for (const { hit, code } of candidates) {
		const key = `${hit.address.toLowerCase()} ${code}`;
		const at = hit.time.getTime();
		const last = lastCounted.get(key);
		if (last !== undefined && at - last < REPEAT_WINDOW_MINUTES * 60_000) {
			tally.repeats++;
			continue;
		}
		lastCounted.set(key, at);
		scans.push({ code, day: localDay(hit.time, hit.offsetMinutes) });
	}
	return scans;
}

/** The known code a hit is a scan of, or undefined. */
export function plaqueCode(hit: Pick<LogHit, 'method' | 'status' | 'path'>, codes: ReadonlyMap<string, string>): string | undefined {
	if (hit.method !== 'GET' || !COUNTED_STATUSES.has(hit.status)) return undefined;
	// A proxy-style request names the host too: "GET https://damha.example.vn/DH01 HTTP/1.1".
	const path = hit.path.replace(/^https?:\/\/[^/]+/i, '').replace(/[?#].*$/s, '');
	const m = /^\/([A-Za-z0-9]+)\/?$/.exec(path);
	return m ? codes.get((m[1] ?? '').toUpperCase()) : undefined;
}

function inRange(day: string, { from, to }: CountOptions): boolean {
	return (from === undefined || day >= from) && (to === undefined || day <= to);
}

/** Scans per plaque and period, with totals: the model behind the table, the CSV and the chart. */
export interface ScanTable {
	by: Granularity;
	/** Every period from the first to the last, gaps included, in time order. */
	periods: string[];
	/** One row per known plaque, by code, including plaques nobody scanned. */
	rows: Array<{ code: string; title: string; counts: number[]; total: number }>;
	/** Per period, every plaque together. */
	totals: number[];
	total: number;
}

/**
 * Buckets scans by day, ISO week or month. The periods run from `from` (or the first scan) to `to`
 * (or the last scan); with no scans and no range there are none.
 */
export function tabulateScans(scans: readonly Scan[], plaques: readonly Plaque[], by: Granularity, range: CountOptions = {}): ScanTable {
	const days = scans.map((s) => s.day).sort();
	const first = range.from ?? days[0] ?? range.to;
	const last = range.to ?? days.at(-1) ?? first;
	const periods = first && last ? periodRange(first, last, by) : [];
	const column = new Map(periods.map((p, i) => [p, i]));
	const known = [...new Map(plaques.map((p) => [p.code, p])).values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
	const rows = known.map(({ code, title }) => ({ code, title, counts: periods.map(() => 0), total: 0 }));
	const rowOf = new Map(rows.map((row) => [row.code, row]));
	for (const scan of scans) {
		const row = rowOf.get(scan.code);
		const i = column.get(periodOfDay(scan.day, by));
		if (row === undefined || i === undefined) continue;
		row.counts[i] = (row.counts[i] ?? 0) + 1;
		row.total++;
	}
	const totals = periods.map((_, i) => rows.reduce((sum, row) => sum + (row.counts[i] ?? 0), 0));
	return { by, periods, rows, totals, total: totals.reduce((a, b) => a + b, 0) };
}
