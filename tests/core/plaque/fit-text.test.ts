import { describe, expect, test } from 'vitest';
import { fitText, sizeSteps, splitCjk, splitWords, type FitTextRule } from '../../../src/core/plaque/fit-text.ts';
import type { Measure } from '../../../src/core/plaque/fonts.ts';

/** 0.5 mm per character at 10 pt, bold 10% wider: easy to count by hand. */
const fakeMeasure: Measure = (text, font, sizePt) => text.length * 0.5 * (sizePt / 10) * (font === 'bold' ? 1.1 : 1);

const RULE: FitTextRule = { font: 'regular', maxWidthMm: 30, maxLines: 3, startSizePt: 20, minSizePt: 10, stepPt: 2 };

describe('fitText', () => {
	test('keeps a short text on one line at the starting size', () => {
		// 'Đình Đầm Hà' is 11 characters: 11 × 0.5 × 2 = 11 mm at 20 pt.
		expect(fitText('Đình Đầm Hà', RULE, fakeMeasure)).toEqual({ sizePt: 20, lines: ['Đình Đầm Hà'], overflowMm: 0 });
	});

	test('wraps at spaces only, keeping every syllable whole and in order', () => {
		const text = 'Tượng đài Anh hùng liệt sĩ Hà Quang Vóc';
		const fitted = fitText(text, RULE, fakeMeasure);
		expect(fitted.lines.join(' ')).toBe(text);
		for (const line of fitted.lines) expect(fakeMeasure(line, 'regular', fitted.sizePt)).toBeLessThanOrEqual(30);
		// 1 mm a character at 20 pt: 39 characters on 30 mm lines make two lines of 18 and 20.
		expect(fitted).toEqual({ sizePt: 20, lines: ['Tượng đài Anh hùng', 'liệt sĩ Hà Quang Vóc'], overflowMm: 0 });
	});

	test('balances lines instead of leaving one syllable alone at the end', () => {
		// Greedy filling would give 'aaaa bbbb cccc' + 'dd' (14 + 2 chars); balanced gives 9 + 7.
		const fitted = fitText('aaaa bbbb cccc dd', { ...RULE, maxWidthMm: 14, startSizePt: 20, minSizePt: 20 }, fakeMeasure);
		expect(fitted.lines).toEqual(['aaaa bbbb', 'cccc dd']);
	});

	test('shrinks step by step until the text fits the allowed lines', () => {
		// 4 words of 10 characters: at 20 pt each is 10 mm; with 1 line of 30 mm it needs 43 chars × 0.5 × s/10 ≤ 30, so s ≤ 13.95.
		const fitted = fitText('aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd', { ...RULE, maxLines: 1 }, fakeMeasure);
		expect(fitted).toMatchObject({ sizePt: 12, overflowMm: 0 });
		expect(fitted.lines).toHaveLength(1);
	});

	test('reports by how many mm the widest line is too wide at the smallest size', () => {
		// One 100-character word at 10 pt is 50 mm on a 30 mm line.
		expect(fitText('x'.repeat(100), RULE, fakeMeasure)).toEqual({ sizePt: 10, lines: ['x'.repeat(100)], overflowMm: 20 });
	});

	test('puts all the words on the allowed lines when they do not fit, so the overflow is the least possible', () => {
		const text = Array.from({ length: 30 }, () => 'abcde').join(' ');
		const fitted = fitText(text, { ...RULE, maxLines: 2 }, fakeMeasure);
		expect(fitted.lines.join(' ')).toBe(text);
		// Two lines of 15 words are 89 characters each, 44.5 mm at 10 pt: 14.5 mm too wide.
		expect(fitted).toMatchObject({ sizePt: 10, overflowMm: 14.5 });
		expect(fitted.lines).toHaveLength(2);
	});

	test('keeps words joined by a no-break space together', () => {
		const fitted = fitText('aaaa bbbb\u00a0cccc', { ...RULE, maxWidthMm: 10, startSizePt: 20, minSizePt: 20 }, fakeMeasure);
		expect(fitted.lines).toEqual(['aaaa', 'bbbb\u00a0cccc']);
	});

	test('gives no lines and no overflow for blank text', () => {
		expect(fitText('  ', RULE, fakeMeasure)).toEqual({ sizePt: 20, lines: [], overflowMm: 0 });
	});
});

describe('splitWords', () => {
	test.each([
		['Đình  Đầm\tHà', ['Đình', 'Đầm', 'Hà']],
		[' leading and trailing ', ['leading', 'and', 'trailing']],
		['no\u00a0break', ['no\u00a0break']],
		['', []],
	])('splits %j into %j', (text, words) => {
		expect(splitWords(text)).toEqual(words);
	});
});

describe('fitText with the cjk font', () => {
	const CJK: FitTextRule = { font: 'cjk', maxWidthMm: 2.5, maxLines: 3, startSizePt: 10, minSizePt: 10, stepPt: 1 };

	test('breaks Chinese text between characters, since it has no spaces', () => {
		// 0.5 mm a character at 10 pt: at most 5 characters on a 2.5 mm line.
		const fitted = fitText('哈光沃英雄烈士纪念碑与各位战士', CJK, fakeMeasure);
		expect(fitted).toEqual({ sizePt: 10, lines: ['哈光沃英雄', '烈士纪念碑', '与各位战士'], overflowMm: 0 });
	});

	test('never starts a line with the punctuation after a character, and keeps a Latin word whole', () => {
		const fitted = fitText('潭河亭，DH01号', { ...CJK, maxWidthMm: 3 }, fakeMeasure);
		expect(fitted.lines).toEqual(['潭河亭，', 'DH01号']);
	});

	test('keeps Vietnamese in the other fonts breaking at spaces only', () => {
		expect(fitText('Đìnhđầmhà', { ...CJK, font: 'regular', maxWidthMm: 3 }, fakeMeasure).lines).toEqual(['Đìnhđầmhà']);
	});

	test.each([
		['潭河亭', ['潭', '河', '亭']],
		['潭河 亭', ['潭', '河 ', '亭']],
		['潭河，亭。', ['潭', '河，', '亭。']],
		['DH01 潭河', ['DH01 ', '潭', '河']],
		['', []],
	])('splitCjk splits %j into %j', (text, units) => {
		expect(splitCjk(text)).toEqual(units);
	});
});

describe('sizeSteps', () => {
	test.each([
		[{ startSizePt: 26, minSizePt: 22, stepPt: 1 }, [26, 25, 24, 23, 22]],
		[{ startSizePt: 11, minSizePt: 8, stepPt: 0.5 }, [11, 10.5, 10, 9.5, 9, 8.5, 8]],
		[{ startSizePt: 20, minSizePt: 15, stepPt: 2 }, [20, 18, 16, 15]],
		[{ startSizePt: 10, minSizePt: 10, stepPt: 1 }, [10]],
	])('%j gives %j', (rule, sizes) => {
		expect(sizeSteps(rule)).toEqual(sizes);
	});
});
