import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readExifGps } from '../../../src/core/images/exif-gps.ts';
import { composeImage, decodePhoto, encodePhoto, inspectPhoto, probeImage, renderIcon, resizePhoto, type PhotoOutput } from '../../../src/core/images/process.ts';
import { MAX_PHOTO_PIXELS } from '../../../src/core/images/accepted.ts';
import { PHONE_MAX_PHOTO_WIDTH_PX, PHOTO_FORMATS } from '../../../src/core/images/variants.ts';
import { exifBlock, withExifSegment } from '../../helpers/exif.ts';
import { cmykJpeg, displayP3Jpeg, heicLike, PHONE_EXIF, PHONE_GPS, phoneJpeg, pngWithAlpha } from '../../helpers/phone-photos.ts';
import { photoLike } from '../../helpers/photo-like.ts';

/** A plain-colour photo made in memory: `width` × `height` as stored, before any EXIF turn. */
function photo(width: number, height: number, format: 'jpeg' | 'png' | 'webp' | 'gif' | 'tiff' = 'jpeg') {
	return sharp({ create: { width, height, channels: 3, background: '#a0522d' } }).toFormat(format);
}

/** Decodes and encodes one file, as writePhotos does for each variant. */
async function render(file: string, output: PhotoOutput): Promise<Uint8Array> {
	return encodePhoto(await decodePhoto(file, output), output);
}

/** The red, green and blue (and alpha, if any) of one pixel. */
async function pixelAt(bytes: Uint8Array, x: number, y: number): Promise<number[]> {
	const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
	const at = (y * info.width + x) * info.channels;
	return [...data.subarray(at, at + info.channels)];
}
const near = (actual: readonly number[], expected: readonly number[], tolerance = 6) => expected.every((v, i) => Math.abs((actual[i] ?? -999) - v) <= tolerance);

let dir: string;
beforeAll(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'ditichso-images-'));
});
afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

async function fileOf(name: string, bytes: Uint8Array): Promise<string> {
	const file = path.join(dir, name);
	await writeFile(file, bytes);
	return file;
}

describe('probeImage', () => {
	test.each([
		['jpeg', 300, 200],
		['png', 30, 20],
		['webp', 64, 48],
	] as const)('reads the size and format of a %s', async (format, width, height) => {
		expect(await probeImage(await photo(width, height, format).toBuffer())).toMatchObject({ widthPx: width, heightPx: height, format });
	});

	test('gives the size as seen: EXIF orientation 6 (a phone held upright) swaps width and height', async () => {
		const bytes = await photo(300, 200).withMetadata({ orientation: 6 }).toBuffer();
		expect((await sharp(bytes).metadata()).orientation).toBe(6);
		expect(await probeImage(bytes)).toMatchObject({ widthPx: 200, heightPx: 300, format: 'jpeg' });
	});

	test('gives a placeholder: a WebP 16 px wide, upright, as a data URI of a few dozen bytes', async () => {
		const info = await probeImage(await phoneJpeg(300, 200));
		const match = /^data:image\/webp;base64,([A-Za-z0-9+/=]+)$/.exec(info?.placeholder ?? '');
		expect(match).not.toBeNull();
		expect(info?.placeholder?.length).toBeLessThan(300);
		const meta = await sharp(Buffer.from(match?.[1] ?? '', 'base64')).metadata();
		expect(meta).toMatchObject({ format: 'webp', width: 16, height: 24 });
		expect(meta.exif).toBeUndefined();
	});

	test('keeps the placeholder small for a busy photo too', async () => {
		expect((await probeImage(await photoLike()))?.placeholder?.length).toBeLessThan(300);
	});

	test('gives no placeholder for a photo with transparent parts, which it would show through', async () => {
		const seeThrough = await sharp({ create: { width: 40, height: 30, channels: 4, background: { r: 200, g: 0, b: 0, alpha: 0.5 } } }).png().toBuffer();
		expect(await probeImage(seeThrough)).toEqual({ widthPx: 40, heightPx: 30, format: 'png' });
	});

	test('gives a placeholder for a PNG whose alpha channel is fully opaque', async () => {
		const opaque = await sharp({ create: { width: 40, height: 30, channels: 4, background: { r: 200, g: 0, b: 0, alpha: 1 } } }).png().toBuffer();
		expect((await probeImage(opaque))?.placeholder).toMatch(/^data:image\/webp;base64,/);
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
		// 144 megapixels, under sharp's own default limit, so only our limit refuses it.
		const bytes = await pngClaiming(12000, 12000);
		expect(await sharp(bytes).metadata()).toMatchObject({ width: 12000, height: 12000 });
		expect(await probeImage(bytes)).toBeUndefined();
	});
});

/** A 4 × 4 PNG whose header is rewritten to claim `width` × `height`: decoding it fails, as its pixels are missing. */
async function pngClaiming(width: number, height: number): Promise<Buffer> {
	const bytes = Buffer.from(await photo(4, 4, 'png').toBuffer());
	bytes.writeUInt32BE(width, 16);
	bytes.writeUInt32BE(height, 20);
	bytes.writeUInt32BE(crc32(bytes.subarray(12, 29)) >>> 0, 29);
	return bytes;
}

describe('probeImage and where a photo was taken', () => {
	test('gives the GPS position of a phone photo (issue #6)', async () => {
		expect((await probeImage(await phoneJpeg(300, 200)))?.gps).toEqual({ lat: expect.closeTo(PHONE_GPS.lat, 9), lng: expect.closeTo(PHONE_GPS.lng, 9) });
	});

	test("reads an iPhone's big-endian EXIF too", async () => {
		const info = await probeImage(withExifSegment(await photo(300, 200).toBuffer(), exifBlock(PHONE_EXIF, 'MM')));
		expect(info).toMatchObject({ widthPx: 200, heightPx: 300, gps: { lat: expect.closeTo(PHONE_GPS.lat, 9), lng: expect.closeTo(PHONE_GPS.lng, 9) } });
	});

	test('gives no position for a photo without GPS tags', async () => {
		expect(await probeImage(await photo(300, 200).toBuffer())).not.toHaveProperty('gps');
	});
});

describe('inspectPhoto', () => {
	test.each([
		['HEIC bytes named anh.heic', 'anh.heic'],
		['HEIC bytes named anh.jpg', 'anh.jpg'],
	])('refuses %s as "heic", which cannot be read', async (_name, name) => {
		expect(await inspectPhoto(heicLike(), name)).toEqual({ refused: 'heic' });
	});

	test('refuses an unreadable file named .HEIC as "heic"', async () => {
		expect(await inspectPhoto(new TextEncoder().encode('không phải ảnh'), 'IMG_4512.HEIC')).toEqual({ refused: 'heic' });
	});

	test('reads a JPEG named anh.heic as the JPEG it is: the bytes decide', async () => {
		expect(await inspectPhoto(await photo(300, 200).toBuffer(), 'anh.heic')).toMatchObject({ widthPx: 300, heightPx: 200, format: 'jpeg' });
	});

	test.each([
		['garbage named anh.jpg', new Uint8Array([1, 2, 3, 4]), 'anh.jpg'],
		['a GIF', undefined, 'anh.gif'],
	])('refuses %s as unreadable, with no more said', async (_name, bytes, name) => {
		expect(await inspectPhoto(bytes ?? (await photo(30, 20, 'gif').toBuffer()), name)).toEqual({ refused: 'unreadable' });
	});

	test('refuses an AVIF, which sharp reads but pages are not given as a source', async () => {
		const avif = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#a0522d' } }).avif().toBuffer();
		expect(await inspectPhoto(avif, 'anh.avif')).toEqual({ refused: 'unreadable' });
	});

	test.each([
		['a PDF', Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'), 'pdf'],
		['a web page', Buffer.from('<!DOCTYPE html><html><body><img src="cong-dinh.jpg"></body></html>'), 'html'],
		['a text file', Buffer.from('Ảnh cổng đình, chụp ngày 1/7.'), 'text'],
	] as const)('says a file named as a photo is %s, no image at all (issue #8)', async (_name, bytes, kind) => {
		expect(await inspectPhoto(bytes, 'cover.jpg')).toEqual({ refused: 'not-image', kind });
	});

	test.each([
		['a JPEG cut in half', 'jpeg', 0.5],
		['a JPEG missing only its last bytes', 'jpeg', 0.95],
		['a PNG cut in half', 'png', 0.5],
		['a JPEG cut inside its header', 'jpeg', 0.02],
		['a PNG cut inside its header', 'png', 0.01],
	] as const)('refuses %s as "truncated" (issue #8)', async (_name, format, part) => {
		const whole = await sharp(await photoLike(200, 150)).toFormat(format).toBuffer();
		expect(await inspectPhoto(whole.subarray(0, Math.floor(whole.length * part)), `anh.${format}`)).toEqual({ refused: 'truncated' });
	});

	test('takes the width and height from the header, and refuses one pixel over 54 megapixels before decoding it (issue #8)', async () => {
		// 7348 × 7348 is just under the limit: the header is accepted and decoding, tried next, finds the
		// pixels missing. One row more and the header alone refuses it, with the size as seen.
		expect(7348 * 7348).toBeLessThanOrEqual(MAX_PHOTO_PIXELS);
		expect(7348 * 7349).toBeGreaterThan(MAX_PHOTO_PIXELS);
		expect(await inspectPhoto(await pngClaiming(7348, 7348), 'cover.png')).toEqual({ refused: 'truncated' });
		expect(await inspectPhoto(await pngClaiming(7348, 7349), 'cover.png')).toEqual({ refused: 'too-many-pixels', widthPx: 7348, heightPx: 7349 });
	});

	test('gives the size of a refused photo as seen, EXIF orientation applied', async () => {
		const jpeg = Buffer.from(await photo(64, 48).withMetadata({ orientation: 6 }).toBuffer());
		const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
		jpeg.writeUInt16BE(6000, sof + 5);
		jpeg.writeUInt16BE(10000, sof + 7);
		expect(await inspectPhoto(jpeg, 'cover.jpg')).toEqual({ refused: 'too-many-pixels', widthPx: 6000, heightPx: 10000 });
	});

	test('refuses a decompression bomb from its header: no pixel decoded, no memory taken (issue #8)', async () => {
		// 60000 × 60000 pixels claimed by a PNG of a few dozen bytes: 10.8 GB once decoded. Had any
		// decoding been tried it would have failed, and the answer would be 'truncated', not the size.
		const bomb = await pngClaiming(60_000, 60_000);
		const rssBefore = process.memoryUsage().rss;
		const started = performance.now();
		expect(await inspectPhoto(bomb, 'cover.png')).toEqual({ refused: 'too-many-pixels', widthPx: 60_000, heightPx: 60_000 });
		// A header read takes milliseconds and no pixel buffer: generous bounds, far from a decode's minutes and gigabytes.
		expect(performance.now() - started).toBeLessThan(2000);
		expect(process.memoryUsage().rss - rssBefore).toBeLessThan(64 * 1024 * 1024);
	});
});

describe('decodePhoto and encodePhoto', () => {
	test.each(PHOTO_FORMATS)('write %s at the asked size, upright, with no EXIF left (GPS and orientation included)', async (format) => {
		const bytes = await phoneJpeg(2000, 1000);
		expect(await sharp(bytes).metadata()).toMatchObject({ exif: expect.any(Buffer), orientation: 6 });
		const meta = await sharp(await render(await fileOf('phone.jpg', bytes), { widthPx: 480, heightPx: 960, format })).metadata();
		expect(meta).toMatchObject({ format: format === 'avif' ? 'heif' : format, width: 480, height: 960, space: 'srgb' });
		expect(meta.exif).toBeUndefined();
		expect(meta.xmp).toBeUndefined();
		expect(meta.icc).toBeUndefined();
		expect(meta.orientation).toBeUndefined();
	});

	test('the GPS position is really in the test photo, so its absence above means something', async () => {
		const exif = (await sharp(await phoneJpeg(200, 100)).metadata()).exif ?? Buffer.alloc(0);
		expect(readExifGps(exif)).toEqual({ lat: expect.closeTo(PHONE_GPS.lat, 9), lng: expect.closeTo(PHONE_GPS.lng, 9) });
	});

	test('decode once at the widest size: bare upright sRGB pixels, no larger than asked', async () => {
		const decoded = await decodePhoto(await fileOf('decode.jpg', await phoneJpeg(2000, 1000)), { widthPx: 720, heightPx: 1440 });
		expect(decoded).toMatchObject({ widthPx: 720, heightPx: 1440, channels: 3 });
		expect(decoded.pixels.length).toBe(720 * 1440 * 3);
	});

	test('never enlarge a small photo', async () => {
		const source = await fileOf('small.jpg', await photo(400, 300).toBuffer());
		expect(await sharp(await render(source, { widthPx: 1440, heightPx: 1080, format: 'jpeg' })).metadata()).toMatchObject({ width: 400, height: 300 });
	});

	test.each(PHOTO_FORMATS.flatMap((format) => [true, false].map((forPhones) => ({ format, forPhones }))))('give the same bytes for the same photo ($format, for phones: $forPhones)', async ({ format, forPhones }) => {
		const source = await fileOf('same.jpg', await photoLike(800, 600));
		const output = { widthPx: 480, heightPx: 360, format, forPhones };
		expect(await render(source, output)).toEqual(await render(source, output));
	});

	test('resize a decoded photo once per width: exactly to the size, never larger (issue #7)', async () => {
		const decoded = await decodePhoto(await fileOf('resize.jpg', await photoLike(1600, 1200)), { widthPx: 1440, heightPx: 1080 });
		const resized = await resizePhoto(decoded, { widthPx: 720, heightPx: 540 });
		expect(resized).toMatchObject({ widthPx: 720, heightPx: 540, channels: 3 });
		expect(resized.pixels.length).toBe(720 * 540 * 3);
		expect(await resizePhoto(decoded, { widthPx: 1440, heightPx: 1080 })).toBe(decoded);
		expect(await resizePhoto(resized, { widthPx: 1440, heightPx: 1080 })).toBe(resized);
		const bytes = await encodePhoto(resized, { widthPx: 720, heightPx: 540, format: 'webp' });
		expect(await sharp(bytes).metadata()).toMatchObject({ format: 'webp', width: 720, height: 540 });
	});

	test("turn an iPhone's Display P3 colours into sRGB ones, not merely drop the profile", async () => {
		const p3 = await displayP3Jpeg(64, 48);
		expect(near(await pixelAt(await sharp(p3, { ignoreIcc: true }).png().toBuffer(), 10, 10), [234, 51, 35], 12)).toBe(true);
		const out = await render(await fileOf('p3.jpg', p3), { widthPx: 64, heightPx: 48, format: 'webp' });
		expect(near(await pixelAt(out, 10, 10), [255, 0, 0], 8)).toBe(true);
		expect((await sharp(out).metadata()).icc).toBeUndefined();
	});

	test.each([
		['with', true],
		['without', false],
	])('turn a CMYK JPEG %s an embedded profile into sRGB', async (_name, withProfile) => {
		const cmyk = await cmykJpeg(withProfile, 64, 48);
		expect(await sharp(cmyk).metadata()).toMatchObject({ space: 'cmyk', channels: 4 });
		const out = await render(await fileOf(`cmyk-${withProfile}.jpg`, cmyk), { widthPx: 64, heightPx: 48, format: 'jpeg' });
		expect(await sharp(out).metadata()).toMatchObject({ space: 'srgb', channels: 3 });
		const [r = 0, g = 0, b = 0] = await pixelAt(out, 10, 10);
		expect(r).toBeGreaterThan(200);
		expect(Math.max(g, b)).toBeLessThan(60);
	});

	test.each(['avif', 'webp'] as const)('keep transparency in %s', async (format) => {
		const out = await render(await fileOf('alpha.png', await pngWithAlpha(80, 60)), { widthPx: 80, heightPx: 60, format });
		expect(await sharp(out).metadata()).toMatchObject({ hasAlpha: true });
		expect((await pixelAt(out, 2, 2))[3]).toBe(0);
		expect(near(await pixelAt(out, 40, 30), [0, 0, 255, 255])).toBe(true);
	});

	test('lay transparency on white in JPEG', async () => {
		const out = await render(await fileOf('alpha.png', await pngWithAlpha(80, 60)), { widthPx: 80, heightPx: 60, format: 'jpeg' });
		expect(await sharp(out).metadata()).toMatchObject({ hasAlpha: false, channels: 3 });
		expect(near(await pixelAt(out, 2, 2), [255, 255, 255])).toBe(true);
		expect(near(await pixelAt(out, 40, 30), [0, 0, 255])).toBe(true);
	});

	test('turn a greyscale or 16-bit photo into 8-bit sRGB', async () => {
		const grey = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#808080' } }).greyscale().png().toBuffer();
		const deep = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#a0522d' } }).toColourspace('rgb16').png().toBuffer();
		expect(await sharp(deep).metadata()).toMatchObject({ depth: 'ushort' });
		for (const [name, bytes] of [['grey.png', grey], ['deep.png', deep]] as const) {
			const decoded = await decodePhoto(await fileOf(name, bytes), { widthPx: 40, heightPx: 30 });
			expect(decoded.pixels.length).toBe(40 * 30 * 3);
		}
	});

	test.each(PHOTO_FORMATS)('a busy 1600 × 1200 photo at the widest phone width stays within 60 KB in %s (issue budget)', async (format) => {
		const source = await fileOf('busy.jpg', await photoLike(1600, 1200));
		const bytes = await render(source, { widthPx: PHONE_MAX_PHOTO_WIDTH_PX, heightPx: 540, format, forPhones: true });
		expect(bytes.length).toBeLessThanOrEqual(60 * 1024);
	});
});

describe('composeImage', () => {
	const canvas = { widthPx: 1200, heightPx: 630, background: '#7a1f1f' };
	const band = '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect y="500" width="1200" height="130" fill="#000"/></svg>';

	test('crops a photo to fill the canvas and draws the SVG over it, as a JPEG without metadata', async () => {
		const source = await fileOf('wide.jpg', await phoneJpeg(2000, 1000));
		const out = await composeImage(source, band, canvas);
		const meta = await sharp(out).metadata();
		expect(meta).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
		expect(meta.exif).toBeUndefined();
		expect(near(await pixelAt(out, 600, 200), [0xa0, 0x52, 0x2d])).toBe(true);
		expect(near(await pixelAt(out, 600, 600), [0, 0, 0])).toBe(true);
	});

	test('uses the background where there is no photo', async () => {
		const out = await composeImage(undefined, band, canvas);
		expect(near(await pixelAt(out, 600, 200), [0x7a, 0x1f, 0x1f])).toBe(true);
	});

	test('gives the same bytes for the same input', async () => {
		const source = await fileOf('again.jpg', await photo(1600, 1200).toBuffer());
		expect(await composeImage(source, band, canvas)).toEqual(await composeImage(source, band, canvas));
	});

	test('leaves out the rows the overlay covers, and gives the same bytes as when it draws them (issue #7)', async () => {
		for (const [name, bytes] of [['busy.jpg', await photoLike(1600, 1200)], ['alpha.png', await pngWithAlpha(800, 600)]] as const) {
			const source = await fileOf(name, bytes);
			const whole = await composeImage(source, band, canvas);
			expect(await composeImage(source, band, { ...canvas, coveredFromPx: 500 })).toEqual(whole);
			expect(await composeImage(source, band, { ...canvas, coveredFromPx: 630 })).toEqual(whole);
		}
	});
});

describe('renderIcon', () => {
	const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="16" fill="#fff"/></svg>');

	async function alphaAndColour(bytes: Uint8Array, x: number, y: number): Promise<number[]> {
		const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
		const at = (y * info.width + x) * 4;
		return [...data.subarray(at, at + 4)];
	}

	test('draws the SVG at the asked size, leaving its transparent parts transparent', async () => {
		const png = await renderIcon(svg, { sizePx: 192 });
		expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 192, height: 192 });
		expect((await alphaAndColour(png, 0, 0))[3]).toBe(0);
		expect(await alphaAndColour(png, 96, 96)).toEqual([255, 255, 255, 255]);
	});

	test('a full-bleed icon fills the square and shrinks the drawing into the middle', async () => {
		const png = await renderIcon(svg, { sizePx: 512, fullBleed: { background: '#7a1f1f', scale: 0.5 } });
		expect(await alphaAndColour(png, 0, 0)).toEqual([0x7a, 0x1f, 0x1f, 255]);
		expect(await alphaAndColour(png, 100, 256)).toEqual([0x7a, 0x1f, 0x1f, 255]);
		expect(await alphaAndColour(png, 256, 256)).toEqual([255, 255, 255, 255]);
	});
});
