import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, onTestFinished, test } from 'vitest';
import { COMPRESSIBLE_EXTENSIONS, MIN_COMPRESS_BYTES } from '../../../src/core/hosting/compressible.ts';
import { writeCompressedCopies } from '../../../src/core/publish/compress.ts';

/** ASCII text of exactly `bytes` bytes that compresses well, as pages do. */
const text = (bytes: number) => '<p>Dinh Dam Ha</p>\n'.repeat(bytes).slice(0, bytes);

async function builtFolder(files: Record<string, string | Buffer>): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), 'ditichso-compress-'));
	onTestFinished(() => rm(dir, { recursive: true, force: true }));
	for (const [file, body] of Object.entries(files)) {
		await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
		await writeFile(path.join(dir, file), body);
	}
	return dir;
}

async function filesIn(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')).sort();
}

describe('writeCompressedCopies', () => {
	test('writes .br and .gz beside text files at the size floor or above, and nothing else, and counts those files', async () => {
		const big = text(4000);
		const dir = await builtFolder({
			'vi/dinh-dam-ha/index.html': big,
			'_astro/site.css': text(MIN_COMPRESS_BYTES),
			'sw.js': text(MIN_COMPRESS_BYTES - 1),
			'sitemap.xml': text(2000),
			'anh/dinh-dam-ha/cong.jpg': Buffer.alloc(4000, 7),
			'phong/x.woff2': Buffer.alloc(4000, 1),
			'plaques/DH01.a5.pdf': Buffer.alloc(4000, 2),
		});
		// Three files got copies; sw.js, compressible but under the floor, is not counted.
		expect(await writeCompressedCopies(dir)).toEqual({ made: 3, fromCache: 0 });
		expect(await filesIn(dir)).toEqual([
			'_astro/site.css',
			'_astro/site.css.br',
			'_astro/site.css.gz',
			'anh/dinh-dam-ha/cong.jpg',
			'phong/x.woff2',
			'plaques/DH01.a5.pdf',
			'sitemap.xml',
			'sitemap.xml.br',
			'sitemap.xml.gz',
			'sw.js',
			'vi/dinh-dam-ha/index.html',
			'vi/dinh-dam-ha/index.html.br',
			'vi/dinh-dam-ha/index.html.gz',
		]);
	});

	test('the copies decompress to the original bytes, and are smaller', async () => {
		const dir = await builtFolder({ 'index.html': '<p>Đình Đầm Hà, xã Đầm Hà</p>\n'.repeat(300) });
		await writeCompressedCopies(dir);
		const original = await readFile(path.join(dir, 'index.html'));
		const br = await readFile(path.join(dir, 'index.html.br'));
		const gz = await readFile(path.join(dir, 'index.html.gz'));
		expect(brotliDecompressSync(br).equals(original)).toBe(true);
		expect(gunzipSync(gz).equals(original)).toBe(true);
		expect(br.length).toBeLessThan(original.length / 4);
		expect(gz.length).toBeLessThan(original.length / 4);
	});

	test.each(COMPRESSIBLE_EXTENSIONS)('compresses %s files', async (extension) => {
		const dir = await builtFolder({ [`file${extension}`]: text(1000) });
		await writeCompressedCopies(dir);
		expect(await filesIn(dir)).toEqual([`file${extension}`, `file${extension}.br`, `file${extension}.gz`]);
	});

	test('a second run compresses the same files again and never the copies', async () => {
		const dir = await builtFolder({ 'index.html': text(1000), 'en/index.html': text(1000) });
		expect(await writeCompressedCopies(dir)).toEqual({ made: 2, fromCache: 0 });
		const first = await filesIn(dir);
		expect(await writeCompressedCopies(dir)).toEqual({ made: 2, fromCache: 0 });
		expect(await filesIn(dir)).toEqual(first);
		expect(first).toHaveLength(6);
	});

	test('an empty folder is fine', async () => {
		const dir = await builtFolder({});
		expect(await writeCompressedCopies(dir)).toEqual({ made: 0, fromCache: 0 });
		expect(await filesIn(dir)).toEqual([]);
	});
});
