import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { ExifTags } from './exif.ts';
import { trailCopy, type TrailCopy } from './trail-copy.ts';

/**
 * Photos as phones and editors hand them over, made in memory so that no large binary sits in the
 * repository (issue #6). Plain colours: what matters is their size, orientation, colour space and
 * metadata, and where the red band ends up.
 */

export const RED = '#ff0000';
export const SIENNA = '#a0522d';

/** 21° 21′ 4.32″ N, 107° 35′ 58.56″ E, the GPS position in `phoneJpeg`: 21.3512, 107.5996. */
export const PHONE_GPS = { lat: 21.3512, lng: 107.5996, latitude: '21/1 21/1 432/100', longitude: '107/1 35/1 5856/100' } as const;

/** The same position and turn as an iPhone writes them, for `exifBlock` (tests/helpers/exif.ts). */
export const PHONE_EXIF: ExifTags = {
	orientation: 6,
	gps: { latRef: 'N', lat: [[21, 1], [21, 1], [432, 100]], lngRef: 'E', lng: [[107, 1], [35, 1], [5856, 100]] },
};

// Android phones also write XMP (motion photos, edits), the GPS position included.
const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="21,21.072N" exif:GPSLongitude="107,35.976E"/></rdf:RDF></x:xmpmeta>`;

/**
 * A JPEG as a phone held upright takes it: stored landscape (`widthPx` × `heightPx`, 24 megapixels
 * by default) with EXIF orientation 6 (turn 90° clockwise to view), the phone's make and model, the
 * GPS position in EXIF and in XMP. The top tenth of the stored picture is red: seen upright, it is
 * the right edge.
 */
export async function phoneJpeg(widthPx = 6000, heightPx = 4000): Promise<Buffer> {
	const band = await sharp({ create: { width: widthPx, height: Math.round(heightPx / 10), channels: 3, background: RED } }).png().toBuffer();
	return sharp({ create: { width: widthPx, height: heightPx, channels: 3, background: SIENNA } })
		.composite([{ input: band, top: 0, left: 0 }])
		.jpeg({ quality: 90 })
		.withExif({
			IFD0: { Make: 'Apple', Model: 'iPhone 15', Copyright: 'Đoàn Thanh niên' },
			IFD3: { GPSLatitudeRef: 'N', GPSLatitude: PHONE_GPS.latitude, GPSLongitudeRef: 'E', GPSLongitude: PHONE_GPS.longitude },
		})
		.withXmp(XMP)
		.withMetadata({ orientation: 6 })
		.toBuffer();
}

/** A red CMYK JPEG, as a print shop or a scanner gives it, with or without an embedded CMYK profile. */
export async function cmykJpeg(withProfile: boolean, widthPx = 800, heightPx = 600): Promise<Buffer> {
	const red = sharp({ create: { width: widthPx, height: heightPx, channels: 3, background: RED } });
	return (withProfile ? red.withIccProfile('cmyk') : red.toColourspace('cmyk')).jpeg({ quality: 95 }).toBuffer();
}

/** A red JPEG in Display P3, as an iPhone takes it: the pixels are P3 numbers, with the P3 profile embedded. */
export async function displayP3Jpeg(widthPx = 800, heightPx = 600): Promise<Buffer> {
	return sharp({ create: { width: widthPx, height: heightPx, channels: 3, background: RED } }).withIccProfile('p3').jpeg({ quality: 95 }).toBuffer();
}

/** A PNG with alpha: transparent all round, an opaque blue square in the middle half. */
export async function pngWithAlpha(widthPx = 800, heightPx = 600): Promise<Buffer> {
	const square = await sharp({ create: { width: widthPx / 2, height: heightPx / 2, channels: 4, background: { r: 0, g: 0, b: 255, alpha: 1 } } }).png().toBuffer();
	return sharp({ create: { width: widthPx, height: heightPx, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
		.composite([{ input: square, top: heightPx / 4, left: widthPx / 4 }])
		.png()
		.toBuffer();
}

/** The start of an ISO-BMFF file: an `ftyp` box with a major and compatible brands, then a stub `meta` box. */
export function ftyp(major: string, compatible: readonly string[] = []): Buffer {
	const box = Buffer.concat([Buffer.alloc(4), Buffer.from(`ftyp${major}`, 'latin1'), Buffer.alloc(4), ...compatible.map((b) => Buffer.from(b, 'latin1'))]);
	box.writeUInt32BE(box.length);
	return Buffer.concat([box, Buffer.from([0, 0, 0, 40]), Buffer.from('meta', 'latin1'), Buffer.alloc(32, 7)]);
}

/** The first bytes of an iPhone's HEIC photo: sharp cannot read it (its pictures are HEVC, and here cut off). */
export function heicLike(): Buffer {
	return Buffer.concat([ftyp('heic', ['mif1', 'miaf', 'MiHB', 'heic']), Buffer.alloc(4096, 0x5a)]);
}

/**
 * The minimal trail with Đình Mẫu's cover replaced by `bytes`, named `name`; `edit` changes its
 * vi.md further (after `src:` names the new file).
 */
export async function trailWithCover(name: string, bytes: Uint8Array, edit: (viMd: string) => string = (s) => s): Promise<TrailCopy> {
	const copy = await trailCopy('minimal', { 'sites/dinh-mau/vi.md': (s) => edit(s.replace('src: cover.jpg', `src: ${name}`)) });
	await writeFile(path.join(copy.content, 'sites', 'dinh-mau', name), bytes);
	return copy;
}
