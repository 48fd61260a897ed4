import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { Zip, ZipDeflate, ZipPassThrough, type ZipInputFile } from 'fflate';
import { DitichsoError } from '../errors.ts';

/** Date of a day with no time zone: ZIP stores local wall-clock fields, so this is what gets written. */
export interface ZipDate {
	year: number;
	month: number;
	day: number;
}

/** One file of the ZIP: its name inside the archive (forward slashes) and the file on disk it is read from. */
export interface ZipSource {
	name: string;
	file: string;
}

/**
 * fflate's streaming `Zip` writes no ZIP64 fields: every offset and size is 32 bits, so the whole
 * archive must stay under 4 GiB. The ZIP takes about 0.25 MB a site (PDFs stored), so some 17,000 sites.
 */
export const ZIP_MAX_BYTES = 0xffff_ffff;

/** More entries than the end record's 16-bit count can hold: then a ZIP64 end record is added. */
const ZIP_MAX_ENTRIES = 0xffff;

// Files are read and written in slices of this size, so a big combined PDF is never whole in memory.
const CHUNK_BYTES = 1 << 20;

// PDF streams and PNG are deflated already: deflating them again costs much CPU for some 6 per cent.
const STORED = /\.(pdf|png)$/i;

/**
 * Writes a ZIP of `sources` to `target`, reading one file at a time: entries in name order, one
 * fixed modification date, PDF and PNG stored, the rest deflated at level 6, so the same files
 * always give the same bytes. ZIP (DOS) times are wall-clock fields without a zone; fflate fills
 * them from a `Date`'s local fields, so the date is built from local fields too and the archive is
 * the same on a machine in any time zone. Noon keeps it away from any daylight-saving gap.
 * Written to `<target>.partial` and renamed, so a stopped build never leaves a torn archive.
 * Returns the archive's size in bytes; throws a `DitichsoError` past `limitBytes` (the 4 GiB the
 * format allows without ZIP64 unless told less).
 */
export async function writeZip(target: string, sources: readonly ZipSource[], date: ZipDate, limitBytes = ZIP_MAX_BYTES): Promise<number> {
	const mtime = new Date(date.year, date.month - 1, date.day, 12, 0, 0);
	const sorted = [...sources].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	const partial = `${target}.partial`;
	const out = await open(partial, 'w');
	try {
		const sink = createSink(out, limitBytes, sorted.length);
		const zip = new Zip(sink.take);
		for (const source of sorted) {
			const entry = STORED.test(source.name) ? new ZipPassThrough(source.name) : new ZipDeflate(source.name, { level: 6 });
			entry.mtime = mtime;
			zip.add(entry);
			await pushFile(source.file, entry, sink.flush);
		}
		zip.end();
		await sink.flush(true);
		await out.close();
		await rename(partial, target);
		return sink.written();
	} catch (error) {
		await out.close().catch(() => undefined);
		await rm(partial, { force: true });
		throw error;
	}
}

/** Collects what fflate emits (synchronously) and writes it out once a slice has gathered. */
function createSink(out: FileHandle, limitBytes: number, entries: number) {
	let pending: Uint8Array[] = [];
	let pendingBytes = 0;
	let written = 0;
	let failure: Error | null = null;
	let ended = false;
	return {
		take: (error: Error | null, chunk: Uint8Array | null, final: boolean) => {
			if (error) failure ??= error;
			if (!chunk) return;
			// The last chunk is the central directory and the end record.
			const bytes = final && entries > ZIP_MAX_ENTRIES ? withZip64End(chunk, entries) : chunk;
			pending.push(bytes);
			pendingBytes += bytes.byteLength;
			ended ||= final;
		},
		flush: async (last: boolean) => {
			if (failure) throw new DitichsoError(`The print kit's ZIP could not be written: ${failure.message}`, { cause: failure });
			if (written + pendingBytes > limitBytes) throw tooBig(limitBytes);
			if (pendingBytes < CHUNK_BYTES && !last) return;
			if (last && !ended) throw new DitichsoError('The print kit ZIP ended before its central directory was written (a bug in zip.ts).');
			const chunks = pending;
			written += pendingBytes;
			pending = [];
			pendingBytes = 0;
			if (chunks.length > 0) await out.writev(chunks);
		},
		written: () => written,
	};
}

function tooBig(limitBytes: number): DitichsoError {
	return new DitichsoError(
		`The print kit's ZIP would be larger than ${limitBytes} bytes: without ZIP64 offsets, which fflate does not write, a ZIP holds at most 4 GiB. ` +
			'Every plaque file is still written on its own under plaques/; only bang-qr.zip cannot be made. ' +
			'Split the trail, or make zip.ts write ZIP64 offsets.',
	);
}

/** Pushes a file into a ZIP entry in fixed slices: the same file always gives the same deflate blocks. */
async function pushFile(file: string, entry: ZipInputFile & { push(chunk: Uint8Array, final?: boolean): void }, flush: (last: boolean) => Promise<void>): Promise<void> {
	const input = await open(file, 'r');
	try {
		const { size } = await input.stat();
		let position = 0;
		do {
			const slice = new Uint8Array(Math.min(CHUNK_BYTES, size - position));
			for (let filled = 0; filled < slice.byteLength; ) {
				const { bytesRead } = await input.read(slice, filled, slice.byteLength - filled, position + filled);
				if (bytesRead === 0) throw new DitichsoError(`${file} got shorter while it was being put into the print kit's ZIP.`);
				filled += bytesRead;
			}
			position += slice.byteLength;
			entry.push(slice, position >= size);
			await flush(false);
		} while (position < size);
	} finally {
		await input.close();
	}
}

/**
 * The end of an archive of `entries` files, more than 65,535 of them (10,000 sites have 120,000): fflate writes
 * the count modulo 65,536, and readers would see too few files. The count moves to a ZIP64 end
 * record and locator (APPNOTE 4.3.14, 4.3.15), and the old record says 0xFFFF, as the format asks.
 * Sizes and offsets stay 32-bit: the archive is below 4 GiB (`ZIP_MAX_BYTES`).
 */
export function withZip64End(tail: Uint8Array, entries: number): Uint8Array {
	const end = tail.byteLength - 22;
	const old = new DataView(tail.buffer, tail.byteOffset + end, 22);
	if (old.getUint32(0, true) !== 0x06054b50) throw new DitichsoError('The ZIP end record is not where fflate puts it (a bug in zip.ts).');
	const directoryBytes = old.getUint32(12, true);
	const directoryOffset = old.getUint32(16, true);
	const result = new Uint8Array(end + 56 + 20 + 22);
	result.set(tail.subarray(0, end));
	const view = new DataView(result.buffer);
	const record = end;
	const locator = record + 56;
	const last = locator + 20;
	view.setUint32(record, 0x06064b50, true);
	view.setBigUint64(record + 4, 44n, true); // the size of the rest of this record
	view.setUint16(record + 12, 45, true); // made by: ZIP 4.5 (ZIP64)
	view.setUint16(record + 14, 45, true); // needed to extract
	view.setBigUint64(record + 24, BigInt(entries), true); // entries on this disk
	view.setBigUint64(record + 32, BigInt(entries), true); // entries in all
	view.setBigUint64(record + 40, BigInt(directoryBytes), true);
	view.setBigUint64(record + 48, BigInt(directoryOffset), true);
	view.setUint32(locator, 0x07064b50, true);
	view.setBigUint64(locator + 8, BigInt(directoryOffset + directoryBytes), true); // where the ZIP64 record is
	view.setUint32(locator + 16, 1, true); // disks in all
	result.set(tail.subarray(end), last);
	view.setUint16(last + 8, 0xffff, true);
	view.setUint16(last + 10, 0xffff, true);
	return result;
}
