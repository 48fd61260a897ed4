import { truncate } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { checkPhotos } from '../../../src/core/checks/photos.ts';
import type { PhotoStatus } from '../../../src/core/content/trail.ts';
import { MAX_PHOTO_BYTES } from '../../../src/core/images/accepted.ts';
import { formatProblem } from '../../../src/core/problems/format.ts';
import { validateContent } from '../../../src/core/validate.ts';
import { heicLike, trailWithCover } from '../../helpers/phone-photos.ts';
import { BASE_SITE, siteEntry } from './site-entry.ts';

const FILE = 'content/sites/dinh-dam-ha/vi.md';
const DIR = 'content/sites/dinh-dam-ha/';
// Generated vi.md: cover: line 11, src 12, alt 13, credit 14; updated 15; photos: 16, first item 17–19, second 20–21.
const PHOTOS = [
	{ src: 'san-dinh.jpg', alt: 'Sân đình ngày hội.', credit: 'Ảnh minh họa' },
	{ src: 'mai-dinh.jpg', credit: 'Ảnh minh họa' },
];

describe('checkPhotos', () => {
	test('says nothing when every photo was found and described', () => {
		expect(checkPhotos({ sites: [siteEntry({ data: { photos: [PHOTOS[0]!] } })] })).toEqual([]);
	});

	test.each<[PhotoStatus, object]>([
		['missing', { code: 'photo-missing', params: { src: 'cover.jpg', dir: DIR } }],
		['outside', { code: 'photo-outside-site-folder', params: { src: 'cover.jpg', dir: DIR } }],
		['unreadable', { code: 'photo-unreadable', params: { src: 'cover.jpg' } }],
		['heic', { code: 'photo-heic', params: { src: 'cover.jpg' } }],
		['empty', { code: 'photo-empty', params: { src: 'cover.jpg' } }],
		['truncated', { code: 'photo-truncated', params: { src: 'cover.jpg' } }],
	])('reports a cover photo that is %s at its src line', (status, expected) => {
		expect(checkPhotos({ sites: [siteEntry({ photoStatus: { 'cover.jpg': status } })] })).toEqual([{ severity: 'error', file: FILE, field: 'cover.src', line: 12, column: 8, ...expected }]);
	});

	test('reports a photo over 25 MB with its size in megabytes, rounded up', () => {
		const site = { ...siteEntry({ photoStatus: { 'cover.jpg': 'too-large' } }), photoBytes: { 'cover.jpg': 32_925_000 } };
		expect(checkPhotos({ sites: [site] })).toEqual([{ code: 'photo-too-large', severity: 'error', file: FILE, field: 'cover.src', line: 12, column: 8, params: { src: 'cover.jpg', sizeMb: 31.4, maxMb: 25 } }]);
	});

	test('says what a file named as a photo really is (issue #8)', () => {
		const site = { ...siteEntry({ photoStatus: { 'cover.jpg': 'not-image' } }), photoRefusals: { 'cover.jpg': { refused: 'not-image', kind: 'pdf' } as const } };
		expect(checkPhotos({ sites: [site] })).toEqual([{ code: 'photo-not-an-image', severity: 'error', file: FILE, field: 'cover.src', line: 12, column: 8, params: { src: 'cover.jpg', kind: 'pdf' } }]);
	});

	test('reports a photo over 54 megapixels with its size in pixels and megapixels, rounded up (issue #8)', () => {
		const site = { ...siteEntry({ photoStatus: { 'cover.jpg': 'too-many-pixels' } }), photoRefusals: { 'cover.jpg': { refused: 'too-many-pixels', widthPx: 9504, heightPx: 6336 } as const } };
		expect(checkPhotos({ sites: [site] })).toEqual([
			{ code: 'photo-too-many-pixels', severity: 'error', file: FILE, field: 'cover.src', line: 12, column: 8, params: { src: 'cover.jpg', widthPx: 9504, heightPx: 6336, megapixels: 60.3, maxMegapixels: 54 } },
		]);
	});

	test.each(['not-image', 'too-many-pixels'] as const)('still refuses a photo that is %s without the details, with the general message', (status) => {
		expect(checkPhotos({ sites: [siteEntry({ photoStatus: { 'cover.jpg': status } })] }).map((p) => p.code)).toEqual(['photo-unreadable']);
	});

	test('reports a photo in the list by its number', () => {
		const site = siteEntry({ data: { photos: [PHOTOS[0]!] }, photoStatus: { 'san-dinh.jpg': 'missing' } });
		expect(checkPhotos({ sites: [site] })).toEqual([{ code: 'photo-missing', severity: 'error', file: FILE, field: 'photos.0.src', line: 17, column: 10, params: { src: 'san-dinh.jpg', dir: DIR } }]);
	});

	test('a cover without alt points at the cover group, since alt has no line of its own', () => {
		const site = siteEntry({ data: { cover: { src: 'cover.jpg', credit: 'Ảnh minh họa' } } });
		expect(checkPhotos({ sites: [site] })).toEqual([{ code: 'alt-missing', severity: 'error', file: FILE, field: 'cover.alt', line: 12, column: 3, params: { which: 'cover' } }]);
	});

	test('a listed photo without alt points at its item', () => {
		expect(checkPhotos({ sites: [siteEntry({ data: { photos: PHOTOS } })] })).toEqual([{ code: 'alt-missing', severity: 'error', file: FILE, field: 'photos.1.alt', line: 20, column: 5, params: { which: 'photo' } }]);
	});

	test.each(['', '   '])('an alt that is written but empty (%j) points at the alt itself', (alt) => {
		const site = siteEntry({ data: { cover: { ...BASE_SITE.cover, alt } } });
		expect(checkPhotos({ sites: [site] })).toEqual([{ code: 'alt-missing', severity: 'error', file: FILE, field: 'cover.alt', line: 13, column: 8, params: { which: 'cover' } }]);
	});

	test('a missing photo without alt gets both problems: the editor must fix both', () => {
		const site = siteEntry({ data: { cover: { src: 'cover.jpg', credit: 'Ảnh minh họa' } }, photoStatus: { 'cover.jpg': 'missing' } });
		expect(checkPhotos({ sites: [site] }).map((p) => p.code)).toEqual(['photo-missing', 'alt-missing']);
	});
});

/** Đình Mẫu of the minimal trail with `bytes` as its cover, named `name`, checked as `npm run check` does. */
async function checkCover(name: string, bytes: Uint8Array, size?: number) {
	const copy = await trailWithCover(name, bytes);
	// Padded with zeros, sparse on disk: a JPEG ignores what follows its end marker.
	if (size !== undefined) await truncate(path.join(copy.content, 'sites', 'dinh-mau', name), size);
	return validateContent({ contentDir: copy.content, cwd: copy.root });
}

describe('checkPhotos through validateContent', () => {
	test('an HEIC photo gets the message on converting it, at the file, line and column of its src (issue #6)', async () => {
		const result = await checkCover('anh.heic', heicLike());
		expect(result.ok).toBe(false);
		expect(result.problems).toEqual([{ code: 'photo-heic', severity: 'error', file: 'content/sites/dinh-mau/vi.md', field: 'cover.src', line: 12, column: 8, params: { src: 'anh.heic' } }]);
		const [problem] = result.problems;
		if (!problem) throw new Error('no problem');
		expect(`${formatProblem(problem, { lang: 'vi', sources: result.sources })}\n\n${formatProblem(problem, { lang: 'en', sources: result.sources })}`).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-mau/vi.md:12:8 · dòng 12, trường "cover.src" (tệp ảnh)
			  Ảnh "anh.heic" ở dạng HEIC (dạng ảnh mặc định của iPhone), chương trình chưa đọc được dạng này. Trang chỉ nhận ảnh JPEG, PNG hoặc WebP.
			  Cách sửa: Hãy chuyển ảnh sang JPEG rồi ghi tên tệp mới (đuôi .jpg) vào đây.
			  - Ảnh chụp từ nay: trên iPhone vào Cài đặt → Camera → Định dạng → Tương thích nhất, ảnh mới sẽ là JPEG (điện thoại Android: tắt lưu ảnh HEIF trong cài đặt Camera).
			  - Ảnh đã chụp: trước khi chép ảnh sang máy tính bằng cáp, bật Cài đặt → Ảnh → Truyền sang máy Mac hoặc PC → Tự động; hoặc chia sẻ hay xuất ảnh dạng JPEG; hoặc mở ảnh bằng một chương trình chuyển HEIC sang JPEG rồi lưu lại.
			    11 | cover:
			  > 12 |   src: anh.heic
			       |        ^
			    13 |   alt: Ảnh thử nghiệm có nền màu đỏ.

			Error · content/sites/dinh-mau/vi.md:12:8 · line 12, field "cover.src" (photo file)
			  The photo "anh.heic" is in HEIC format (the iPhone's default), which this program cannot read. Only JPEG, PNG and WebP photos are accepted.
			  How to fix: Convert the photo to JPEG, then write the new file name (ending in .jpg) here.
			  - For new photos: on the iPhone, go to Settings → Camera → Formats → Most Compatible, and it takes JPEG photos (on Android, turn off saving HEIF photos in the Camera settings).
			  - For photos already taken: before copying them to a computer by cable, turn on Settings → Photos → Transfer to Mac or PC → Automatic; or share or export them as JPEG; or open them in a HEIC to JPEG converter and save them.
			    11 | cover:
			  > 12 |   src: anh.heic
			       |        ^
			    13 |   alt: Ảnh thử nghiệm có nền màu đỏ."
		`);
	});

	test('HEIC bytes under a .jpg name get the same message: the bytes say what the photo is (issue #6)', async () => {
		expect((await checkCover('IMG_4512.jpg', heicLike())).problems.map((p) => [p.code, p.params])).toEqual([['photo-heic', { src: 'IMG_4512.jpg' }]]);
	});

	test('a photo one byte over 25 MB is refused unread, and one of exactly 25 MB is read (issue #6)', async () => {
		const jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#a0522d' } }).jpeg().toBuffer();
		const over = await checkCover('to.jpg', jpeg, MAX_PHOTO_BYTES + 1);
		expect(over.problems).toEqual([{ code: 'photo-too-large', severity: 'error', file: 'content/sites/dinh-mau/vi.md', field: 'cover.src', line: 12, column: 8, params: { src: 'to.jpg', sizeMb: 25.1, maxMb: 25 } }]);
		const atLimit = await checkCover('vua.jpg', jpeg, MAX_PHOTO_BYTES);
		expect(atLimit.problems).toEqual([]);
		expect(atLimit.trail?.sites.find((s) => s.slug === 'dinh-mau')?.photos['vua.jpg']).toMatchObject({ widthPx: 640, heightPx: 480, format: 'jpeg' });
	});
});
