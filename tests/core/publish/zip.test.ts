import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createCacheStore } from '../../../src/core/cache/store.ts';
import { DitichsoError } from '../../../src/core/errors.ts';
import { writeZip, type ZipOptions } from '../../../src/core/publish/zip.ts';

let dir: string;
beforeEach(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'ditichso-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const date = { year: 2025, month: 6, day: 1 };

/** Writes `files` into the temporary folder and names each as a ZIP source. */
async function sources(files: Record<string, string | Uint8Array>) {
	const list = [];
	for (const [name, content] of Object.entries(files)) {
		const file = path.join(dir, name.replaceAll('/', '_'));
		await writeFile(file, content);
		list.push({ name, file });
	}
	return list;
}

async function zipOf(list: Awaited<ReturnType<typeof sources>>, name = 'out.zip', options: ZipOptions = {}): Promise<Buffer> {
	const target = path.join(dir, name);
	const { bytes: size } = await writeZip(target, list, date, options);
	const bytes = await readFile(target);
	expect(bytes.byteLength).toBe(size);
	return bytes;
}

/** Each entry's name, flags and the bytes it takes in the archive, read from the central directory. */
function entriesOf(zip: Buffer) {
	const end = zip.lastIndexOf('PK\x05\x06', undefined, 'latin1');
	const entries = new Map<string, { flags: number; data: Buffer }>();
	for (let at = zip.readUInt32LE(end + 16); zip.readUInt32LE(at) === 0x02014b50; at += 46 + zip.readUInt16LE(at + 28)) {
		const local = zip.readUInt32LE(at + 42);
		const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
		const data = zip.subarray(start, start + zip.readUInt32LE(at + 20));
		entries.set(zip.toString('utf8', at + 46, at + 46 + zip.readUInt16LE(at + 28)), { flags: zip.readUInt16LE(at + 8), data });
	}
	return entries;
}

/** What Python's zipfile makes of an archive (every entry's CRC checked unless told not): the entry count and the first names. */
function pythonReads(file: string, testEntries = true): { count: number; names: string[] } {
	const script = 'import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nbad = z.testzip() if sys.argv[2] == "1" else None\nif bad: sys.exit("bad CRC: " + bad)\nprint("\\n".join([str(len(z.infolist()))] + [i.filename for i in z.infolist()[:8]]))';
	const [count = '', ...names] = execFileSync('python3', ['-c', script, file, testEntries ? '1' : '0'], { encoding: 'utf8' }).trim().split('\n');
	return { count: Number(count), names };
}

const hasUnzip = spawnSync('unzip', ['-v']).status === 0;

/** Info-ZIP's `unzip -t`: true when it tests every entry and finds no error. */
function unzipAccepts(file: string): boolean {
	return spawnSync('unzip', ['-tqq', file]).status === 0;
}

describe('writeZip', () => {
	test('packs the files so that they unpack as they were, in name order', async () => {
		const big = new Uint8Array(3 * 1024 * 1024 + 5).map((_, i) => (i * 7919) % 251);
		const files = unzipSync(await zipOf(await sources({ 'b/two.txt': 'hai', 'a.txt': 'một', 'c/big.pdf': big, 'c/big.svg': big, 'empty.png': '', 'empty.txt': '' })));
		expect(Object.keys(files)).toEqual(['a.txt', 'b/two.txt', 'c/big.pdf', 'c/big.svg', 'empty.png', 'empty.txt']);
		expect(new TextDecoder().decode(files['a.txt'])).toBe('một');
		expect(Buffer.from(files['c/big.pdf']!).equals(Buffer.from(big))).toBe(true);
		expect(Buffer.from(files['c/big.svg']!).equals(Buffer.from(big))).toBe(true);
		expect(files['empty.png']).toHaveLength(0);
		expect(files['empty.txt']).toHaveLength(0);
	});

	test('gives the same bytes whatever order the files come in, and on every run', async () => {
		const list = await sources({ 'a.svg': '<svg/>'.repeat(1000), 'b.pdf': '%PDF-1.7', 'c.txt': 'ba' });
		const first = await zipOf(list, 'one.zip');
		expect(first.equals(await zipOf([...list].reverse(), 'two.zip'))).toBe(true);
		expect(first.equals(await zipOf(list, 'three.zip'))).toBe(true);
	});

	test('stores the given day at noon as the DOS date of every entry', async () => {
		const zip = await zipOf(await sources({ 'a.txt': 'a' }));
		// Local file header: DOS time at offset 10, date at 12 (years since 1980, month, day).
		expect(zip.readUInt16LE(12)).toBe(((2025 - 1980) << 9) | (6 << 5) | 1);
		expect(zip.readUInt16LE(10)).toBe(12 << 11);
	});

	test('stores PDF and PNG, deflates the rest', async () => {
		const zip = await zipOf(await sources({ 'a.pdf': 'x'.repeat(500), 'b.svg': 'x'.repeat(500) }));
		const first = zip.indexOf('PK\x01\x02', 0, 'latin1');
		const second = zip.indexOf('PK\x01\x02', first + 4, 'latin1');
		// Central directory: method at +10, compressed size at +20.
		expect([zip.readUInt16LE(first + 10), zip.readUInt32LE(first + 20)]).toEqual([0, 500]);
		expect(zip.readUInt16LE(second + 10)).toBe(8);
		expect(zip.readUInt32LE(second + 20)).toBeLessThan(50);
	});

	test('marks names that are not ASCII as UTF-8, and only those', async () => {
		const entries = entriesOf(await zipOf(await sources({ 'Đình làng.txt': 'đ', 'plain.txt': 'p' })));
		expect(entries.get('Đình làng.txt')?.flags).toBe(1 << 11);
		expect(entries.get('plain.txt')?.flags).toBe(0);
	});

	test('throws a DitichsoError past the size limit, and leaves no file behind', async () => {
		const list = await sources({ 'a.pdf': new Uint8Array(4096) });
		const target = path.join(dir, 'out.zip');
		const error = await writeZip(target, list, date, { limitBytes: 1000 }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DitichsoError);
		expect((error as Error).message).toMatch(/4 GiB/);
		expect((await readdir(dir)).filter((f) => f.startsWith('out.zip'))).toEqual([]);
	});

	test('leaves no file behind when a source cannot be read', async () => {
		const list = [...(await sources({ 'a.txt': 'a', 'c.txt': 'c' })), { name: 'b.txt', file: path.join(dir, 'missing.txt') }];
		await expect(writeZip(path.join(dir, 'out.zip'), list, date)).rejects.toThrow(/missing\.txt/);
		expect((await readdir(dir)).filter((f) => f.startsWith('out.zip'))).toEqual([]);
	});

	test('zips a big stored file, read in slices, correctly', async () => {
		const big = new Uint8Array(20 * 1024 * 1024 + 3).map((_, i) => (i * 31 + (i >> 12)) % 256);
		const list = await sources({ 'all.pdf': big, 'a.svg': '<svg/>', 'z.txt': 'z' });
		const zip = await zipOf(list);
		const files = unzipSync(zip);
		expect(Object.keys(files)).toEqual(['a.svg', 'all.pdf', 'z.txt']);
		expect(Buffer.from(files['all.pdf']!).equals(Buffer.from(big))).toBe(true);
		expect(pythonReads(path.join(dir, 'out.zip')).count).toBe(3);
	});

	test("is read by Python's zipfile and Info-ZIP's unzip, CRCs and UTF-8 names included", async () => {
		const list = await sources({ 'a/Đình.svg': '<svg>đình</svg>'.repeat(300), 'b.pdf': '%PDF-1.7 …', 'c.png': '', 'd.txt': '' });
		await zipOf(list);
		const file = path.join(dir, 'out.zip');
		expect(pythonReads(file)).toEqual({ count: 4, names: ['a/Đình.svg', 'b.pdf', 'c.png', 'd.txt'] });
		if (hasUnzip) expect(unzipAccepts(file)).toBe(true);
	});
});

describe('writeZip with a cache', () => {
	const files = { 'a.svg': '<svg>a</svg>'.repeat(500), 'b.svg': '<svg>b</svg>'.repeat(500), 'c.pdf': '%PDF-1.7', 'd.txt': 'dòng chữ' };

	test('a warm run deflates nothing and gives the same bytes as a cold one and as no cache', async () => {
		const list = await sources(files);
		const cache = createCacheStore(path.join(dir, 'cache'));
		const target = (name: string) => path.join(dir, name);
		expect(await writeZip(target('cold.zip'), list, date, { cache })).toMatchObject({ deflated: 3, fromCache: 0 });
		expect(await writeZip(target('warm.zip'), list, date, { cache })).toMatchObject({ deflated: 0, fromCache: 3 });
		const cold = await readFile(target('cold.zip'));
		expect(cold.equals(await readFile(target('warm.zip')))).toBe(true);
		expect(cold.equals(await zipOf(list, 'none.zip'))).toBe(true);
	});

	test('a changed file deflates only its own entry, and changes only that entry', async () => {
		const list = await sources(files);
		const cache = createCacheStore(path.join(dir, 'cache'));
		const before = entriesOf(await zipOf(list, 'before.zip', { cache }));
		await writeFile(list[1]!.file, '<svg>b, sửa</svg>'.repeat(500));
		const target = path.join(dir, 'after.zip');
		expect(await writeZip(target, list, date, { cache })).toMatchObject({ deflated: 1, fromCache: 2 });
		const after = entriesOf(await readFile(target));
		const changed = [...before.keys()].filter((name) => !before.get(name)!.data.equals(after.get(name)!.data));
		expect(changed).toEqual(['b.svg']);
		expect(new TextDecoder().decode(unzipSync(await readFile(target))['b.svg'])).toBe('<svg>b, sửa</svg>'.repeat(500));
	});
});

describe('more than 65,535 entries', () => {
	test('keeps every entry readable: a ZIP64 end record carries the count (10,000 sites have 130,000), issue #7', async () => {
		// Mostly stored entries: zlib's set-up for each tiny deflate would make this the slowest test by far.
		const [svg, pdf] = await sources({ 'one.svg': '<svg/>', 'one.pdf': '%PDF' });
		const extension = (i: number) => (i % 1000 === 0 ? 'svg' : i % 2 ? 'pdf' : 'png');
		const list = Array.from({ length: 65_540 }, (_, i) => ({ name: `f/${String(i).padStart(5, '0')}.${extension(i)}`, file: (extension(i) === 'svg' ? svg : pdf)!.file }));
		const zip = await zipOf(list);
		// The classic end record says 0xFFFF; the ZIP64 record (56 bytes) and locator (20) stand before it.
		expect(zip.readUInt16LE(zip.byteLength - 22 + 10)).toBe(0xffff);
		expect(zip.readUInt32LE(zip.byteLength - 22 - 20 - 56)).toBe(0x06064b50);
		const files = unzipSync(zip);
		expect(Object.keys(files)).toHaveLength(65_540);
		expect(new TextDecoder().decode(files['f/65539.pdf'])).toBe('%PDF');
		expect(new TextDecoder().decode(files['f/65000.svg'])).toBe('<svg/>');
		const read = pythonReads(path.join(dir, 'out.zip'), false);
		expect(read.count).toBe(65_540);
		expect(read.names.slice(0, 3)).toEqual(['f/00000.svg', 'f/00001.pdf', 'f/00002.png']);
		if (hasUnzip) expect(unzipAccepts(path.join(dir, 'out.zip'))).toBe(true);
	}, 60_000);
});
