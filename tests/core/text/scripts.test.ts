import { describe, expect, test } from 'vitest';
import { findMixedScriptWords } from '../../../src/core/text/scripts.ts';

describe('findMixedScriptWords', () => {
	test.each([
		['a Cyrillic С for C', 'Đền \u0421ấp', [{ word: '\u0421ấp', letter: '\u0421', script: 'cyrillic', index: 4 }]],
		['a Cyrillic а inside a word', 'Đầm H\u0430', [{ word: 'H\u0430', letter: '\u0430', script: 'cyrillic', index: 4 }]],
		['a Greek ο', 'đền C\u03BFn', [{ word: 'C\u03BFn', letter: '\u03BF', script: 'greek', index: 4 }]],
		['an Armenian օ', 'H\u0585a', [{ word: 'H\u0585a', letter: '\u0585', script: 'armenian', index: 0 }]],
	])('names the word and the letter: %s', (_name, text, found) => {
		expect(findMixedScriptWords(text)).toEqual(found);
	});

	test.each([
		['Vietnamese in NFC', 'Tượng đài Anh hùng liệt sĩ Hà Quang Vóc'],
		['Vietnamese in NFD', 'Tượng đài Hà Quang Vóc'.normalize('NFD')],
		['a whole Russian word', 'Tàu Москва'],
		['a Greek letter on its own', 'hệ số α = 0,5'],
		['Chinese and Korean', '亭 정자 Đình'],
	])('says nothing about %s', (_name, text) => {
		expect(findMixedScriptWords(text)).toEqual([]);
	});
});
