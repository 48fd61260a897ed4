import { describe, expect, test } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { hasPhotoSignature, looksLikeHeic, MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, megabytes, megapixels, sniffFileKind } from '../../../src/core/images/accepted.ts';
import { ftyp, heicLike } from '../../helpers/phone-photos.ts';

/** A one-entry ZIP (local header and data only, as a file's first bytes are), its entry named `name`. */
function zipWith(name: string): Buffer {
	const data = deflateRawSync(Buffer.from('<?xml version="1.0"?><w:document/>'));
	const header = Buffer.alloc(30);
	header.writeUInt32LE(0x04034b50, 0);
	header.writeUInt16LE(8, 8);
	header.writeUInt32LE(data.length, 18);
	header.writeUInt16LE(name.length, 26);
	return Buffer.concat([header, Buffer.from(name, 'latin1'), data]);
}

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

describe('megapixels and the pixel limit (issue #8)', () => {
	test.each([
		[8000 * 7500, 60],
		[60_000 * 60_000, 3600],
		[8192 * 6144, 50.4],
		[MAX_PHOTO_PIXELS, 54],
	])('shows %i pixels as %d megapixels, rounded up to one decimal', (pixels, mp) => {
		expect(megapixels(pixels)).toBe(mp);
	});

	test("a phone's 50-megapixel mode (8192 × 6144) is under the limit; a 60-megapixel camera is over it", () => {
		expect(8192 * 6144).toBeLessThanOrEqual(MAX_PHOTO_PIXELS);
		expect(9504 * 6336).toBeGreaterThan(MAX_PHOTO_PIXELS);
	});
});

describe('hasPhotoSignature (issue #8)', () => {
	test.each([
		['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0, 0])],
		['a PNG', Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR', 'latin1')],
		['a WebP', Buffer.from('RIFF\x10\0\0\0WEBPVP8 ', 'latin1')],
	])('knows the start of %s', (_name, bytes) => {
		expect(hasPhotoSignature(bytes)).toBe(true);
	});

	test.each([
		['a GIF', Buffer.from('GIF89a', 'latin1')],
		['a WAV, another RIFF file', Buffer.from('RIFF\x10\0\0\0WAVEfmt ', 'latin1')],
		['two bytes of a JPEG', Buffer.from([0xff, 0xd8])],
		['no bytes', new Uint8Array()],
	])('does not take %s for a photo', (_name, bytes) => {
		expect(hasPhotoSignature(bytes)).toBe(false);
	});
});

describe('sniffFileKind (issue #8)', () => {
	test.each([
		['a PDF', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1'), 'pdf'],
		['a web page', Buffer.from('<!DOCTYPE html>\n<html lang="vi"><head>'), 'html'],
		['a web page with a BOM, spaces and capitals', Buffer.from('\ufeff  \n<HTML><BODY><IMG SRC="x.jpg"></BODY></HTML>'), 'html'],
		['a web page that opens with a comment', Buffer.from('<!-- saved from url=(0014)about:internet -->\n<html>'), 'html'],
		['a Word document', zipWith('word/document.xml'), 'office'],
		['an Excel workbook', zipWith('xl/workbook.xml'), 'office'],
		['a Word 97 document', Buffer.from('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0', 'latin1'), 'office'],
		['a ZIP of photos', zipWith('anh/cong-dinh.jpg'), 'zip'],
		['an MP4 video', ftyp('isom', ['iso2', 'mp41']), 'video'],
		["an iPhone's MOV video", ftyp('qt  ', ['qt  ']), 'video'],
		['an AVI video', Buffer.from('RIFF\x10\0\0\0AVI LIST', 'latin1'), 'video'],
		['an MP3 narration', Buffer.from('ID3\x04\0\0\0\0\0\x22', 'latin1'), 'audio'],
		['an M4A recording', ftyp('M4A ', ['M4A ', 'mp42']), 'audio'],
		['a WAV recording', Buffer.from('RIFF\x10\0\0\0WAVEfmt ', 'latin1'), 'audio'],
		['a text file', Buffer.from('Ảnh sẽ gửi sau.\r\n'), 'text'],
		['a Git LFS pointer left in place of the photo', Buffer.from('version https://git-lfs.github.com/spec/v1\noid sha256:4d7a\nsize 2411\n'), 'text'],
	] as const)('knows %s', (_name, bytes, kind) => {
		expect(sniffFileKind(bytes)).toBe(kind);
	});

	test('a Vietnamese letter cut in two at the end of what is read still reads as text', () => {
		const text = Buffer.from('ả'.repeat(600));
		expect(sniffFileKind(text.subarray(0, 1023))).toBe('text');
	});

	test.each([
		['a GIF, an image in a format not accepted', Buffer.from('GIF89a\x10\0\x10\0\x80\0\0', 'latin1')],
		['an SVG drawing', Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>')],
		['a JPEG cut short', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0])],
		['an HEIC photo', heicLike()],
		['random bytes', Buffer.from([0x13, 0x37, 0x00, 0xfe, 0x80, 0x81])],
		['no bytes', new Uint8Array()],
	])('says nothing of %s: the general message fits it', (_name, bytes) => {
		expect(sniffFileKind(bytes)).toBeUndefined();
	});
});
