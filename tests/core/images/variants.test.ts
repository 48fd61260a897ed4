import { describe, expect, test } from 'vitest';
import type { PhotoFile } from '../../../src/core/content/trail.ts';
import { PHOTO_WIDTHS_PX, photoVariants } from '../../../src/core/images/variants.ts';

const photo = (widthPx: number, heightPx: number, src = 'cover.jpg'): PhotoFile => ({ src, path: `/x/${src}`, widthPx, heightPx, format: 'jpeg', hash: '3f2a9c1b7d4e' });

describe('photoVariants', () => {
	test('publishes a large photo at every width, WebP then JPEG, smallest first, named with its hash', () => {
		expect(PHOTO_WIDTHS_PX).toEqual([480, 960, 1440]);
		expect(photoVariants('dinh-dam-ha', photo(3000, 2000))).toEqual([
			{ path: '/anh/dinh-dam-ha/cover-3f2a9c1b7d4e-480.webp', widthPx: 480, heightPx: 320, format: 'webp' },
			{ path: '/anh/dinh-dam-ha/cover-3f2a9c1b7d4e-960.webp', widthPx: 960, heightPx: 640, format: 'webp' },
			{ path: '/anh/dinh-dam-ha/cover-3f2a9c1b7d4e-1440.webp', widthPx: 1440, heightPx: 960, format: 'webp' },
			{ path: '/anh/dinh-dam-ha/cover-3f2a9c1b7d4e-480.jpg', widthPx: 480, heightPx: 320, format: 'jpeg' },
			{ path: '/anh/dinh-dam-ha/cover-3f2a9c1b7d4e-960.jpg', widthPx: 960, heightPx: 640, format: 'jpeg' },
			{ path: '/anh/dinh-dam-ha/cover-3f2a9c1b7d4e-1440.jpg', widthPx: 1440, heightPx: 960, format: 'jpeg' },
		]);
	});

	test.each([
		[1440, [480, 960, 1440]],
		[1000, [480, 960]],
		[960, [480, 960]],
		[640, [480]],
		[480, [480]],
	])('a photo %i px wide is published at the widths it can fill: %j', (widthPx, widths) => {
		expect(photoVariants('a', photo(widthPx, 100)).filter((v) => v.format === 'jpeg').map((v) => v.widthPx)).toEqual(widths);
	});

	test('publishes a photo narrower than the smallest width once, at its own width', () => {
		expect(photoVariants('den-cap', photo(400, 300, 'cover.png'))).toEqual([
			{ path: '/anh/den-cap/cover-3f2a9c1b7d4e-400.webp', widthPx: 400, heightPx: 300, format: 'webp' },
			{ path: '/anh/den-cap/cover-3f2a9c1b7d4e-400.jpg', widthPx: 400, heightPx: 300, format: 'jpeg' },
		]);
	});

	test.each([
		['Cổng Đình.JPG', 'cong-dinh'],
		['san_dinh 2.jpeg', 'san-dinh-2'],
		['goc/anh.png', 'goc-anh'],
		['漢.jpg', 'anh'],
	])('names the file after %s, as a plain slug (%s)', (src, base) => {
		expect(photoVariants('a', photo(480, 320, src))[0]?.path).toBe(`/anh/a/${base}-3f2a9c1b7d4e-480.webp`);
	});

	test('changes every name when the photo changes, so no cache shows the old one', () => {
		const before = photoVariants('a', photo(960, 640)).map((v) => v.path);
		const after = photoVariants('a', { ...photo(960, 640), hash: '000000000000' }).map((v) => v.path);
		expect(before.filter((p) => after.includes(p))).toEqual([]);
	});
});
