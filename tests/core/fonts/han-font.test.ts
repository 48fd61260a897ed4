import { describe, expect, test } from 'vitest';
import { hanFontPath, loadHanFont } from '../../../src/core/fonts/han-font.ts';

// The real Noto Sans TC: subsetting takes a fraction of a second and proves the adapter end to end.
describe('loadHanFont', () => {
	test('cuts a WOFF2 subset named by the hash of its bytes, the same bytes every time', async () => {
		const font = loadHanFont();
		const file = await font.subset('國泰民安');
		expect(new TextDecoder().decode(file.bytes.slice(0, 4))).toBe('wOF2');
		expect(file.name).toMatch(/^[0-9a-f]{12}$/);
		expect(file.path).toBe(`/phong/${file.name}.woff2`);
		// A few kilobytes, not the 7 MB of the full font.
		expect(file.bytes.length).toBeLessThan(20_000);
		const again = await font.subset('國泰民安');
		expect(again).toBe(file);
		expect((await font.subset('國泰民')).name).not.toBe(file.name);
	});

	test('names the characters it has no glyph for, ignoring spaces', () => {
		// U+0378 is unassigned; the Tangut U+17000 is in no Noto CJK font.
		expect(loadHanFont().missingChars('萬古 英靈\u0378𗀀萬')).toEqual(['\u0378', '𗀀']);
		expect(loadHanFont().missingChars('國泰民安千載福')).toEqual([]);
	});
});

describe('hanFontPath', () => {
	test('publishes subsets under /phong/', () => {
		expect(hanFontPath('0123456789ab')).toBe('/phong/0123456789ab.woff2');
	});
});
