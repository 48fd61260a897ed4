import { describe, expect, test } from 'vitest';
import { toPostalAddress } from '../../../src/core/pages/postal-address.ts';

describe('toPostalAddress', () => {
	test.each([
		['Phố Hà Quang Vóc, xã Đầm Hà, tỉnh Quảng Ninh', { streetAddress: 'Phố Hà Quang Vóc', addressLocality: 'xã Đầm Hà', addressRegion: 'Quảng Ninh' }],
		['Thôn Tầm Làng, xã Quảng Tân, tỉnh Quảng Ninh', { streetAddress: 'Thôn Tầm Làng', addressLocality: 'xã Quảng Tân', addressRegion: 'Quảng Ninh' }],
		['Xã Đầm Hà, tỉnh Quảng Ninh', { addressLocality: 'Xã Đầm Hà', addressRegion: 'Quảng Ninh' }],
		['Số 5, ngõ 3, phường Hồng Gai, Tỉnh Quảng Ninh', { streetAddress: 'Số 5, ngõ 3', addressLocality: 'phường Hồng Gai', addressRegion: 'Quảng Ninh' }],
		['Đặc khu Cô Tô, tỉnh Quảng Ninh', { addressLocality: 'Đặc khu Cô Tô', addressRegion: 'Quảng Ninh' }],
		['Phường Hoàn Kiếm, thành phố Hà Nội', { addressLocality: 'Phường Hoàn Kiếm', addressRegion: 'Hà Nội' }],
	])('splits %s into street, commune and province', (address, parts) => {
		expect(toPostalAddress(address)).toEqual({ '@type': 'PostalAddress', ...parts, addressCountry: 'VN' });
	});

	test.each([
		['no province', 'Thôn Một, xã Thử Nghiệm'],
		['no commune before the province', 'Núi Hứa, tỉnh Quảng Ninh'],
		['one part only', 'Gần chợ Đầm Hà'],
	])('keeps an address with %s as written', (_why, address) => {
		expect(toPostalAddress(address)).toBe(address);
	});
});
