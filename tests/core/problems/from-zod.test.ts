import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseFrontMatter, parseYaml } from '../../../src/core/content/front-matter.ts';
import { zodIssuesToProblems } from '../../../src/core/problems/from-zod.ts';
import type { Problem } from '../../../src/core/problems/problem.ts';
import { CATEGORIES, RANKINGS, SettingsSchema, SiteSchema, TranslationSchema } from '../../../src/core/schema/index.ts';
import { PROJECT_ROOT } from '../../helpers/trail-copy.ts';

const fixture = (name: string) => readFileSync(path.join(PROJECT_ROOT, 'tests/fixtures/front-matter', name), 'utf8');
/** vi.md with code on line 2, title 3, category 4, ranking 5, address 6, location 7–9, summary 10, cover 11–14, photos 15–20, trail 21, updated 22. */
const SITE = fixture('site.md');
const TRANSLATION = fixture('translation.md');
/** settings.yaml with a comment on line 1, name 2–4, owner 5, contact 6–7, baseUrl 8, languages 9, plaque 10–12. */
const SETTINGS = fixture('settings.yaml');

const VI_FILE = 'content/sites/dinh-dam-ha/vi.md';
const SETTINGS_FILE = 'content/settings.yaml';

function edited(text: string, from: string | RegExp, to: string): string {
	const next = text.replace(from, to);
	if (next === text) throw new Error(`The fixture has no ${String(from)}`);
	return next;
}

/** The problems `loadTrail` would report for this vi.md or translation text. */
function markdownProblems(text: string, schema: typeof SiteSchema | typeof TranslationSchema = SiteSchema, file = VI_FILE): Problem[] {
	const parsed = parseFrontMatter(text);
	expect(parsed.problems).toEqual([]);
	const result = schema.safeParse(parsed.data);
	return result.success ? [] : zodIssuesToProblems(result.error.issues, schema, parsed.positions, file);
}

function settingsProblems(text: string): Problem[] {
	const parsed = parseYaml(text);
	expect(parsed.problems).toEqual([]);
	const result = SettingsSchema.safeParse(parsed.data);
	return result.success ? [] : zodIssuesToProblems(result.error.issues, SettingsSchema, parsed.positions, SETTINGS_FILE);
}

/** 231 characters of Vietnamese: more bytes than characters, so a byte count would say 300-odd. */
const SUMMARY_231 = ('Ngôi đình cổ thờ Thành hoàng làng, dựng lại năm 1900. '.repeat(5) + 'Đình'.repeat(30)).slice(0, 231);

describe('zodIssuesToProblems', () => {
	test('the fixtures are valid, so every row below has exactly the one mistake it makes', () => {
		expect(markdownProblems(SITE)).toEqual([]);
		expect(markdownProblems(TRANSLATION, TranslationSchema)).toEqual([]);
		expect(settingsProblems(SETTINGS)).toEqual([]);
		expect([...SUMMARY_231].length).toBe(231);
		expect(Buffer.byteLength(SUMMARY_231)).toBeGreaterThan(231);
		expect(SUMMARY_231.trim()).toBe(SUMMARY_231);
	});

	test.each<[string, string | RegExp, string, Omit<Problem, 'file' | 'severity'>]>([
		['a required field that is missing points at the start of the block', /address: .*\n/, '', { code: 'required-field-missing', field: 'address', line: 2, column: 1, params: { key: 'address' } }],
		['a required field missing from a group points at the group', '  lat: 21.352\n', '', { code: 'required-field-missing', field: 'location.lat', line: 7, column: 1, params: { key: 'lat' } }],
		['a whole required group missing points at the start of the block', /cover:\n(  .*\n)+/, '', { code: 'required-field-missing', field: 'cover', line: 2, column: 1, params: { key: 'cover' } }],
		['an unknown field gets the closest name (tittle → title)', 'title:', 'tittle:', { code: 'unknown-field', field: 'tittle', line: 3, column: 1, params: { key: 'tittle', suggestion: 'title' } }],
		['an unknown field in another case gets the real name (Title → title)', 'title:', 'Title:', { code: 'unknown-field', field: 'Title', line: 3, column: 1, params: { key: 'Title', suggestion: 'title' } }],
		['an unknown field inside a group is named by its dotted path (location.lat2)', '  lng: 107.599', '  lng: 107.599\n  lat2: 21', { code: 'unknown-field', field: 'location.lat2', line: 10, column: 3, params: { key: 'lat2', suggestion: 'lat' } }],
		['an unknown field far from every name gets no suggestion', 'trail: 1', 'trail: 1\nghiChu: xem sau', { code: 'unknown-field', field: 'ghiChu', line: 22, column: 1, params: { key: 'ghiChu' } }],
		['text where a number belongs quotes the value as written', 'lat: 21.352', 'lat: "21.35"', { code: 'wrong-type', field: 'location.lat', line: 8, column: 8, params: { value: '"21.35"', expected: 'number' } }],
		['a number with a decimal comma gets the number with a dot (issue #8)', 'lat: 21.352', 'lat: "21,35"', { code: 'decimal-comma', field: 'location.lat', line: 8, column: 8, params: { key: 'lat', value: '"21,35"', fixed: '21.35' } }],
		['a decimal where a whole number belongs', 'trail: 1', 'trail: 1.5', { code: 'wrong-type', field: 'trail', line: 21, column: 8, params: { value: '1.5', expected: 'whole-number' } }],
		['a number where text belongs', /title: .*/, 'title: 1945', { code: 'wrong-type', field: 'title', line: 3, column: 8, params: { value: '1945', expected: 'text' } }],
		['a word where true or false belongs', 'trail: 1', 'trail: 1\nredAddress: có', { code: 'wrong-type', field: 'redAddress', line: 22, column: 13, params: { value: 'có', expected: 'yes-no' } }],
		['a single value where a list belongs', /photos:\n(  .*\n)+/, 'photos: san-dinh.jpg\n', { code: 'wrong-type', field: 'photos', line: 15, column: 9, params: { value: 'san-dinh.jpg', expected: 'list' } }],
		['a single value where a group belongs', /location:\n.*\n.*\n/, 'location: 21.352, 107.599\n', { code: 'wrong-type', field: 'location', line: 7, column: 11, params: { value: '21.352, 107.599', expected: 'group' } }],
		['zero where a position from 1 belongs', 'trail: 1', 'trail: 0', { code: 'number-out-of-range', field: 'trail', line: 21, column: 8, params: { value: '0', min: 1 } }],
		['an invalid choice gets the closest one (histroic → historic)', 'category: historic', 'category: histroic', { code: 'invalid-choice', field: 'category', line: 4, column: 11, params: { value: 'histroic', choices: [...CATEGORIES], suggestion: 'historic' } }],
		['an invalid choice far from every choice gets the list only', 'ranking: provincial', 'ranking: cấp tỉnh', { code: 'invalid-choice', field: 'ranking', line: 5, column: 10, params: { value: 'cấp tỉnh', choices: [...RANKINGS] } }],
		['a code with a space and lower case gets the computed code (dh 01 → DH01)', 'code: DH01', 'code: dh 01', { code: 'invalid-code', field: 'code', line: 2, column: 7, params: { value: 'dh 01', fixed: 'DH01' } }],
		['a code with a hyphen gets it removed (DH-001 → DH001)', 'code: DH01', 'code: DH-001', { code: 'invalid-code', field: 'code', line: 2, column: 7, params: { value: 'DH-001', fixed: 'DH001' } }],
		['a code in small letters says capitals are needed, with the code in capitals (issue #8)', 'code: DH01', 'code: dh01', { code: 'code-lower-case', field: 'code', line: 2, column: 7, params: { value: 'dh01', fixed: 'DH01' } }],
		['a code with a zero-width space points at it, with the code typed clean (issue #8)', 'code: DH01', 'code: DH\u200B01', { code: 'invisible-character', field: 'code', line: 2, column: 9, params: { value: 'DH\u200B01', codePoint: 'U+200B', after: 'DH', fixed: 'DH01' } }],
		['a quoted code with an invisible character first (issue #8)', 'code: DH01', 'code: "\uFEFFdh01"', { code: 'invisible-character', field: 'code', line: 2, column: 8, params: { value: '"\uFEFFdh01"', codePoint: 'U+FEFF', after: '', fixed: 'DH01' } }],
		['a code too long to fix gets no computed code', 'code: DH01', 'code: DAMHA-DINH-01', { code: 'invalid-code', field: 'code', line: 2, column: 7, params: { value: 'DAMHA-DINH-01' } }],
		['a date with a month 13', 'updated: 2025-07-01', 'updated: 2025-13-01', { code: 'invalid-date', field: 'updated', line: 22, column: 10, params: { value: '2025-13-01' } }],
		['a date written day/month/year', 'updated: 2025-07-01', 'updated: 01/07/2025', { code: 'invalid-date', field: 'updated', line: 22, column: 10, params: { value: '01/07/2025' } }],
		['a summary of 231 characters (counted in characters, not bytes)', /summary: .*/, `summary: ${SUMMARY_231}`, { code: 'summary-too-long', field: 'summary', line: 10, column: 10, params: { length: 231, max: 200 } }],
		['a title over 160 characters', /title: .*/, `title: ${'Đình'.repeat(41)}`, { code: 'text-too-long', field: 'title', line: 3, column: 8, params: { length: 164, max: 160 } }],
		['a field left empty', /summary: .*/, 'summary:', { code: 'text-empty', field: 'summary', line: 10, column: 9, params: {} }],
		['a field holding only quotes', /summary: .*/, 'summary: ""', { code: 'text-empty', field: 'summary', line: 10, column: 10, params: {} }],
		['a field holding only spaces', /summary: .*/, 'summary: "   "', { code: 'text-empty', field: 'summary', line: 10, column: 10, params: {} }],
		['a photo credit left empty', /  credit: .*\n/, '  credit: ""\n', { code: 'text-empty', field: 'cover.credit', line: 14, column: 11, params: {} }],
	])('vi.md: %s', (_name, from, to, expected) => {
		expect(markdownProblems(edited(SITE, from, to))).toEqual([{ severity: 'error', file: VI_FILE, ...expected }]);
	});

	test('a typo in a field name is one problem: the missing title it causes is not reported again', () => {
		const problems = markdownProblems(edited(SITE, 'title:', 'tittle:'));
		expect(problems.map((p) => p.code)).toEqual(['unknown-field']);
	});

	test('an unknown field with no suggestion leaves the missing field to be reported too', () => {
		const problems = markdownProblems(edited(SITE, 'title:', 'ten:'));
		expect(problems.map((p) => [p.code, p.field])).toEqual(
			expect.arrayContaining([
				['unknown-field', 'ten'],
				['required-field-missing', 'title'],
			]),
		);
		expect(problems).toHaveLength(2);
	});

	test('reports every broken field of a file, each once', () => {
		const text = edited(edited(edited(SITE, 'category: historic', 'category: histroic'), 'trail: 1', 'trail: 1.5'), 'lat: 21.352', 'lat: "21.35"');
		expect(markdownProblems(text).map((p) => [p.field, p.code, p.line])).toEqual(
			expect.arrayContaining([
				['category', 'invalid-choice', 4],
				['location.lat', 'wrong-type', 8],
				['trail', 'wrong-type', 21],
			]),
		);
		expect(markdownProblems(text)).toHaveLength(3);
	});

	test('a code typed with Vietnamese letters gets a computed code without the accents (đình → DINH)', () => {
		// Dropping every non-ASCII letter would suggest "NH", a code nobody meant.
		const [problem] = markdownProblems(edited(SITE, 'code: DH01', 'code: "đình"'));
		expect(problem).toMatchObject({ code: 'invalid-code', params: { value: '"đình"', fixed: 'DINH' } });
	});

	test('a long summary written over several lines is measured by its text, not by the lines as typed', () => {
		// A folded block (`>-`) is how editors keep a long line readable; the indent and the `>-` are not part of the summary.
		const text = edited(SITE, /summary: .*/, `summary: >-\n  ${SUMMARY_231.slice(0, 120)}\n  ${SUMMARY_231.slice(120)}`);
		const summary = (parseFrontMatter(text).data as { summary: string }).summary;
		expect(markdownProblems(text)).toEqual([
			{ code: 'summary-too-long', severity: 'error', file: VI_FILE, field: 'summary', line: 10, column: 10, params: { length: [...summary].length, max: 200 } },
		]);
	});

	test('a list item missing a required field points at that item', () => {
		const [problem] = markdownProblems(edited(SITE, '  - src: mai-dinh.jpg\n    credit', '  - credit'));
		expect(problem).toMatchObject({ code: 'required-field-missing', field: 'photos.1.src', line: 19, column: 5, params: { key: 'src' } });
	});

	test('translations accept only their own fields: a fact copied from vi.md is unknown', () => {
		const file = 'content/sites/dinh-dam-ha/en.md';
		expect(markdownProblems(edited(TRANSLATION, 'updated:', 'code: DH01\nupdated:'), TranslationSchema, file)).toEqual([
			{ code: 'unknown-field', severity: 'error', file, field: 'code', line: 4, column: 1, params: { key: 'code' } },
		]);
	});

	test.each<[string, string | RegExp, string, Omit<Problem, 'file' | 'severity'>]>([
		['a site address without https://', 'baseUrl: https://trail.example.vn', 'baseUrl: trail.example.vn', { code: 'invalid-url', field: 'baseUrl', line: 8, column: 10, params: { value: 'trail.example.vn' } }],
		['a site address with a query', 'baseUrl: https://trail.example.vn', 'baseUrl: https://trail.example.vn/?p=1', { code: 'invalid-url', field: 'baseUrl', line: 8, column: 10, params: { value: 'https://trail.example.vn/?p=1' } }],
		['a site address with another scheme', 'baseUrl: https://trail.example.vn', 'baseUrl: ftp://trail.example.vn', { code: 'invalid-url', field: 'baseUrl', line: 8, column: 10, params: { value: 'ftp://trail.example.vn' } }],
		['languages that do not start with vi', 'languages: [vi, en]', 'languages: [en, vi]', { code: 'languages-vi-first', field: 'languages', line: 9, column: 12, params: {} }],
		['a language listed twice', 'languages: [vi, en]', 'languages: [vi, en, en]', { code: 'languages-repeated', field: 'languages', line: 9, column: 12, params: {} }],
		['a language that is not offered', 'languages: [vi, en]', 'languages: [vi, fr]', { code: 'invalid-choice', field: 'languages.1', line: 9, column: 17, params: { value: 'fr', choices: ['vi', 'en', 'zh', 'ko'] } }],
		['an empty list of languages (one problem, not also "vi first")', 'languages: [vi, en]', 'languages: []', { code: 'list-too-short', field: 'languages', line: 9, column: 12, params: { min: 1 } }],
		['an email address without @', 'email: doan@trail.example.vn', 'email: doan-trail.example.vn', { code: 'invalid-email', field: 'contact.email', line: 7, column: 10, params: { value: 'doan-trail.example.vn' } }],
		['a bleed over 10 mm', 'bleedMm: 3', 'bleedMm: 12', { code: 'number-out-of-range', field: 'plaque.bleedMm', line: 12, column: 12, params: { value: '12', max: 10 } }],
		['a missing Vietnamese site name points at the name group', /  vi: .*\n/, '', { code: 'required-field-missing', field: 'name.vi', line: 2, column: 1, params: { key: 'vi' } }],
	])('settings.yaml: %s', (_name, from, to, expected) => {
		expect(settingsProblems(edited(SETTINGS, from, to))).toEqual([{ severity: 'error', file: SETTINGS_FILE, ...expected }]);
	});
});
