import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { loadTrail } from '../../../src/core/content/load-trail.ts';
import type { PhotoFile } from '../../../src/core/content/trail.ts';
import { photoVariants } from '../../../src/core/images/variants.ts';
import { writePhotos } from '../../../src/core/publish/photos.ts';
import { validateContent } from '../../../src/core/validate.ts';
import { cmykJpeg, phoneJpeg, pngWithAlpha, trailWithCover } from '../../helpers/phone-photos.ts';
import { trailCopy } from '../../helpers/trail-copy.ts';

describe('writePhotos', () => {
	test('writes every variant of every photo at the paths the pages link to', async () => {
		const copy = await trailCopy('minimal');
		const { trail } = await loadTrail({ contentDir: copy.content, cwd: copy.root });
		if (!trail) throw new Error('The minimal fixture does not load');
		const out = path.join(copy.root, 'dist');
		expect(await writePhotos(trail, out)).toEqual({ made: 6, fromCache: 0 });
		const hashes = Object.fromEntries(trail.sites.map((s) => [s.slug, Object.values(s.photos)[0]?.hash]));
		const names = (slug: string, widthPx: number) => ['avif', 'jpg', 'webp'].map((ext) => `cover-${hashes[slug]}-${widthPx}.${ext}`);
		expect((await readdir(path.join(out, 'anh', 'dinh-mau'))).sort()).toEqual(names('dinh-mau', 480));
		expect((await readdir(path.join(out, 'anh', 'den-cap'))).sort()).toEqual(names('den-cap', 400));
		const file = (slug: string, name: string) => readFile(path.join(out, 'anh', slug, name));
		expect(await sharp(await file('dinh-mau', `cover-${hashes['dinh-mau']}-480.jpg`)).metadata()).toMatchObject({ format: 'jpeg', width: 480, height: 300 });
		expect(await sharp(await file('den-cap', `cover-${hashes['den-cap']}-400.webp`)).metadata()).toMatchObject({ format: 'webp', width: 400, height: 300 });
		expect(await sharp(await file('den-cap', `cover-${hashes['den-cap']}-400.avif`)).metadata()).toMatchObject({ format: 'heif', compression: 'av1', width: 400, height: 300 });
	});
});

interface Published {
	photo: PhotoFile;
	files: Array<{ name: string; format: string; widthPx: number; heightPx: number; bytes: Buffer }>;
}

/**
 * Puts `bytes` in the minimal trail as Đình Mẫu's cover, named `name`, checks the trail as
 * `npm run check` would (it must pass), publishes its photos and reads back the cover's files.
 */
async function publishCover(name: string, bytes: Buffer): Promise<Published> {
	const copy = await trailWithCover(name, bytes);
	const { trail, problems } = await validateContent({ contentDir: copy.content, cwd: copy.root });
	expect(problems).toEqual([]);
	if (!trail) throw new Error('The trail does not load');
	const out = path.join(copy.root, 'dist');
	await writePhotos(trail, out);
	const photo = trail.sites.find((s) => s.slug === 'dinh-mau')?.photos[name];
	if (!photo) throw new Error(`${name} was not read`);
	const files = await Promise.all(
		photoVariants('dinh-mau', photo).map(async (variant) => ({
			name: path.basename(variant.path),
			format: variant.format,
			widthPx: variant.widthPx,
			heightPx: variant.heightPx,
			bytes: await readFile(path.join(out, ...variant.path.split('/'))),
		})),
	);
	return { photo, files };
}

/** Everything a published file must be: its format and size, sRGB, and no metadata of any kind. */
async function expectCleanSrgb(file: Published['files'][number]): Promise<void> {
	const meta = await sharp(file.bytes).metadata();
	expect({ name: file.name, format: meta.format, width: meta.width, height: meta.height, space: meta.space }).toEqual({
		name: file.name,
		format: file.format === 'avif' ? 'heif' : file.format,
		width: file.widthPx,
		height: file.heightPx,
		space: 'srgb',
	});
	expect({ exif: meta.exif, xmp: meta.xmp, icc: meta.icc, iptc: meta.iptc, orientation: meta.orientation }).toEqual({ exif: undefined, xmp: undefined, icc: undefined, iptc: undefined, orientation: undefined });
}

/** The channels of one pixel, at a fraction of the width and height. */
async function pixelAt(bytes: Buffer, fx: number, fy: number): Promise<number[]> {
	const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
	const at = (Math.floor(fy * info.height) * info.width + Math.floor(fx * info.width)) * info.channels;
	return [...data.subarray(at, at + info.channels)];
}
const isRed = ([r = 0, g = 0, b = 0]: number[]) => r > 200 && g < 60 && b < 60;

// What the phone wrote, byte for byte (sharp writes EXIF little-endian): none of it may reach a published file.
const le32 = (...values: number[]) => Buffer.concat(values.map((v) => Buffer.from([v, v >> 8, v >> 16, v >> 24].map((x) => x & 0xff))));
const TRACES: Array<[string, Buffer]> = [
	// The IFD0 entry pointing to the GPS directory: tag 0x8825, type LONG, count 1.
	['EXIF GPS directory', Buffer.concat([Buffer.from([0x25, 0x88, 4, 0]), le32(1)])],
	['EXIF latitude 21/1 21/1 432/100', le32(21, 1, 21, 1, 432, 100)],
	['EXIF longitude 107/1 35/1 5856/100', le32(107, 1, 35, 1, 5856, 100)],
	['EXIF header', Buffer.from('Exif\0\0', 'latin1')],
	['XMP header', Buffer.from('http://ns.adobe.com/xap/1.0/')],
	['XMP GPS tag', Buffer.from('GPSLatitude')],
	['XMP latitude', Buffer.from('21,21.072N')],
	['maker', Buffer.from('Apple')],
	['model', Buffer.from('iPhone 15')],
];
/** The phone's traces found in `bytes`, by name. */
const tracesIn = (bytes: Buffer) => TRACES.filter(([, trace]) => bytes.includes(trace)).map(([name]) => name);

describe('writePhotos with photos straight from the phone', () => {
	test('a 24-megapixel JPEG with EXIF orientation 6 and GPS is published upright, in sRGB, with no EXIF or GPS left (issue #6)', async () => {
		const source = await phoneJpeg(6000, 4000);
		const meta = await sharp(source).metadata();
		expect(meta).toMatchObject({ width: 6000, height: 4000, orientation: 6, exif: expect.any(Buffer) });
		// The traces really are in the photo, so their absence below means something.
		expect(tracesIn(source)).toEqual(TRACES.map(([name]) => name));

		const { photo, files } = await publishCover('IMG_0001.JPG', source);
		expect(photo).toMatchObject({ widthPx: 4000, heightPx: 6000, format: 'jpeg' });
		expect(files.map((f) => `${f.name} ${f.widthPx}×${f.heightPx}`)).toEqual(
			['avif', 'webp', 'jpg'].flatMap((ext) => [480, 720, 960, 1440].map((w) => `img-0001-${photo.hash}-${w}.${ext} ${w}×${w * 1.5}`)),
		);
		for (const file of files) {
			await expectCleanSrgb(file);
			expect({ name: file.name, traces: tracesIn(file.bytes) }).toEqual({ name: file.name, traces: [] });
			// The stored top of the picture is red; turned upright (90° clockwise), it is the right edge.
			expect(isRed(await pixelAt(file.bytes, 0.97, 0.5))).toBe(true);
			expect(isRed(await pixelAt(file.bytes, 0.5, 0.03))).toBe(false);
			expect(isRed(await pixelAt(file.bytes, 0.03, 0.5))).toBe(false);
		}
	});

	test.each([
		['with', true],
		['without', false],
	])('a CMYK JPEG %s an embedded profile is published in sRGB, red still red, with no profile (issue #6)', async (_name, withProfile) => {
		const source = await cmykJpeg(withProfile);
		expect(await sharp(source).metadata()).toMatchObject({ space: 'cmyk', channels: 4, ...(withProfile ? { icc: expect.any(Buffer) } : {}) });
		const { files } = await publishCover('in-an.jpg', source);
		expect(files).toHaveLength(6);
		for (const file of files) {
			await expectCleanSrgb(file);
			expect(await sharp(file.bytes).metadata()).toMatchObject({ channels: 3 });
			expect(isRed(await pixelAt(file.bytes, 0.5, 0.5))).toBe(true);
		}
	});

	test('a PNG with alpha keeps its transparency in AVIF and WebP, and JPEG lays it on white (issue #6)', async () => {
		const { photo, files } = await publishCover('hien-vat.png', await pngWithAlpha(800, 600));
		expect(photo).toMatchObject({ format: 'png' });
		expect(photo.placeholder).toBeUndefined();
		expect(files).toHaveLength(6);
		for (const file of files) {
			await expectCleanSrgb(file);
			const corner = await pixelAt(file.bytes, 0.02, 0.02);
			const middle = await pixelAt(file.bytes, 0.5, 0.5);
			if (file.format === 'jpeg') {
				expect({ name: file.name, corner, middle: middle.map((v) => Math.round(v / 16) * 16) }).toEqual({ name: file.name, corner: [255, 255, 255], middle: [0, 0, 256] });
			} else {
				expect({ name: file.name, hasAlpha: (await sharp(file.bytes).metadata()).hasAlpha, cornerAlpha: corner[3], middleAlpha: middle[3] }).toEqual({ name: file.name, hasAlpha: true, cornerAlpha: 0, middleAlpha: 255 });
			}
		}
	});

	test('a JPEG named anh.heic is read by its bytes and published as the JPEG it is, with .jpg names (issue #6)', async () => {
		const { photo, files } = await publishCover('anh.heic', await phoneJpeg(1200, 800));
		expect(photo).toMatchObject({ format: 'jpeg', widthPx: 800, heightPx: 1200 });
		expect(files.map((f) => f.name)).toEqual(['avif', 'webp', 'jpg'].flatMap((ext) => [480, 720].map((w) => `anh-${photo.hash}-${w}.${ext}`)));
		for (const file of files) await expectCleanSrgb(file);
	});
});
