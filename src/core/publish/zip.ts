import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';
import { cacheKey, createCacheStore, type CacheStore } from '../cache/store.ts';
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

/** `cache` keeps each deflated entry by the hash of its bytes; `limitBytes` is `ZIP_MAX_BYTES` unless told less. */
export type ZipOptions = { cache?: CacheStore | undefined; limitBytes?: number | undefined };

/** The archive's size, and how many entries were deflated now or taken deflated from the cache. */
export type ZipStats = { bytes: number; deflated: number; fromCache: number };

/** Offsets and sizes are written in 32 bits (no ZIP64 extra fields): under 4 GiB, at 0.25 MB a site some 17,000 sites. */
export const ZIP_MAX_BYTES = 0xffff_ffff;
// More entries than the end record's 16-bit count can hold: then a ZIP64 end record is added.
const ZIP_MAX_ENTRIES = 0xffff;
// Output is gathered and written in slices of this size; big files are read in slices of it too.
const CHUNK_BYTES = 1 << 20;
// A stored file above this is never whole in memory: a combined PDF of 10,000 plaques is hundreds of MB.
const STREAM_ABOVE = 8 << 20;
// Entries read, hashed and deflated ahead of the one being written: enough to keep libuv's threads busy.
const WINDOW = 16;
// PDF streams and PNG are deflated already: deflating them again costs much CPU for some 6 per cent.
const STORED = /\.(pdf|png)$/i;
const LEVEL = 6;
// Part of every cache key: another zlib may deflate to other bytes. Bump the number when this file changes what it keeps.
const DEFLATE_VERSION = `zip-entry 1 zlib ${process.versions.zlib} level ${LEVEL}`;
const deflate = promisify(deflateRaw);
// Version 2.0 (deflate) made by and needed to extract; the high byte 0 says MS-DOS, so external attributes 0 mean a plain file.
const SPEC_VERSION = 20;
const SPEC_VERSION_ZIP64 = 45;
const FLAG_UTF8 = 1 << 11;

/** An entry ready to write: `data` is what follows its header, or undefined when `file` is copied in slices. */
interface Entry {
	name: Buffer;
	flags: number;
	method: 0 | 8;
	crc: number;
	size: number;
	packedSize: number;
	data: Uint8Array | undefined;
	file: string;
	made: 'deflated' | 'fromCache' | undefined;
}

/**
 * Writes a ZIP of `sources` to `target`: entries in name order, one fixed modification date, PDF
 * and PNG stored, the rest deflated at level 6 by zlib, so the same files always give the same
 * bytes. ZIP (DOS) times are wall-clock fields without a zone: the date's own fields are written,
 * at noon, so the archive is the same on a machine in any time zone. Up to `WINDOW` entries are
 * read and deflated (in libuv's thread pool) ahead of the one being written; a deflated entry whose
 * bytes an earlier build saw comes from `options.cache`. Written to `<target>.partial` and renamed,
 * so a stopped build never leaves a torn archive. Throws a `DitichsoError` past `limitBytes`.
 */
export async function writeZip(target: string, sources: readonly ZipSource[], date: ZipDate, options: ZipOptions = {}): Promise<ZipStats> {
	const { cache = createCacheStore(undefined), limitBytes = ZIP_MAX_BYTES } = options;
	if (date.year < 1980 || date.year > 2107) throw new DitichsoError(`A ZIP can only date files from 1980 to 2107, not ${date.year}.`);
	// The DOS time and date of the day's own fields, at noon: away from any daylight-saving gap.
	const stamp = { time: 12 << 11, date: ((date.year - 1980) << 9) | (date.month << 5) | date.day };
	const sorted = [...sources].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	const partial = `${target}.partial`;
	// Deflated entries go into the cache beside the writing, not in its way: the next entry never waits for them.
	const keeping: Promise<void>[] = [];
	const out = await open(partial, 'w');
	try {
		const sink = createSink(out, limitBytes);
		const directory: Buffer[] = [];
		const stats: ZipStats = { bytes: 0, deflated: 0, fromCache: 0 };
		await inOrder(sorted, (source) => prepare(source, cache, keeping), async (entry) => {
			const offset = sink.position();
			await sink.add(header(entry, stamp));
			if (entry.data) await sink.add(entry.data);
			else await copyStored(entry, sink);
			directory.push(header(entry, stamp, offset));
			if (entry.made) stats[entry.made]++;
		});
		const directoryOffset = sink.position();
		for (const record of directory) await sink.add(record);
		await sink.add(endRecords(sorted.length, directoryOffset, sink.position() - directoryOffset));
		await sink.flush();
		await Promise.all(keeping);
		await out.close();
		await rename(partial, target);
		return { ...stats, bytes: sink.position() };
	} catch (error) {
		await Promise.allSettled([...keeping, out.close()]);
		await rm(partial, { force: true });
		throw error;
	}
}

/** Runs `start` up to `WINDOW` items ahead and `use` strictly in order; on a failure, what was started settles first. */
async function inOrder<T, R>(items: readonly T[], start: (item: T) => Promise<R>, use: (result: R) => Promise<void>): Promise<void> {
	const ahead: Promise<R>[] = [];
	let next = 0;
	const launch = () => {
		if (next < items.length) ahead.push(later(start(items[next++]!)));
	};
	while (ahead.length < WINDOW && next < items.length) launch();
	try {
		while (ahead.length > 0) {
			const result = await ahead.shift()!;
			launch();
			await use(result);
		}
	} catch (error) {
		await Promise.allSettled(ahead);
		throw error;
	}
}

/** Reads a file, takes its CRC and, unless it is stored, its deflated bytes (from the cache when kept). */
async function prepare(source: ZipSource, cache: CacheStore, keeping: Promise<void>[]): Promise<Entry> {
	const name = Buffer.from(source.name, 'utf8');
	// Names are UTF-8; the flag says so only when it matters, as fflate and Info-ZIP do.
	const entry: Entry = { name, flags: name.some((byte) => byte >= 0x80) ? FLAG_UTF8 : 0, method: 0, crc: 0, size: 0, packedSize: 0, data: undefined, file: source.file, made: undefined };
	const stored = STORED.test(source.name);
	const fd = openSync(source.file, 'r');
	try {
		entry.size = entry.packedSize = fstatSync(fd).size;
		// A big stored file is read twice, for its CRC now and to copy it later: the CRC goes before its bytes.
		if (stored && entry.size > STREAM_ABOVE) entry.crc = await eachSlice(fd, entry.size, source.file);
		else entry.data = readRange(fd, Buffer.allocUnsafe(entry.size), 0, source.file);
	} finally {
		closeSync(fd);
	}
	const raw = entry.data;
	if (!raw) return entry;
	entry.crc = crc32(raw);
	if (stored) return entry;
	const key = cacheKey(DEFLATE_VERSION, raw);
	const kept = await cache.read('zip', key);
	const data = kept ?? (await deflate(raw, { level: LEVEL }));
	if (!kept) keeping.push(later(cache.write('zip', key, data)));
	return { ...entry, method: 8, data, packedSize: data.byteLength, made: kept ? 'fromCache' : 'deflated' };
}

/** Marks a promise that is awaited later as handled now, so that a failure meanwhile is not reported as unhandled. */
const later = <T>(promise: Promise<T>): Promise<T> => (promise.catch(() => undefined), promise);

/** Copies a big stored file in slices, checking that it is still the file whose CRC went into its header. */
async function copyStored(entry: Entry, sink: ReturnType<typeof createSink>): Promise<void> {
	const fd = openSync(entry.file, 'r');
	// Flushed at once: the slice's buffer is read into again.
	const crc = await eachSlice(fd, entry.size, entry.file, (slice) => sink.add(slice).then(sink.flush)).finally(() => closeSync(fd));
	if (crc !== entry.crc) throw new DitichsoError(`${entry.file} changed while it was being put into the print kit's ZIP; build again.`);
}

/** Reads the first `size` bytes of a file in slices of one buffer, handing each to `use`; returns their CRC. */
async function eachSlice(fd: number, size: number, file: string, use?: (slice: Buffer) => Promise<void>): Promise<number> {
	const buffer = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, size));
	let crc = 0;
	for (let position = 0; position < size; ) {
		const slice = readRange(fd, buffer.subarray(0, Math.min(CHUNK_BYTES, size - position)), position, file);
		crc = crc32(slice, crc);
		position += slice.byteLength;
		await use?.(slice);
	}
	return crc;
}

// Sync: the kit's files were written moments before, so a read is a copy from the page cache, cheaper than a thread-pool round trip.
function readRange(fd: number, into: Buffer, position: number, file: string): Buffer {
	for (let filled = 0; filled < into.byteLength; ) {
		const bytesRead = readSync(fd, into, filled, into.byteLength - filled, position + filled);
		if (bytesRead === 0) throw new DitichsoError(`${file} got shorter while it was being put into the print kit's ZIP; build again.`);
		filled += bytesRead;
	}
	return into;
}

/** Gathers small pieces and writes them a slice at a time; knows where the next byte goes. */
function createSink(out: FileHandle, limitBytes: number) {
	const pending: Uint8Array[] = [];
	let pendingBytes = 0;
	let position = 0;
	const flush = async () => {
		const chunks = pending.splice(0);
		pendingBytes = 0;
		if (chunks.length > 0) await out.writev(chunks);
	};
	return {
		position: () => position,
		flush,
		add: async (bytes: Uint8Array) => {
			if (position + bytes.byteLength > limitBytes) throw tooBig(limitBytes);
			pending.push(bytes);
			pendingBytes += bytes.byteLength;
			position += bytes.byteLength;
			if (pendingBytes >= CHUNK_BYTES || pending.length >= 512) await flush();
		},
	};
}

function tooBig(limitBytes: number): DitichsoError {
	const why = `without ZIP64 offsets, which zip.ts does not write, a ZIP holds at most 4 GiB. Every plaque file is still written on its own under plaques/`;
	return new DitichsoError(`The print kit's ZIP would be larger than ${limitBytes} bytes: ${why}; only bang-qr.zip cannot be made. Split the trail, or make zip.ts write ZIP64 sizes and offsets.`);
}

/** A local file header (APPNOTE 4.3.7), or the central directory's record (4.3.12) when `offset` is given. */
function header(entry: Entry, stamp: { time: number; date: number }, offset?: number): Buffer {
	// Needed to extract, flags, method, time, date, CRC, sizes, name length, extra field length.
	const common: Field[] = [[2, SPEC_VERSION], [2, entry.flags], [2, entry.method], [2, stamp.time], [2, stamp.date], [4, entry.crc], [4, entry.packedSize], [4, entry.size], [2, entry.name.byteLength], [2, 0]];
	// The central record adds "made by" in front, and comment length, disk, internal and external attributes and the offset behind.
	const fixed = offset === undefined ? fields([[4, 0x04034b50], ...common]) : fields([[4, 0x02014b50], [2, SPEC_VERSION], ...common, [2, 0], [2, 0], [2, 0], [4, 0], [4, offset]]);
	return Buffer.concat([fixed, entry.name]);
}

/**
 * The end of central directory record (APPNOTE 4.3.16). Past 65,535 entries (10,000 sites have
 * 130,000) its 16-bit counts cannot hold the number: it goes into a ZIP64 end record and locator
 * (4.3.14, 4.3.15) and the old record says 0xFFFF, as the format asks, or readers see too few files.
 */
function endRecords(entries: number, directoryOffset: number, directoryBytes: number): Buffer {
	const count = Math.min(entries, ZIP_MAX_ENTRIES);
	const end = fields([[4, 0x06054b50], [2, 0], [2, 0], [2, count], [2, count], [4, directoryBytes], [4, directoryOffset], [2, 0]]);
	if (entries <= ZIP_MAX_ENTRIES) return end;
	// Record: its remaining size, made by, needed, this disk, the directory's disk, entries here and in all, the directory's size and offset.
	const record: Field[] = [[4, 0x06064b50], [8, 44], [2, SPEC_VERSION_ZIP64], [2, SPEC_VERSION_ZIP64], [4, 0], [4, 0], [8, entries], [8, entries], [8, directoryBytes], [8, directoryOffset]];
	// Locator: the record's disk, where the record is, disks in all.
	const locator: Field[] = [[4, 0x07064b50], [4, 0], [8, directoryOffset + directoryBytes], [4, 1]];
	return Buffer.concat([fields([...record, ...locator]), end]);
}

type Field = readonly [bytes: 2 | 4 | 8, value: number];

/** Little-endian fields one after another, as every ZIP record is laid out. */
function fields(list: readonly Field[]): Buffer {
	const bytes = Buffer.alloc(list.reduce((sum, [size]) => sum + size, 0));
	let at = 0;
	for (const [size, value] of list) at = size === 8 ? bytes.writeBigUInt64LE(BigInt(value), at) : size === 4 ? bytes.writeUInt32LE(value, at) : bytes.writeUInt16LE(value, at);
	return bytes;
}
