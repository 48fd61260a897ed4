import { describe, expect, test } from 'vitest';
import type { PhotoFile } from '../../../src/core/content/trail.ts';
import { PHONE_MAX_PHOTO_WIDTH_PX, PHOTO_WIDTHS_PX, phoneWidthPx, photoBaseName, photoVariants } from '../../../src/core/images/variants.ts';

const photo = (widthPx: number, heightPx: number, src = 'cover.jpg'): PhotoFile => ({ src, path: `/x/${src}`, widthPx, heightPx, format: 'jpeg', hash: '3f2a9c1b7d4e' });

describe('photoVariants', () => {
	test('publishes a large photo at every width, AVIF then WebP then JPEG, smallest first, named with its hash', () => {
		expect(PHOTO_WIDTHS_PX).toEqual([480, 720, 960, 1440]);
		expect(photoVariants('dinh-dam-ha', photo(3000, 2000)).map((v) => `${v.path} ${v.widthPx}×${v.heightPx} ${v.format}`)).toMatchInlineSnapshot(`
			[
			  "/anh/dinh-dam-ha/cover-3f2a9c1b7d4e-480.avif 480×320 avif",
			  "/anh/dinh-dam-ha/cover-3f2a9c1b7d4e-720.avif 720×480 avif",
			  "/anh/dinh-dam-ha/cover-3f2a9c1b7d4e-960.avif 960×640 avif",
			  "/anh/dinh-dam-ha/cover-3f2a9c1b7d4e-1440.avif 1440×960 avif",
			  "/anh/dinh-dam-ha/cover-3f2a9c1b7d4e-480.webp 480×320 webp",
			  "/anh/dinh-dam-ha/cover-3f2a9c1b7d4e-720.webp 720×480 webp",
			  "/anh/dinh-dam-ha/cover-3f2a9c1b7d4e-960.webp 960×640 webp",
			  "/anh/dinh-dam-ha/cover-3f2a9c1b7d4e-1440.webp 1440×960 webp",
			  "/anh/dinh-dam-ha/cover-3f2a9c1b7d4e-480.jpg 480×320 jpeg",
			  "/anh/dinh-dam-ha/cover-3f2a9c1b7d4e-720.jpg 720×480 jpeg",
			  "/anh/dinh-dam-ha/cover-3f2a9c1b7d4e-960.jpg 960×640 jpeg",
			  "/anh/dinh-dam-ha/cover-3f2a9c1b7d4e-1440.jpg 1440×960 jpeg",
			]
		`);
	});

	test('the widest width a phone gets is one of the published widths', () => {
		expect(PHOTO_WIDTHS_PX).toContain(PHONE_MAX_PHOTO_WIDTH_PX);
	});

	test.each([
		[1440, [480, 720, 960, 1440]],
		[1200, [480, 720, 960]],
		[960, [480, 720, 960]],
		[720, [480, 720]],
		[640, [480]],
		[480, [480]],
	])('a photo %i px wide is published at the widths it can fill: %j', (widthPx, widths) => {
		expect(photoVariants('a', photo(widthPx, 100)).filter((v) => v.format === 'jpeg').map((v) => v.widthPx)).toEqual(widths);
	});

	test('publishes a photo narrower than the smallest width once per format, at its own width', () => {
		expect(photoVariants('den-cap', photo(400, 300, 'cover.png'))).toEqual([
			{ path: '/anh/den-cap/cover-3f2a9c1b7d4e-400.avif', widthPx: 400, heightPx: 300, format: 'avif' },
			{ path: '/anh/den-cap/cover-3f2a9c1b7d4e-400.webp', widthPx: 400, heightPx: 300, format: 'webp' },
			{ path: '/anh/den-cap/cover-3f2a9c1b7d4e-400.jpg', widthPx: 400, heightPx: 300, format: 'jpeg' },
		]);
	});

	test('changes every name when the photo changes, so no cache shows the old one', () => {
		const before = photoVariants('a', photo(960, 640)).map((v) => v.path);
		const after = photoVariants('a', { ...photo(960, 640), hash: '000000000000' }).map((v) => v.path);
		expect(before.filter((p) => after.includes(p))).toEqual([]);
	});
});

describe('phoneWidthPx', () => {
	test.each([
		['a large photo', 3000, 720],
		['a photo narrower than 720 px', 640, 480],
		['a photo narrower than the smallest width', 400, 400],
	])('is the widest file a phone loads, for %s (issue #7: it gets the encoder effort)', (_name, widthPx, expected) => {
		expect(phoneWidthPx(photoVariants('dinh-dam-ha', photo(widthPx, 300)))).toBe(expected);
	});
});

describe('photoBaseName', () => {
	test.each([
		['Cổng Đình.JPG', 'cong-dinh'],
		['san_dinh 2.jpeg', 'san-dinh-2'],
		['goc/anh.png', 'goc-anh'],
		['漢.jpg', 'anh'],
	])('names the files of %s as a plain slug (%s)', (src, base) => {
		expect(photoBaseName({ src })).toBe(base);
		expect(photoVariants('a', photo(480, 320, src))[0]?.path).toBe(`/anh/a/${base}-3f2a9c1b7d4e-480.avif`);
	});
});
