import { describe, expect, test } from 'vitest';
import { checkPhotos } from '../../../src/core/checks/photos.ts';
import type { PhotoStatus } from '../../../src/core/content/trail.ts';
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
	])('reports a cover photo that is %s at its src line', (status, expected) => {
		expect(checkPhotos({ sites: [siteEntry({ photoStatus: { 'cover.jpg': status } })] })).toEqual([{ severity: 'error', file: FILE, field: 'cover.src', line: 12, column: 8, ...expected }]);
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
