import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { probeImage, renderPhoto } from '../../../src/core/images/process.ts';

/** A plain-colour photo made in memory: `width` × `height` as stored, before any EXIF turn. */
function photo(width: number, height: number, format: 'jpeg' | 'png' | 'webp' | 'gif' | 'tiff' = 'jpeg') {
	return sharp({ create: { width, height, channels: 3, background: '#a0522d' } }).toFormat(format);
}

let dir: string;
beforeAll(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'ditichso-images-'));
});
afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe('probeImage', () => {
	test.each([
		['jpeg', 300, 200],
		['png', 30, 20],
		['webp', 64, 48],
	] as const)('reads the size and format of a %s', async (format, width, height) => {
		expect(await probeImage(await photo(width, height, format).toBuffer())).toEqual({ widthPx: width, heightPx: height, format });
	});

	test('gives the size as seen: EXIF orientation 6 (a phone held upright) swaps width and height', async () => {
		const bytes = await photo(300, 200).withMetadata({ orientation: 6 }).toBuffer();
		expect((await sharp(bytes).metadata()).orientation).toBe(6);
		expect(await probeImage(bytes)).toEqual({ widthPx: 200, heightPx: 300, format: 'jpeg' });
	});

	test.each([
		['garbage bytes', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])],
		['no bytes', new Uint8Array()],
		['text', new TextEncoder().encode('Đây không phải là ảnh.')],
	])('gives undefined for %s', async (_name, bytes) => {
		expect(await probeImage(bytes)).toBeUndefined();
	});

	test.each(['gif', 'tiff'] as const)('gives undefined for a %s, which browsers cannot all show once converted', async (format) => {
		expect(await probeImage(await photo(30, 20, format).toBuffer())).toBeUndefined();
	});

	test('refuses a small file that claims more pixels than any photo has (the hostile-input issue)', async () => {
		// A 4 × 4 PNG whose header is rewritten to claim 12000 × 12000: 144 megapixels, over our
		// 100-megapixel limit though under sharp's own default, so only our limit refuses it.
		const bytes = Buffer.from(await photo(4, 4, 'png').toBuffer());
		bytes.writeUInt32BE(12000, 16);
		bytes.writeUInt32BE(12000, 20);
		bytes.writeUInt32BE(crc32(bytes.subarray(12, 29)) >>> 0, 29);
		expect(await sharp(bytes).metadata()).toMatchObject({ width: 12000, height: 12000 });
		expect(await probeImage(bytes)).toBeUndefined();
	});
});

describe('renderPhoto', () => {
	test('writes the asked width, upright, with no EXIF left (GPS and orientation included)', async () => {
		const source = path.join(dir, 'phone.jpg');
		const bytes = await photo(2000, 1000)
			.withExif({ IFD0: { Copyright: 'Đoàn Thanh niên', Make: 'Phone' } })
			.withMetadata({ orientation: 6 })
			.toBuffer();
		await writeFile(source, bytes);
		expect((await sharp(bytes).metadata()).exif).toBeDefined();
		const out = await renderPhoto(source, { widthPx: 480, format: 'jpeg' });
		const meta = await sharp(out).metadata();
		expect(meta).toMatchObject({ format: 'jpeg', width: 480, height: 960 });
		expect(meta.exif).toBeUndefined();
		expect(meta.orientation).toBeUndefined();
	});

	test('writes WebP when asked', async () => {
		const source = path.join(dir, 'plain.png');
		await writeFile(source, await photo(1600, 1200, 'png').toBuffer());
		const meta = await sharp(await renderPhoto(source, { widthPx: 960, format: 'webp' })).metadata();
		expect(meta).toMatchObject({ format: 'webp', width: 960, height: 720 });
	});

	test('never enlarges a small photo', async () => {
		const source = path.join(dir, 'small.jpg');
		await writeFile(source, await photo(400, 300).toBuffer());
		expect(await sharp(await renderPhoto(source, { widthPx: 1440, format: 'jpeg' })).metadata()).toMatchObject({ width: 400, height: 300 });
	});

	test('gives the same bytes for the same photo', async () => {
		const source = path.join(dir, 'same.jpg');
		await writeFile(source, await photo(800, 600).toBuffer());
		expect(await renderPhoto(source, { widthPx: 480, format: 'webp' })).toEqual(await renderPhoto(source, { widthPx: 480, format: 'webp' }));
	});
});
