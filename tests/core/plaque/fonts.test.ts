import { create, type Font } from 'fontkit';
import { describe, expect, test } from 'vitest';
import { FontMissingError } from '../../../src/core/errors.ts';
import { createPlaqueFonts, loadPlaqueFonts, type FontId } from '../../../src/core/plaque/fonts.ts';
import { TEXT_ASCENT_EM, TEXT_DESCENT_EM } from '../../../src/core/plaque/layout.ts';

const FONT_IDS = ['regular', 'bold'] as const satisfies FontId[];

/** Every Vietnamese letter, lower and upper case, with each of the five tone marks. */
function vietnameseAlphabet(): string {
	const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
	const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
	const toned = vowels.flatMap((vowel) => tones.map((tone) => (vowel + tone).normalize('NFC')));
	const lower = [...'bcdđghklmnpqrstvx', ...toned].join('');
	return `${lower}${lower.toUpperCase()}`;
}

describe('loadPlaqueFonts', () => {
	test('reads both fonts from node_modules once per process', () => {
		const fonts = loadPlaqueFonts();
		expect(loadPlaqueFonts()).toBe(fonts);
		for (const id of FONT_IDS) {
			expect(fonts.files[id].path).toMatch(/be-vietnam-pro.*BeVietnamPro_(400Regular|700Bold)\.ttf$/);
			expect(fonts.files[id].bytes.byteLength).toBeGreaterThan(50_000);
		}
		expect(fonts.files.cjk.path).toMatch(/noto-sans-sc.*NotoSansSC_400Regular\.ttf$/);
	});
});

describe('createPlaqueFonts', () => {
	test('throws FontMissingError saying what to do when the files are missing', () => {
		expect(() => createPlaqueFonts('/nonexistent/be-vietnam-pro', '/nonexistent/noto-sans-sc')).toThrow(FontMissingError);
		expect(() => createPlaqueFonts('/nonexistent/be-vietnam-pro', '/nonexistent/noto-sans-sc')).toThrow(/400Regular.*npm ci/s);
	});
});

describe('missingGlyphs', () => {
	const fonts = loadPlaqueFonts();

	test.each(FONT_IDS)('finds a glyph for every Vietnamese letter with every tone in %s', (font) => {
		expect(vietnameseAlphabet()).toHaveLength(2 * (17 + 12 * 6));
		expect(fonts.missingGlyphs(vietnameseAlphabet(), font)).toEqual([]);
		expect(fonts.missingGlyphs('Đ Ầ Ẫ Ỗ Ữ Ợ ư ơ', font)).toEqual([]);
	});

	test.each([
		['ordinary and no-break spaces, middle dot and dashes', ' \u00a0·–—/.:-0123456789', []],
		['Chinese characters', 'Đình 漢字', ['漢', '字']],
		['each missing character once, in order of use', '字漢字', ['字', '漢']],
		['decomposed Vietnamese, after NFC', 'Đầm Hà'.normalize('NFD'), []],
	])('reports the right characters for %s', (_, text, missing) => {
		expect(fonts.missingGlyphs(text, 'regular')).toEqual(missing);
	});
});

describe('the cjk font', () => {
	const fonts = loadPlaqueFonts();

	test('draws Chinese titles, and the Vietnamese a Chinese title may quote', () => {
		expect(fonts.missingGlyphs('陈庆余公及陈朝诸名将祠历史遗迹区，潭河亭。', 'cjk')).toEqual([]);
		expect(fonts.missingGlyphs('（Đình Đầm Hà）', 'cjk')).toEqual([]);
		expect(fonts.measure('潭河亭', 'cjk', 10)).toBeGreaterThan(0);
	});
});

describe('measure', () => {
	const { measure } = loadPlaqueFonts();

	test('grows in proportion to the font size', () => {
		const at10 = measure('Đình Đầm Hà', 'regular', 10);
		expect(at10).toBeGreaterThan(10);
		expect(measure('Đình Đầm Hà', 'regular', 20)).toBeCloseTo(2 * at10, 9);
	});

	test('is wider in bold and wider for longer text', () => {
		expect(measure('Đình Đầm Hà', 'bold', 12)).toBeGreaterThan(measure('Đình Đầm Hà', 'regular', 12));
		expect(measure('Đình Đầm Hà xưa', 'regular', 12)).toBeGreaterThan(measure('Đình Đầm Hà', 'regular', 12));
	});

	test('applies kerning inside a word, as pdfkit does', () => {
		expect(measure('AV', 'bold', 12)).toBeLessThan(measure('A', 'bold', 12) + measure('V', 'bold', 12));
	});

	test('gives 0 for empty text', () => {
		expect(measure('', 'regular', 12)).toBe(0);
	});
});

describe('outline', () => {
	const fonts = loadPlaqueFonts();

	test('draws glyphs from the origin along the baseline, as wide as measured', () => {
		const d = fonts.outline('Đình', 'bold', 72, { xMm: 100, yMm: 50 });
		expect(d).toMatch(/^M/);
		const xs = [...d.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => Number(m[1]));
		const ys = [...d.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => Number(m[2]));
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(100);
		expect(Math.max(...xs)).toBeLessThanOrEqual(100 + fonts.measure('Đình', 'bold', 72));
		// 72 pt is 25.4 mm: capitals rise about 0.74 em above the baseline, y grows downwards.
		expect(Math.min(...ys)).toBeGreaterThan(50 - 25.4 * TEXT_ASCENT_EM);
		expect(Math.min(...ys)).toBeLessThan(50 - 25.4 * 0.7);
		expect(Math.max(...ys)).toBeLessThanOrEqual(50 + 0.001);
	});

	test('gives an empty path for spaces only', () => {
		expect(fonts.outline('   ', 'regular', 12, { xMm: 0, yMm: 0 })).toBe('');
	});
});

describe('TEXT_ASCENT_EM and TEXT_DESCENT_EM', () => {
	test.each(FONT_IDS)('cover every Vietnamese glyph of the %s font, stacked capitals included', (id) => {
		const bytes = loadPlaqueFonts().files[id].bytes;
		const font = create(Buffer.from(bytes)) as Font;
		const glyphs = [...vietnameseAlphabet(), 'g', 'j', 'p', 'q', 'y', 'ỵ'].map((char) => font.glyphForCodePoint(char.codePointAt(0)!));
		const highest = Math.max(...glyphs.map((glyph) => glyph.bbox.maxY)) / font.unitsPerEm;
		const lowest = Math.min(...glyphs.map((glyph) => glyph.bbox.minY)) / font.unitsPerEm;
		expect(highest).toBeLessThanOrEqual(TEXT_ASCENT_EM);
		expect(-lowest).toBeLessThanOrEqual(TEXT_DESCENT_EM);
		expect(highest).toBeGreaterThan(TEXT_ASCENT_EM - 0.05);
	});
});
