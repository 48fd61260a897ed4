import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DitichsoError } from '../../../src/core/errors.ts';
import { withZip64End, writeZip } from '../../../src/core/publish/zip.ts';

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

async function zipOf(list: Awaited<ReturnType<typeof sources>>, name = 'out.zip'): Promise<Buffer> {
	const target = path.join(dir, name);
	const size = await writeZip(target, list, date);
	const bytes = await readFile(target);
	expect(bytes.byteLength).toBe(size);
	return bytes;
}

describe('writeZip', () => {
	test('packs the files so that they unpack as they were, in name order', async () => {
		const big = new Uint8Array(3 * 1024 * 1024 + 5).map((_, i) => (i * 7919) % 251);
		const files = unzipSync(await zipOf(await sources({ 'b/two.txt': 'hai', 'a.txt': 'một', 'c/big.pdf': big, 'c/big.svg': big, 'empty.png': '' })));
		expect(Object.keys(files)).toEqual(['a.txt', 'b/two.txt', 'c/big.pdf', 'c/big.svg', 'empty.png']);
		expect(new TextDecoder().decode(files['a.txt'])).toBe('một');
		expect(Buffer.from(files['c/big.pdf']!).equals(Buffer.from(big))).toBe(true);
		expect(Buffer.from(files['c/big.svg']!).equals(Buffer.from(big))).toBe(true);
		expect(files['empty.png']).toHaveLength(0);
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

	test('throws a DitichsoError past the size limit, and leaves no file behind', async () => {
		const list = await sources({ 'a.pdf': new Uint8Array(4096) });
		const target = path.join(dir, 'out.zip');
		const error = await writeZip(target, list, date, 1000).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DitichsoError);
		expect((error as Error).message).toMatch(/4 GiB/);
		expect((await readdir(dir)).filter((f) => f.startsWith('out.zip'))).toEqual([]);
	});
});

describe('withZip64End', () => {
	test('keeps every entry readable past 65,535 entries (10,000 sites have 120,000), issue #7', async () => {
		// 65,536 entries take ten seconds to write; the end record is checked on a small archive.
		const zip = await zipOf(await sources({ 'a.txt': 'a', 'b.pdf': 'b', 'c/d.svg': 'd' }));
		const end = zip.byteLength - 22;
		const directory = zip.readUInt32LE(end + 16);
		const tail = withZip64End(zip.subarray(directory), 3);
		expect(Buffer.from(tail.subarray(0, end - directory)).equals(zip.subarray(directory, end))).toBe(true);
		const zip64 = Buffer.concat([zip.subarray(0, directory), tail]);
		expect(zip64.readUInt16LE(zip64.byteLength - 22 + 10)).toBe(0xffff);
		const files = unzipSync(zip64);
		expect(Object.keys(files)).toEqual(['a.txt', 'b.pdf', 'c/d.svg']);
		expect(new TextDecoder().decode(files['c/d.svg'])).toBe('d');
	});
});
