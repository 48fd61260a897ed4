import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseFrontMatter, parseYaml, positionOf } from '../../../src/core/content/front-matter.ts';
import { normalizeText } from '../../../src/core/text/normalize.ts';
import { PROJECT_ROOT } from '../../helpers/trail-copy.ts';

/** A complete vi.md: nested groups (location, cover) and a list of photos, the second without alt. */
const SITE = readFileSync(path.join(PROJECT_ROOT, 'tests/fixtures/front-matter/site.md'), 'utf8');

const edit = (from: string | RegExp, to: string) => {
	const next = SITE.replace(from, to);
	if (next === SITE) throw new Error(`The fixture has no ${String(from)}`);
	return next;
};

describe('parseFrontMatter', () => {
	test('reads the fields between the two --- lines', () => {
		const { data, problems } = parseFrontMatter(SITE);
		expect(problems).toEqual([]);
		expect(data).toMatchObject({
			code: 'DH01',
			title: 'Đình Đầm Hà',
			location: { lat: 21.352, lng: 107.599 },
			photos: [{ src: 'san-dinh.jpg', alt: 'Sân đình ngày hội.' }, { src: 'mai-dinh.jpg' }],
			trail: 1,
			// Dates stay text: the schema checks their form, and the page prints them as written.
			updated: '2025-07-01',
		});
	});

	test('returns the body after the closing fence and the file line it starts on', () => {
		const { body, bodyLine } = parseFrontMatter(SITE);
		expect(bodyLine).toBe(24);
		expect(body.split('\n')[0]).toBe('Đình Đầm Hà là **di tích** cấp tỉnh.');
		expect(SITE.split('\n')[bodyLine - 1]).toBe(body.split('\n')[0]);
	});

	test.each([
		['a file that starts with text', 'Đình Đầm Hà là di tích.\n'],
		['an empty file', ''],
		['a fence that is not on the first line', '\n---\ntitle: Đình\n---\n'],
		['a fence with a fourth dash', '----\ntitle: Đình\n----\n'],
	])('reports front-matter-missing at line 1 for %s, and keeps the whole text as body', (_name, text) => {
		const parsed = parseFrontMatter(text);
		expect(parsed.problems).toEqual([{ code: 'front-matter-missing', severity: 'error', line: 1, column: 1, params: {} }]);
		expect(parsed.data).toBeUndefined();
		expect(parsed.body).toBe(text);
		expect(parsed.bodyLine).toBe(1);
	});

	test('reports front-matter-unclosed at line 1 when no second --- follows', () => {
		const parsed = parseFrontMatter('---\ncode: DH01\ntitle: Đình Đầm Hà\n\nĐình Đầm Hà là di tích.\n');
		expect(parsed.problems).toEqual([{ code: 'front-matter-unclosed', severity: 'error', line: 1, column: 1, params: {} }]);
		expect(parsed.data).toBeUndefined();
	});

	test('accepts fences with trailing spaces', () => {
		const parsed = parseFrontMatter('---  \ntitle: Đình\n--- \nNội dung');
		expect(parsed.problems).toEqual([]);
		expect(parsed.data).toEqual({ title: 'Đình' });
		expect(parsed.body).toBe('Nội dung');
	});

	test('an empty block gives no fields and no problem (the schema names what is missing)', () => {
		expect(parseFrontMatter('---\n---\nNội dung')).toMatchObject({ data: {}, problems: [], body: 'Nội dung', bodyLine: 3 });
	});

	test.each([
		['a colon inside a value (line 3)', ['title: Đình Đầm Hà', 'title: Đình: Đầm Hà'], { line: 3, column: 8 }],
		['a field name without a value (line 3)', ['title: Đình Đầm Hà', 'title'], { line: 3, column: 1 }],
	])('gives a syntax error the line of the .md file, not of the block: %s', (_name, [from, to], where) => {
		const { problems, data } = parseFrontMatter(edit(from!, to!));
		expect(data).toBeUndefined();
		expect(problems).toEqual([{ code: 'front-matter-invalid', severity: 'error', ...where, params: { detail: expect.any(String) } }]);
	});

	test.each([
		['a Tab used to indent (line 8)', ['  lat: 21.352', '\tlat: 21.352'], 8],
		['a field indented under a plain value (line 3)', ['title: Đình Đầm Hà', '  title: Đình Đầm Hà'], 2],
	])('reports one syntax mistake once, not once per follow-on complaint of the parser: %s', (_name, [from, to], line) => {
		// Every front-matter-invalid renders the same sentence: repeats at one place are noise (STYLE §2.6 rule 6).
		const { problems } = parseFrontMatter(edit(from!, to!));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ code: 'front-matter-invalid', line });
	});

	test('reports a field written twice as duplicate-field at the second one', () => {
		const { problems } = parseFrontMatter(edit('updated: 2025-07-01', 'updated: 2025-07-01\ntitle: Đình Làng'));
		expect(problems).toEqual([{ code: 'duplicate-field', severity: 'error', line: 23, column: 1, field: 'title', params: { key: 'title' } }]);
	});

	test('names a nested field written twice by its dotted path, so the message can label it (vĩ độ)', () => {
		const { problems } = parseFrontMatter(edit('  lng: 107.599', '  lat: 21.4'));
		// Problem.field is "the dotted path as written in the file" (STYLE §2.6).
		expect(problems).toEqual([{ code: 'duplicate-field', severity: 'error', line: 9, column: 3, field: 'location.lat', params: { key: 'lat' } }]);
	});

	test.each([
		['code', { line: 2, column: 7 }, { line: 2, column: 1 }],
		['location', { line: 8, column: 3 }, { line: 7, column: 1 }],
		['location.lat', { line: 8, column: 8 }, { line: 8, column: 3 }],
		['location.lng', { line: 9, column: 8 }, { line: 9, column: 3 }],
		['cover.alt', { line: 13, column: 8 }, { line: 13, column: 3 }],
		['photos.0.src', { line: 16, column: 10 }, { line: 16, column: 5 }],
		['photos.1.src', { line: 19, column: 10 }, { line: 19, column: 5 }],
		['photos.1.credit', { line: 20, column: 13 }, { line: 20, column: 5 }],
		['updated', { line: 22, column: 10 }, { line: 22, column: 1 }],
	])('puts %s at its exact 1-based line and column (value, then key)', (field, value, key) => {
		const { positions } = parseFrontMatter(SITE);
		expect(positions.values[field]).toEqual(value);
		expect(positions.keys[field]).toEqual(key);
	});

	test('gives a list item the position of its dash content, and no key position', () => {
		const { positions } = parseFrontMatter(SITE);
		expect(positions.values['photos.1']).toEqual({ line: 19, column: 5 });
		expect(positions.keys['photos.1']).toBeUndefined();
	});

	test.each([
		['a quoted number keeps its quotes', 'lat: 21.352', 'lat: "21,35"', 'location.lat', '"21,35"'],
		['single quotes too', 'lat: 21.352', "lat: '21.352'", 'location.lat', "'21.352'"],
		['a plain number is as typed', 'lat: 21.352', 'lat: 21.3520', 'location.lat', '21.3520'],
		['a date is as typed', 'updated: 2025-07-01', 'updated: 01/07/2025', 'updated', '01/07/2025'],
		['an empty value is empty', /summary: .*/, 'summary:', 'summary', ''],
	])('keeps the raw value as written: %s', (_name, from, to, field, raw) => {
		expect(parseFrontMatter(edit(from, to)).positions.raw[field]).toBe(raw);
	});

	test('parses normalised CRLF + BOM text like the LF original (normalising is the caller’s job)', () => {
		const windows = `\uFEFF${SITE.replace(/\n/g, '\r\n')}`;
		expect(parseFrontMatter(normalizeText(windows))).toEqual(parseFrontMatter(SITE));
	});

	test('does not parse un-normalised Windows text: the caller must call normalizeText first', () => {
		expect(parseFrontMatter(`\uFEFF${SITE}`).problems.map((p) => p.code)).toEqual(['front-matter-missing']);
	});

	test('never throws on broken punctuation', () => {
		for (const text of ['---\n: : :\n---', '---\n[\n---', '---\n"\n---', '---\n- a\n- b\n---', '---\n? a\n---']) {
			expect(() => parseFrontMatter(text)).not.toThrow();
		}
	});

	test.each([
		['an alias to an anchor that does not exist', '---\ntitle: *x\n---\n'],
		[
			'an alias bomb (the hostile-input issue)',
			'---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c]\n---\n',
		],
	])('reports %s as front-matter-invalid instead of throwing', (_name, text) => {
		// "Never throws on bad input" (parseFrontMatter's contract): a throw here ends `npm run check` as a program failure.
		let parsed: ReturnType<typeof parseFrontMatter> | undefined;
		expect(() => (parsed = parseFrontMatter(text))).not.toThrow();
		expect(parsed?.problems.map((p) => p.code)).toEqual(['front-matter-invalid']);
	});
});

describe('parseYaml', () => {
	test('reads a whole settings file with positions from line 1', () => {
		const { data, positions, problems } = parseYaml('name:\n  vi: Đầm Hà\nlanguages: [vi, en]\n');
		expect(problems).toEqual([]);
		expect(data).toEqual({ name: { vi: 'Đầm Hà' }, languages: ['vi', 'en'] });
		expect(positions.values['name.vi']).toEqual({ line: 2, column: 7 });
		expect(positions.values['languages.1']).toEqual({ line: 3, column: 17 });
	});

	test('shifts every line by lineOffset', () => {
		const { positions } = parseYaml('a: 1\nb:\n  c: 2\n', 10);
		expect(positions.values['b.c']).toEqual({ line: 13, column: 6 });
		expect(parseYaml('a: 1\na: 2', 10).problems[0]).toMatchObject({ code: 'duplicate-field', line: 12 });
	});

	test('an empty or comment-only file is an empty group', () => {
		expect(parseYaml('').data).toEqual({});
		expect(parseYaml('# chỉ có ghi chú\n').data).toEqual({});
	});
});

describe('positionOf', () => {
	const { positions } = parseFrontMatter(SITE);
	const missingLat = parseFrontMatter(edit('  lat: 21.352\n', '')).positions;

	test.each([
		['a value that exists', ['location', 'lat'], { line: 8, column: 8 }],
		['a list item’s field by number or text index', ['photos', 1, 'src'], { line: 19, column: 10 }],
		['a missing child: the key of its group', ['location', 'alt'], { line: 7, column: 1 }],
		['a missing grandchild of a group: the key of the nearest group that exists', ['cover', 'size', 'width'], { line: 11, column: 1 }],
		['a missing top-level field: the start of the block', ['address2'], { line: 2, column: 1 }],
	])('%s', (_name, fieldPath, expected) => {
		expect(positionOf(positions, fieldPath)).toEqual(expected);
	});

	test('a required child that was deleted points at its group key (location:)', () => {
		expect(positionOf(missingLat, ['location', 'lat'])).toEqual({ line: 7, column: 1 });
	});

	test('a field missing from a list item points at that item, not at the list', () => {
		// photos.1 exists at line 19 ("- src: mai-dinh.jpg"); its alt does not. The item is the
		// nearest parent that exists, and the photos check points there too (alt-missing).
		expect(positionOf(positions, ['photos', '1', 'alt'])).toEqual({ line: 19, column: 5 });
	});

	test('gives undefined when nothing at all was parsed', () => {
		expect(positionOf({ values: {}, keys: {}, raw: {} }, ['title'])).toBeUndefined();
	});
});
