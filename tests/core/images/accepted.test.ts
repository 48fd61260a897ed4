import { describe, expect, test } from 'vitest';
import { looksLikeHeic, MAX_PHOTO_BYTES, megabytes } from '../../../src/core/images/accepted.ts';
import { ftyp, heicLike } from '../../helpers/phone-photos.ts';

describe('looksLikeHeic', () => {
	test.each([
		['an iPhone photo (heic; mif1, miaf, MiHB, heic)', heicLike()],
		['a burst (heix)', ftyp('heix', ['mif1', 'heix'])],
		['a generic HEIF image (mif1; heic)', ftyp('mif1', ['heic'])],
		['an image sequence (msf1)', ftyp('msf1', ['hevc'])],
		['an HEVC sequence (hevc)', ftyp('hevc')],
	])('knows %s by its bytes, whatever its name', (_name, bytes) => {
		expect(looksLikeHeic(bytes, 'anh.jpg')).toBe(true);
	});

	test.each([
		['an AVIF (avif; mif1, miaf)', ftyp('avif', ['mif1', 'miaf'])],
		['an AVIF with the generic major brand (mif1; avif)', ftyp('mif1', ['avif', 'miaf'])],
		['an MP4 video (isom)', ftyp('isom', ['iso2', 'mp41'])],
		['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1])],
		['a few bytes', Buffer.from('ftyp', 'latin1')],
		['no bytes', new Uint8Array()],
	])('does not take %s for HEIC', (_name, bytes) => {
		expect(looksLikeHeic(bytes, 'anh.jpg')).toBe(false);
	});

	test.each([
		['IMG_4512.HEIC', true],
		['anh.heif', true],
		['Cổng đình.Heic', true],
		['anh.heic.jpg', false],
		['heic.png', false],
	])('knows an unreadable file named %s by its name: %s', (name, expected) => {
		expect(looksLikeHeic(new Uint8Array([1, 2, 3]), name)).toBe(expected);
	});
});

describe('megabytes', () => {
	test.each([
		[MAX_PHOTO_BYTES, 25],
		[MAX_PHOTO_BYTES + 1, 25.1],
		[31.4 * 1024 * 1024, 31.4],
		[1, 0.1],
	])('shows %i bytes as %d MB, rounded up to one decimal', (bytes, mb) => {
		expect(megabytes(bytes)).toBe(mb);
	});

	test('the limit is 25 MB as Windows and phones count them', () => {
		expect(MAX_PHOTO_BYTES).toBe(25 * 1024 * 1024);
	});
});
