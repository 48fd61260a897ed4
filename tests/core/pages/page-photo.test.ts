import { describe, expect, test } from 'vitest';
import type { PhotoFile } from '../../../src/core/content/trail.ts';
import { PHONE_MEDIA, PHOTO_SIZES, pagePhoto } from '../../../src/core/pages/page-photo.ts';
import { siteEntry } from '../checks/site-entry.ts';

const cover = { src: 'cover.jpg', alt: 'Cổng đình.', credit: 'Ảnh: Đoàn xã' };

function withFile(file: Partial<PhotoFile>) {
	const site = siteEntry();
	return { ...site, photos: { 'cover.jpg': { src: 'cover.jpg', path: '/x/cover.jpg', widthPx: 3000, heightPx: 2000, format: 'jpeg', hash: 'abcdef012345', ...file } } };
}

describe('pagePhoto', () => {
	test('offers AVIF, then WebP, then JPEG; phones first get a set that stops at 720 px', () => {
		const photo = pagePhoto(withFile({}), cover);
		expect(photo?.sources.map((s) => `${s.type} ${s.media ?? '(any)'}: ${s.srcset.replaceAll('/anh/dinh-dam-ha/cover-abcdef012345-', '…')}`)).toMatchInlineSnapshot(`
			[
			  "image/avif (max-width: 40rem): …480.avif 480w, …720.avif 720w",
			  "image/avif (any): …480.avif 480w, …720.avif 720w, …960.avif 960w, …1440.avif 1440w",
			  "image/webp (max-width: 40rem): …480.webp 480w, …720.webp 720w",
			  "image/webp (any): …480.webp 480w, …720.webp 720w, …960.webp 960w, …1440.webp 1440w",
			  "image/jpeg (max-width: 40rem): …480.jpg 480w, …720.jpg 720w",
			]
		`);
		expect(photo?.jpegSrcset).toBe('/anh/dinh-dam-ha/cover-abcdef012345-480.jpg 480w, /anh/dinh-dam-ha/cover-abcdef012345-720.jpg 720w, /anh/dinh-dam-ha/cover-abcdef012345-960.jpg 960w, /anh/dinh-dam-ha/cover-abcdef012345-1440.jpg 1440w');
		expect(photo?.sizes).toBe(PHOTO_SIZES);
		expect(PHONE_MEDIA).toBe('(max-width: 40rem)');
	});

	test('uses the middle JPEG width as the fallback src, and its size for width and height', () => {
		expect(pagePhoto(withFile({}), cover)).toMatchObject({ src: '/anh/dinh-dam-ha/cover-abcdef012345-960.jpg', widthPx: 960, heightPx: 640, alt: 'Cổng đình.', credit: 'Ảnh: Đoàn xã' });
	});

	test('gives one source per format when the photo is no wider than a phone gets anyway', () => {
		const photo = pagePhoto(withFile({ widthPx: 700, heightPx: 525 }), cover);
		expect(photo?.sources).toEqual([
			{ type: 'image/avif', media: undefined, srcset: '/anh/dinh-dam-ha/cover-abcdef012345-480.avif 480w' },
			{ type: 'image/webp', media: undefined, srcset: '/anh/dinh-dam-ha/cover-abcdef012345-480.webp 480w' },
		]);
		expect(photo).toMatchObject({ src: '/anh/dinh-dam-ha/cover-abcdef012345-480.jpg', widthPx: 480, heightPx: 360 });
	});

	test('gives the blurred preview as a data URI, to draw as an image behind the photo', () => {
		const placeholder = 'data:image/webp;base64,UklGRg==';
		expect(pagePhoto(withFile({ placeholder }), cover)?.placeholder).toBe(placeholder);
		expect(pagePhoto(withFile({}), cover)?.placeholder).toBeUndefined();
	});

	test('gives undefined for a photo whose file was not found', () => {
		expect(pagePhoto({ ...siteEntry(), photos: {} }, cover)).toBeUndefined();
	});

	test('gives an empty alt for a photo without one (the check reports it)', () => {
		expect(pagePhoto(withFile({}), { src: 'cover.jpg', credit: 'x' })?.alt).toBe('');
	});
});
