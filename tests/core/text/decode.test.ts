import { describe, expect, test } from 'vitest';
import { decodeText, firstInvalidUtf8 } from '../../../src/core/text/decode.ts';

const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeText', () => {
	test('reads UTF-8, keeping a BOM for normalizeText to drop', () => {
		expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'Đình'))).toEqual({ ok: true, text: '\uFEFFĐình' });
	});

	test.each([
		['little-endian', 'utf16le', [0xff, 0xfe]],
		['big-endian', 'utf16be', [0xfe, 0xff]],
	])('reads UTF-16 %s with a byte-order mark (Notepad\'s "Unicode") as the same text, the mark dropped', (_name, _enc, bom) => {
		const le = Buffer.from('Đền Cấp\r\n', 'utf16le');
		const body = bom[0] === 0xff ? le : le.swap16();
		expect(decodeText(Buffer.concat([Buffer.from(bom), body]))).toEqual({ ok: true, text: 'Đền Cấp\r\n' });
	});

	test('refuses Windows-1258 bytes, naming the line of the first one, with the text as far as it reads', () => {
		const result = decodeText(bytes('---\ncode: TE02\ntitle: ', [0xd0, 0xea, 0xcc], 'n\n'));
		expect(result).toEqual({ ok: false, line: 3, lossy: '---\ncode: TE02\ntitle: \uFFFD\uFFFD\uFFFDn\n' });
	});

	test('counts CRLF and lone CR line ends as one line each', () => {
		expect(decodeText(bytes('a\r\nb\r\n', [0xff]))).toMatchObject({ ok: false, line: 3 });
		expect(decodeText(bytes('a\rb\r', [0xff]))).toMatchObject({ ok: false, line: 3 });
	});
});

describe('firstInvalidUtf8', () => {
	test.each([
		['valid text: its length', bytes('Đầm Hà 𡨸'), 15],
		['a lone continuation byte', bytes('ab', [0x80]), 2],
		['an overlong "/"', bytes('a', [0xc0, 0xaf]), 1],
		['a surrogate', bytes('a', [0xed, 0xa0, 0x80]), 1],
		['a sequence cut at the end', bytes('a', [0xe1, 0xba]), 1],
		['a code point above U+10FFFF', bytes([0xf4, 0x90, 0x80, 0x80]), 0],
	])('%s', (_name, input, offset) => {
		expect(firstInvalidUtf8(input)).toBe(offset);
	});
});
