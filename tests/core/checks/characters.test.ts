import { describe, expect, test } from 'vitest';
import { checkCharacters } from '../../../src/core/checks/characters.ts';
import { parseFrontMatter } from '../../../src/core/content/front-matter.ts';
import { lineOf, siteEntry } from './site-entry.ts';

const VI = 'content/sites/dinh-dam-ha/vi.md';

describe('checkCharacters', () => {
	test('says nothing about a clean site with translations', () => {
		expect(checkCharacters({ sites: [siteEntry({ translations: { en: {}, zh: { data: { title: '潭河亭', summary: '一座古老的亭。' } } } })] })).toEqual([]);
	});

	test('a TCVN3 title is an error at the title, naming the words', () => {
		const site = siteEntry({ data: { title: '§×nh §Çm Hµ' } });
		expect(checkCharacters({ sites: [site] })).toEqual([{ code: 'legacy-encoding', severity: 'error', file: VI, field: 'title', ...lineOf(site, 'title'), params: { encoding: 'tcvn3', sample: '§×nh §Çm Hµ' } }]);
	});

	test('a body pasted from a VNI document is one error, at its first such line', () => {
		const site = siteEntry({ body: 'Đình Đầm Hà là di tích.\n\nÑình thôø Thaønh hoaøng.\n\nNgoâi ñình coå.\n' });
		expect(checkCharacters({ sites: [site] })).toEqual([{ code: 'legacy-encoding', severity: 'error', file: VI, line: site.bodyLine + 2, params: { encoding: 'vni', sample: 'Ñình thôø Thaønh' } }]);
	});

	test('old encodings are looked for in vi.md only: a translation is not Vietnamese', () => {
		const site = siteEntry({ translations: { en: { data: { title: 'Chïa S©u Pagoda' } } } });
		expect(checkCharacters({ sites: [site] }).map((p) => p.code)).toEqual([]);
	});

	test('a right-to-left override is an error naming the field; a mark in the text a warning at its column', () => {
		const site = siteEntry({ data: { title: 'Đình \u202EĐầm Hà' }, body: 'Đình Đầm Hà\u200F.\n' });
		expect(checkCharacters({ sites: [site] })).toEqual([
			{ code: 'bidi-control', severity: 'error', file: VI, field: 'title', ...lineOf(site, 'title'), params: { codePoint: 'U+202E', kind: 'reordering' } },
			{ code: 'bidi-control', severity: 'warning', file: VI, line: site.bodyLine, column: 12, params: { codePoint: 'U+200F', kind: 'mark' } },
		]);
	});

	test('reports one control of each kind per text, however many there are', () => {
		const site = siteEntry({ translations: { en: { data: { summary: '\u202Ea\u202Eb\u200Fc\u200F' } } } });
		expect(checkCharacters({ sites: [site] }).map((p) => [p.file, p.field, p.severity])).toEqual([
			['content/sites/dinh-dam-ha/en.md', 'summary', 'error'],
			['content/sites/dinh-dam-ha/en.md', 'summary', 'warning'],
		]);
	});

	test('a look-alike letter of another alphabet is a warning naming the word, in fields and text', () => {
		const site = siteEntry({ data: { address: 'Thôn Đình, xã Đầm H\u0430' }, body: 'Đền C\u03BFn.\n' });
		expect(checkCharacters({ sites: [site] })).toEqual([
			{ code: 'mixed-script', severity: 'warning', file: VI, field: 'address', ...lineOf(site, 'address'), params: { word: 'H\u0430', letter: '\u0430', codePoint: 'U+0430', script: 'cyrillic' } },
			{ code: 'mixed-script', severity: 'warning', file: VI, line: site.bodyLine, column: 5, params: { word: 'C\u03BFn', letter: '\u03BF', codePoint: 'U+03BF', script: 'greek' } },
		]);
	});

	test('reads the vi.md files that did not load too', () => {
		const parsed = parseFrontMatter('---\ntitle: §×nh MÉu\ncategory: nope\n---\nText.\n');
		const unloaded = [{ file: VI, raw: parsed.data, positions: parsed.positions, body: parsed.body, bodyLine: parsed.bodyLine, photos: {} }];
		expect(checkCharacters({ sites: [], unloaded }).map((p) => [p.code, p.line, p.field])).toEqual([['legacy-encoding', 2, 'title']]);
	});

	test('leaves the plaque code to its own message (invisible-character), so a control there is told once', () => {
		const parsed = parseFrontMatter('---\ncode: TE\u202E02\n---\nText.\n');
		const unloaded = [{ file: VI, raw: parsed.data, positions: parsed.positions, body: parsed.body, bodyLine: parsed.bodyLine, photos: {} }];
		expect(checkCharacters({ sites: [], unloaded })).toEqual([]);
	});
});
