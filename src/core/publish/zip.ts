import { zipSync, type Zippable } from 'fflate';

/** One file inside the ZIP: a path with forward slashes, and its bytes. */
export interface ZipEntry {
	path: string;
	bytes: Uint8Array;
}

/** Date of a day with no time zone: ZIP stores local wall-clock fields, so this is what gets written. */
export interface ZipDate {
	year: number;
	month: number;
	day: number;
}

/**
 * Packs files into a ZIP with one fixed modification date for every entry and entries in path
 * order, so the same files always give the same bytes. ZIP (DOS) times are wall-clock fields
 * without a zone; fflate fills them from a `Date`'s local fields, so the date is built from local
 * fields too and the archive is the same on a machine in any time zone. Noon keeps it away from
 * any daylight-saving gap.
 */
export function zipFiles(entries: readonly ZipEntry[], date: ZipDate): Uint8Array {
	const mtime = new Date(date.year, date.month - 1, date.day, 12, 0, 0);
	const files: Zippable = {};
	for (const entry of [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
		files[entry.path] = [entry.bytes, { mtime, level: 6 }];
	}
	return zipSync(files);
}
