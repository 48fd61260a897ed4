import { describe, expect, test } from 'vitest';
import { closestMatch, editDistance } from '../../../src/core/problems/suggest.ts';
import { CATEGORIES, RANKINGS, SiteSchema } from '../../../src/core/schema/index.ts';

const SITE_FIELDS = Object.keys(SiteSchema.shape);

describe('editDistance', () => {
	test.each([
		['', '', 0],
		['', 'abc', 3],
		['abc', '', 3],
		['title', 'title', 0],
		['tittle', 'title', 1], // one letter too many
		['titl', 'title', 1], // one letter missing
		['titla', 'title', 1], // one letter changed
		['histroic', 'historic', 1], // two neighbouring letters swapped count as one change (Damerau)
		['lgn', 'lng', 1],
		['cdoe', 'code', 1],
		['abdc', 'bacd', 2], // two separate swaps
		['kitten', 'sitting', 3],
		['Title', 'title', 1], // case counts here; closestMatch ignores it
		['Đình', 'Dinh', 2], // a letter with marks is another letter
	])('%s → %s is %i', (a, b, expected) => {
		expect(editDistance(a, b)).toBe(expected);
		expect(editDistance(b, a)).toBe(expected);
	});
});

describe('closestMatch', () => {
	test.each([
		['tittle', SITE_FIELDS, 'title'],
		['sumary', SITE_FIELDS, 'summary'],
		['adress', SITE_FIELDS, 'address'],
		['updatd', SITE_FIELDS, 'updated'],
		['locaton', SITE_FIELDS, 'location'],
		['cateogry', SITE_FIELDS, 'category'],
		['histroic', CATEGORIES, 'historic'],
		['provincal', RANKINGS, 'provincial'],
		['nationl', RANKINGS, 'national'],
	])('suggests %s → the closest name', (input, candidates, expected) => {
		expect(closestMatch(input, candidates)).toBe(expected);
	});

	test.each([
		['Title', 'title'],
		['TITLE', 'title'],
		['Historic', 'historic'],
	])('ignores case: %s → %s, returned as the candidate is spelt', (input, expected) => {
		expect(closestMatch(input, [...SITE_FIELDS, ...CATEGORIES])).toBe(expected);
	});

	test.each([
		['ghiChu', SITE_FIELDS],
		['tenDiTich', SITE_FIELDS],
		['xyz', SITE_FIELDS],
		['cấp tỉnh', RANKINGS],
		['fr', ['vi', 'en', 'zh', 'ko']],
	])('suggests nothing for a word far from every candidate: %s', (input, candidates) => {
		expect(closestMatch(input, candidates)).toBeUndefined();
	});

	test('allows about a third of the longer word to differ', () => {
		// 9 letters: up to 3 edits.
		expect(closestMatch('abcdefxyz', ['abcdefghi'])).toBe('abcdefghi');
		expect(closestMatch('abcdewxyz', ['abcdefghi'])).toBeUndefined();
		// Short words still allow one edit.
		expect(closestMatch('ab', ['ac'])).toBe('ac');
		expect(closestMatch('ab', ['cd'])).toBeUndefined();
	});

	test('takes the first of equally close candidates, so the answer is stable', () => {
		expect(closestMatch('lat', ['lot', 'lit'])).toBe('lot');
		expect(closestMatch('lat', ['lit', 'lot'])).toBe('lit');
	});

	test('returns undefined when there are no candidates', () => {
		expect(closestMatch('title', [])).toBeUndefined();
	});
});
