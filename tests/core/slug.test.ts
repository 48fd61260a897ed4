import { describe, expect, test } from 'vitest';
import { foldForSearch, isValidSlug, slugify } from '../../src/core/slug.ts';

describe('slugify', () => {
	test.each([
		['Đình Đầm Hà', 'dinh-dam-ha'],
		['Núi Hứa – Rừng cò', 'nui-hua-rung-co'],
		['Tượng đài Anh hùng liệt sĩ Hà Quang Vóc', 'tuong-dai-anh-hung-liet-si-ha-quang-voc'],
		['Chùa Đầm Hà – Miếu Quan Lớn', 'chua-dam-ha-mieu-quan-lon'],
		['Cột cờ Núi Hứa – Nơi thành lập Chi bộ Đảng đầu tiên', 'cot-co-nui-hua-noi-thanh-lap-chi-bo-dang-dau-tien'],
		['Thác Bạch Vân – Bản Tầm Làng', 'thac-bach-van-ban-tam-lang'],
		['Quảng trường 28/1', 'quang-truong-28-1'],
		['ƯƠ ươ Ơ ư', 'uo-uo-o-u'],
		['  --Đình--  ', 'dinh'],
	])('%s → %s', (input, expected) => {
		expect(slugify(input)).toBe(expected);
	});

	test('gives the same slug for NFD input (macOS, combining-mark keyboards)', () => {
		const nfd = 'Đình Đầm Hà'.normalize('NFD');
		expect(nfd).not.toBe('Đình Đầm Hà');
		expect(slugify(nfd)).toBe('dinh-dam-ha');
	});

	test('maps the look-alike Icelandic eth Ð/ð to d, as legacy conversions produce it', () => {
		expect(slugify('\u00D0ình \u00F0ầm Hà')).toBe('dinh-dam-ha');
	});

	test('returns an empty string when nothing Latin is left', () => {
		expect(slugify('潭河亭')).toBe('');
		expect(slugify('— –')).toBe('');
	});

	test('always returns a valid slug or an empty string', () => {
		for (const input of ['Đình Đầm Hà', 'A  B', '1–2', 'Hòa Thủy Quý']) expect(isValidSlug(slugify(input))).toBe(true);
	});
});

describe('isValidSlug', () => {
	test.each([
		['dinh-dam-ha', true],
		['dh01', true],
		['a', true],
		['Dinh-dam-ha', false],
		['dinh--dam', false],
		['-dinh', false],
		['dinh-', false],
		['đình', false],
		['dinh_dam', false],
		['', false],
	])('%j → %s', (slug, expected) => {
		expect(isValidSlug(slug)).toBe(expected);
	});
});

describe('foldForSearch', () => {
	test.each([
		['Đầm Hà', 'dam ha'],
		['dam ha', 'dam ha'],
		['  Núi   Hứa\t', 'nui hua'],
		['hòa', 'hoa'],
		['hoà', 'hoa'],
		['Đình Đầm Hà'.normalize('NFD'), 'dinh dam ha'],
		['\u00D0ầm', 'dam'],
	])('%j → %j', (input, expected) => {
		expect(foldForSearch(input)).toBe(expected);
	});

	test('folds old and new tone placement alike (hòa/hoà), which NFC does not', () => {
		expect('hòa').not.toBe('hoà');
		expect(foldForSearch('Thủy Hòa')).toBe(foldForSearch('Thuỷ Hoà'));
	});

	test('keeps Chinese and Korean text intact (and composed)', () => {
		expect(foldForSearch('潭河亭')).toBe('潭河亭');
		expect(foldForSearch('한국어')).toBe('한국어');
	});
});
