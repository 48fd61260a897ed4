import { describe, expect, test } from 'vitest';
import { codePointOf, findBidiControls, findInvisible, isBidiControl, withoutInvisible } from '../../../src/core/text/invisible.ts';

describe('findBidiControls', () => {
	test('finds overrides, embeddings and isolates as reordering, marks as marks, in order', () => {
		expect(findBidiControls('a\u200Fb\u202Ec\u2067d\u202Ce')).toEqual([
			{ char: '\u200F', index: 1, kind: 'mark' },
			{ char: '\u202E', index: 3, kind: 'reordering' },
			{ char: '\u2067', index: 5, kind: 'reordering' },
			{ char: '\u202C', index: 7, kind: 'reordering' },
		]);
	});

	test('says nothing about Vietnamese, Chinese, Korean or emoji', () => {
		expect(findBidiControls('Đình Đầm Hà 亭 정자 🏯 — “ngoặc”')).toEqual([]);
	});

	test('isBidiControl agrees', () => {
		expect(['\u202E', '\u200F', '\u061C', '\u2066'].every(isBidiControl)).toBe(true);
		expect(['\u200B', 'a', '\u00A0'].some(isBidiControl)).toBe(false);
	});
});

describe('findInvisible', () => {
	test.each([
		['a zero-width space', 'TE\u200B02', { char: '\u200B', index: 2 }],
		['a BOM inside', '\uFEFFTE02', { char: '\uFEFF', index: 0 }],
		['a soft hyphen', 'TE\u00AD02', { char: '\u00AD', index: 2 }],
		['a word joiner', 'T\u2060E02', { char: '\u2060', index: 1 }],
		['nothing', 'TE02', undefined],
	])('%s', (_name, text, found) => {
		expect(findInvisible(text)).toEqual(found);
	});

	test('withoutInvisible removes them all, and codePointOf names them', () => {
		expect(withoutInvisible('\u200BT\u200DE\u202E02')).toBe('TE02');
		expect([codePointOf('\u200B'), codePointOf('🏯')]).toEqual(['U+200B', 'U+1F3EF']);
	});
});
