import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { zipFiles } from '../../../src/core/publish/zip.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('zipFiles', () => {
	test('packs the files so that they unpack as they were', () => {
		const zip = zipFiles([{ path: 'b/two.txt', bytes: bytes('hai') }, { path: 'a.txt', bytes: bytes('một') }], { year: 2025, month: 6, day: 1 });
		const files = unzipSync(zip);
		expect(Object.keys(files)).toEqual(['a.txt', 'b/two.txt']);
		expect(new TextDecoder().decode(files['a.txt'])).toBe('một');
	});

	test('gives the same bytes whatever order the files come in', () => {
		const a = { path: 'a.txt', bytes: bytes('a') };
		const b = { path: 'b.txt', bytes: bytes('b') };
		const date = { year: 2025, month: 6, day: 1 };
		expect(Buffer.from(zipFiles([a, b], date)).equals(Buffer.from(zipFiles([b, a], date)))).toBe(true);
	});

	test('stores the given day as the DOS date of every entry', () => {
		const zip = Buffer.from(zipFiles([{ path: 'a.txt', bytes: bytes('a') }], { year: 2025, month: 6, day: 1 }));
		// Local file header: DOS time at offset 10, date at 12 (years since 1980, month, day).
		expect(zip.readUInt16LE(12)).toBe(((2025 - 1980) << 9) | (6 << 5) | 1);
		expect(zip.readUInt16LE(10)).toBe(12 << 11);
	});
});
