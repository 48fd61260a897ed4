import { describe, expect, test } from 'vitest';
import { isInArchipelago, isInVietnam } from '../../../src/core/trail/in-vietnam.ts';

// Real places, to the nearest few hundred metres: the outline must keep every one of them, since a
// site wrongly told it is abroad is worse than a foreign point let through (issue #8).
const BORDERS_AND_CORNERS: Array<[string, number, number]> = [
	['Lũng Cú flag tower', 23.3636, 105.3161],
	['Đồng Văn', 23.278, 105.362],
	['Pác Bó cave', 22.9796, 106.0513],
	['Bản Giốc waterfall', 22.855, 106.723],
	['Hữu Nghị border gate', 21.973, 106.707],
	['Móng Cái', 21.524, 107.966],
	['Mũi Sa Vĩ', 21.475, 108.067],
	['A Pa Chải, the westernmost point', 22.4, 102.14],
	['Mường Nhé', 22.18, 102.46],
	['Sa Pa', 22.336, 103.844],
	['Điện Biên Phủ', 21.386, 103.017],
	['Na Mèo border gate', 20.27, 104.45],
	['Kỳ Sơn', 19.4, 104.13],
	['Cầu Treo border gate', 18.375, 105.133],
	['Cha Lo border gate', 17.68, 105.77],
	['Lao Bảo', 16.62, 106.6],
	['Bờ Y border gate', 14.72, 107.55],
	['Lệ Thanh border gate', 13.8, 107.52],
	['Mộc Bài border gate', 11.08, 106.2],
	['Tịnh Biên', 10.6, 104.95],
	['Hà Tiên', 10.38, 104.49],
];
const COASTS: Array<[string, number, number]> = [
	['Đầm Hà', 21.352, 107.599],
	['Hạ Long', 20.95, 107.08],
	['Đồ Sơn', 20.71, 106.79],
	['Giao Thủy', 20.25, 106.58],
	['Sầm Sơn', 19.74, 105.9],
	['Đèo Ngang', 18.0, 106.45],
	['Cửa Tùng', 17.02, 107.11],
	['Thuận An', 16.55, 107.64],
	['Sơn Trà', 16.1, 108.28],
	['Hội An', 15.88, 108.33],
	['Sa Huỳnh', 14.66, 109.07],
	['Quy Nhơn', 13.77, 109.22],
	['Mũi Điện, the easternmost point of the mainland', 12.89, 109.46],
	['Nha Trang', 12.24, 109.19],
	['Mũi Dinh', 11.36, 109.02],
	['Mũi Né', 10.93, 108.29],
	['Vũng Tàu', 10.35, 107.08],
	['Ba Động', 9.67, 106.58],
	['Gành Hào', 9.03, 105.42],
	['Đất Mũi, the southernmost point of the mainland', 8.63, 104.73],
	['Kiên Lương', 10.25, 104.6],
];
const ISLANDS: Array<[string, number, number]> = [
	['Cô Tô', 20.98, 107.77],
	['Quan Lạn', 20.99, 107.62],
	['Cát Bà', 20.73, 107.05],
	['Bạch Long Vĩ', 20.13, 107.72],
	['Cồn Cỏ', 17.16, 107.34],
	['Cù Lao Chàm', 15.95, 108.52],
	['Lý Sơn', 15.38, 109.12],
	['Phú Quý', 10.52, 108.94],
	['Côn Đảo', 8.68, 106.61],
	['Hòn Khoai', 8.43, 104.83],
	['Phú Quốc, Gành Dầu', 10.37, 103.84],
	['Phú Quốc, An Thới', 10.02, 104.01],
	['Nam Du', 9.68, 104.35],
	['Hòn Sơn', 9.8, 104.63],
	['Thổ Chu', 9.3, 103.48],
	['Hoàng Sa, Pattle island', 16.53, 111.61],
	['Hoàng Sa, Phú Lâm', 16.83, 112.34],
	['Trường Sa Lớn', 8.645, 111.92],
	['Song Tử Tây', 11.43, 114.33],
	['Sinh Tồn', 9.88, 114.33],
	['An Bang', 7.89, 112.92],
];
const ABROAD: Array<[string, number, number]> = [
	['Vientiane', 17.97, 102.61],
	['Luang Prabang', 19.89, 102.13],
	['Savannakhet', 16.55, 104.75],
	['Pakse', 15.12, 105.78],
	['Phnom Penh', 11.56, 104.92],
	['Angkor Wat', 13.41, 103.87],
	['Sihanoukville', 10.63, 103.52],
	['Trat, in Thailand', 12.24, 102.51],
	['Nanning', 22.82, 108.37],
	['Beihai', 21.48, 109.12],
	['Wenshan', 23.37, 104.24],
	['Sanya, on Hainan', 18.25, 109.51],
	['the middle of the Gulf of Tonkin', 19.8, 107.6],
	['the sea 60 km off Quy Nhơn', 13.5, 109.9],
	['the sea between Côn Đảo and Trường Sa', 9.0, 108.5],
	['Hong Kong', 22.3, 114.17],
];

describe('isInVietnam', () => {
	test.each([...BORDERS_AND_CORNERS, ...COASTS, ...ISLANDS])('keeps %s', (_name, lat, lng) => {
		expect(isInVietnam({ lat, lng })).toBe(true);
	});

	test.each(ABROAD)('leaves out %s', (_name, lat, lng) => {
		expect(isInVietnam({ lat, lng })).toBe(false);
	});

	test('lets a town just across the border pass: the known limit of a coarse outline', () => {
		// Hà Khẩu (China) faces Lào Cai across the Red River; Kep (Cambodia) is 20 km from Hà Tiên.
		expect(isInVietnam({ lat: 22.5, lng: 103.96 })).toBe(true);
		expect(isInVietnam({ lat: 10.48, lng: 104.32 })).toBe(true);
	});
});

describe('isInArchipelago', () => {
	test.each([
		['Hoàng Sa', 16.53, 111.61, true],
		['Trường Sa', 8.645, 111.92, true],
		['the mainland', 21.352, 107.599, false],
		['the sea north of Hoàng Sa', 19, 112, false],
		['the sea east of Trường Sa', 10, 119, false],
	] as const)('%s: %s', (_name, lat, lng, expected) => {
		expect(isInArchipelago({ lat, lng })).toBe(expected);
	});
});
