import { describe, expect, test } from 'vitest';
import { DitichsoError } from '../../../src/core/errors.ts';
import { codeToQrText, codeToShortUrl, shortUrlToDisplay } from '../../../src/core/links/short-url.ts';

describe('codeToShortUrl', () => {
	test.each([
		['https://damha.example.vn', 'DH01', 'https://damha.example.vn/DH01'],
		['https://example.org/damha', 'DH01', 'https://example.org/damha/DH01'],
		['http://localhost:4321', 'AB', 'http://localhost:4321/AB'],
	])('%s + %s gives %s', (baseUrl, code, expected) => {
		expect(codeToShortUrl(baseUrl, code)).toBe(expected);
	});

	test.each([
		['a trailing slash', 'https://damha.example.vn/', 'DH01'],
		['a lower-case code', 'https://damha.example.vn', 'dh01'],
		['a code that is too long', 'https://damha.example.vn', 'DH0123456'],
		['an empty code', 'https://damha.example.vn', ''],
	])('refuses %s, because a printed address can never be corrected', (_, baseUrl, code) => {
		expect(() => codeToShortUrl(baseUrl, code)).toThrow(DitichsoError);
	});
});

describe('codeToQrText', () => {
	test.each([
		['https://damha.example.vn', 'DH01', 'https://DAMHA.EXAMPLE.VN/DH01'],
		['HTTPS://Damha.Example.VN', 'DH01', 'https://DAMHA.EXAMPLE.VN/DH01'],
		['http://damha.example.vn', 'DH01', 'http://DAMHA.EXAMPLE.VN/DH01'],
		['https://example.org/damha', 'DH01', 'https://EXAMPLE.ORG/damha/DH01'],
		['https://example.org/Di-Tich/DamHa', 'X9', 'https://EXAMPLE.ORG/Di-Tich/DamHa/X9'],
		['https://example.vn:8443', 'DH01', 'https://EXAMPLE.VN:8443/DH01'],
		['https://đầmhà.vn', 'DH01', 'https://XN--MH-KIA7QQ61L.VN/DH01'],
	])('%s + %s encodes %s', (baseUrl, code, expected) => {
		expect(codeToQrText(baseUrl, code)).toBe(expected);
	});

	test('leads to the same address as the short URL, since hosts ignore case', () => {
		const qr = new URL(codeToQrText('https://example.org/damha', 'DH01'));
		const short = new URL(codeToShortUrl('https://example.org/damha', 'DH01'));
		expect(qr.href).toBe(short.href);
	});

	test('refuses a base address that is not absolute', () => {
		expect(() => codeToQrText('damha.example.vn', 'DH01')).toThrow(DitichsoError);
	});
});

describe('shortUrlToDisplay', () => {
	test.each([
		['https://damha.example.vn', 'DH01', 'damha.example.vn/DH01'],
		['http://example.org/damha', 'AB12', 'example.org/damha/AB12'],
	])('%s + %s shows %s', (baseUrl, code, expected) => {
		expect(shortUrlToDisplay(baseUrl, code)).toBe(expected);
	});
});
