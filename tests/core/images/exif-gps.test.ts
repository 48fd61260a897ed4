import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { readExifGps } from '../../../src/core/images/exif-gps.ts';
import { exifBlock, withExifSegment, type ByteOrder, type ExifTags } from '../../helpers/exif.ts';
import { PHONE_EXIF } from '../../helpers/phone-photos.ts';

// 21° 21′ 4.32″ N, 107° 35′ 58.56″ E: 21.3512, 107.5996, the gate of a communal house in Quảng Ninh.
const PHONE = PHONE_EXIF;
const LAT = PHONE.gps?.lat ?? [];
const LNG = PHONE.gps?.lng ?? [];
const withPrefix = (tiff: Buffer) => Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);

function near(actual: { lat: number; lng: number } | undefined, lat: number, lng: number) {
	expect(actual?.lat).toBeCloseTo(lat, 9);
	expect(actual?.lng).toBeCloseTo(lng, 9);
}

describe('readExifGps', () => {
	test.each<ByteOrder>(['MM', 'II'])('reads degrees, minutes and seconds in byte order %s, with or without the "Exif" prefix', (order) => {
		near(readExifGps(withPrefix(exifBlock(PHONE, order))), 21.3512, 107.5996);
		near(readExifGps(exifBlock(PHONE, order)), 21.3512, 107.5996);
	});

	test.each([
		['S', 'W', -21.3512, -107.5996],
		['N', 'W', 21.3512, -107.5996],
		['s', 'e', -21.3512, 107.5996],
	])('reads the references %s and %s as signs', (latRef, lngRef, lat, lng) => {
		near(readExifGps(exifBlock({ gps: { latRef, lat: LAT, lngRef, lng: LNG } })), lat, lng);
	});

	test('reads a position written as decimal degrees alone, and a missing reference as N or E', () => {
		near(readExifGps(exifBlock({ gps: { lat: [[213512, 10000]], lng: [[1075996, 10000]] } }, 'II')), 21.3512, 107.5996);
	});

	test('reads what sharp writes, the way test photos are made', async () => {
		const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } })
			.jpeg()
			.withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 21/1 432/100', GPSLongitudeRef: 'E', GPSLongitude: '107/1 35/1 5856/100' } })
			.toBuffer();
		near(readExifGps((await sharp(jpeg).metadata()).exif ?? Buffer.alloc(0)), 21.3512, 107.5996);
	});

	test("reads an iPhone's big-endian EXIF from a JPEG, as sharp hands it over", async () => {
		const plain = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#888' } }).jpeg().toBuffer();
		const meta = await sharp(withExifSegment(plain, exifBlock(PHONE, 'MM'))).metadata();
		expect(meta.orientation).toBe(6);
		near(readExifGps(meta.exif ?? Buffer.alloc(0)), 21.3512, 107.5996);
	});

	test.each<[string, ExifTags]>([
		['no GPS directory', { orientation: 6 }],
		['a GPS directory without latitude', { gps: { latRef: 'N', lngRef: 'E', lng: LNG } }],
		['a GPS directory without longitude', { gps: { latRef: 'N', lat: LAT, lngRef: 'E' } }],
		['a zero denominator', { gps: { latRef: 'N', lat: [[21, 1], [21, 0], [432, 100]], lngRef: 'E', lng: LNG } }],
		['an unknown reference', { gps: { latRef: 'X', lat: LAT, lngRef: 'E', lng: LNG } }],
		['a latitude beyond 90°', { gps: { latRef: 'N', lat: [[91, 1]], lngRef: 'E', lng: LNG } }],
		['a longitude beyond 180°', { gps: { latRef: 'N', lat: LAT, lngRef: 'E', lng: [[181, 1]] } }],
	])('gives undefined for %s', (_name, tags) => {
		expect(readExifGps(exifBlock(tags))).toBeUndefined();
	});

	test.each([
		['no bytes', new Uint8Array()],
		['the prefix alone', Buffer.from('Exif\0\0', 'latin1')],
		['text', new TextEncoder().encode('Đây không phải là EXIF.')],
		['a TIFF header with the wrong magic number', Buffer.from([0x4d, 0x4d, 0, 43, 0, 0, 0, 8])],
		['an IFD0 offset past the end', Buffer.from([0x49, 0x49, 42, 0, 0xff, 0xff, 0, 0])],
	])('gives undefined for %s', (_name, bytes) => {
		expect(readExifGps(bytes)).toBeUndefined();
	});

	test('never throws on a block cut short anywhere, or with any one byte changed', () => {
		const block = exifBlock(PHONE, 'MM');
		for (let length = 0; length < block.length; length++) expect(() => readExifGps(block.subarray(0, length))).not.toThrow();
		for (let at = 0; at < block.length; at++) {
			const changed = Buffer.from(block);
			changed[at] = 0xff - (changed[at] ?? 0);
			expect(() => readExifGps(changed)).not.toThrow();
		}
	});
});
