import { describe, expect, test } from 'vitest';
import { normalizeText } from '../../../src/core/text/normalize.ts';

describe('normalizeText', () => {
	test.each([
		['strips a UTF-8 byte-order mark', '\uFEFFtitle: Đình', 'title: Đình'],
		['turns CRLF into LF', 'a\r\nb\r\n', 'a\nb\n'],
		['turns a lone CR (old Mac) into LF', 'a\rb', 'a\nb'],
		['turns CR CR LF into two line ends', 'a\r\r\nb', 'a\n\nb'],
		['composes NFD into NFC', 'Đầm Hà'.normalize('NFD'), 'Đầm Hà'],
		['leaves clean text alone', 'Núi Hứa\n', 'Núi Hứa\n'],
		['keeps an empty text empty', '', ''],
	])('%s', (_name, input, expected) => {
		expect(normalizeText(input)).toBe(expected);
	});

	test('strips only a leading BOM; one inside the text is a character', () => {
		expect(normalizeText('\uFEFFa\uFEFFb')).toBe('a\uFEFFb');
	});

	test('gives text that === compares equal whatever the keyboard produced', () => {
		const fromMac = '\uFEFFĐình Đầm Hà\r\n'.normalize('NFD');
		expect(normalizeText(fromMac)).toBe('Đình Đầm Hà\n');
		expect(normalizeText(fromMac).length).toBe(12);
	});

	test('is idempotent', () => {
		const once = normalizeText('\uFEFFa\r\nẾ'.normalize('NFD'));
		expect(normalizeText(once)).toBe(once);
	});

	test('does not rewrite tone placement (hòa and hoà are both correct)', () => {
		expect(normalizeText('hoà')).toBe('hoà');
		expect(normalizeText('hòa')).toBe('hòa');
	});
});
