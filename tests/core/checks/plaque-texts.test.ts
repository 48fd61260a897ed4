import { describe, expect, test } from 'vitest';
import { checkPlaqueTexts } from '../../../src/core/checks/plaque-texts.ts';
import { makeSitePlaque } from '../../../src/core/plaque/from-site.ts';
import { loadPlaqueFonts, type PlaqueFonts } from '../../../src/core/plaque/fonts.ts';
import { PLAQUE_SIZES, sizeToText } from '../../../src/core/plaque/sizes.ts';
import { PLAQUE_SIZE_IDS, type PlaqueSizeId } from '../../../src/core/schema/settings.ts';
import { settings, siteEntry } from './site-entry.ts';

/**
 * Fonts without font files: `missingGlyphs` reports the characters listed in `missing`, and
 * `measure` makes any text holding one of the `wide` words far too wide for any plaque.
 */
function fakeFonts({ missing = [], wide = [] }: { missing?: string[]; wide?: string[] } = {}): PlaqueFonts {
	return {
		files: { regular: { path: 'fake-regular.ttf', bytes: new Uint8Array() }, bold: { path: 'fake-bold.ttf', bytes: new Uint8Array() }, cjk: { path: 'fake-cjk.ttf', bytes: new Uint8Array() } },
		faces: loadPlaqueFonts().faces,
		measure: (text, _font, sizePt) => (wide.some((word) => text.includes(word)) ? 1000 : text.length * 0.5 * (sizePt / 10)),
		missingGlyphs: (text) => [...new Set(text.normalize('NFC'))].filter((char) => missing.includes(char)),
		outline: () => '',
	};
}

const FILE = 'content/sites/dinh-dam-ha/vi.md';
const TITLE_AT = { field: 'title', line: 3, column: 8 };

describe('checkPlaqueTexts', () => {
	test('says nothing when every text can be drawn and fits', () => {
		expect(checkPlaqueTexts({ sites: [siteEntry()], settings: settings(), fonts: fakeFonts() })).toEqual([]);
	});

	test('reports a title character the font cannot draw, with its code point', () => {
		const site = siteEntry({ data: { title: 'Đình ✿ Đầm Hà' } });
		expect(checkPlaqueTexts({ sites: [site], settings: settings(), fonts: fakeFonts({ missing: ['✿'] }) })).toEqual([
			{ code: 'glyph-missing', severity: 'error', file: FILE, ...TITLE_AT, params: { text: 'Đình ✿ Đầm Hà', chars: '"✿" (U+273F)' } },
		]);
	});

	test('lists each missing character once, in order of first use', () => {
		const site = siteEntry({ data: { title: 'Đình ✿ Đầm ❀ Hà ✿' } });
		const [problem] = checkPlaqueTexts({ sites: [site], settings: settings(), fonts: fakeFonts({ missing: ['✿', '❀'] }) });
		expect(problem?.params).toEqual({ text: 'Đình ✿ Đầm ❀ Hà ✿', chars: '"✿" (U+273F), "❀" (U+2740)' });
	});

	test('reports an English title on the plaque in en.md, at its line', () => {
		const site = siteEntry({ translations: { en: { data: { title: 'Dam Ha ✿ House' } } } });
		expect(checkPlaqueTexts({ sites: [site], settings: settings(), fonts: fakeFonts({ missing: ['✿'] }) })).toEqual([
			{ code: 'glyph-missing', severity: 'error', file: 'content/sites/dinh-dam-ha/en.md', field: 'title', line: 2, column: 8, params: { text: 'Dam Ha ✿ House', chars: '"✿" (U+273F)' } },
		]);
	});

	test('does not check an English title the plaque does not print (English not offered)', () => {
		const site = siteEntry({ translations: { en: { data: { title: 'Dam Ha ✿ House' } } } });
		expect(checkPlaqueTexts({ sites: [site], settings: settings({ languages: ['vi'] }), fonts: fakeFonts({ missing: ['✿'] }) })).toEqual([]);
	});

	test('reports a bad character in the owner once, in settings.yaml, however many plaques print it', () => {
		const sites = [siteEntry({ slug: 'a', data: { code: 'DH01' } }), siteEntry({ slug: 'b', data: { code: 'DH02' } })];
		const problems = checkPlaqueTexts({ sites, settings: settings({ owner: 'Đoàn ✿ Thanh niên' }), fonts: fakeFonts({ missing: ['✿'] }), settingsFile: 'content/settings.yaml' });
		expect(problems).toEqual([{ code: 'glyph-missing', severity: 'error', file: 'content/settings.yaml', field: 'owner', params: { text: 'Đoàn ✿ Thanh niên', chars: '"✿" (U+273F)' } }]);
	});

	test('reports a title too long for the plaque even at its smallest size', () => {
		const site = siteEntry({ data: { title: 'Đình DÀI Đầm Hà' } });
		const problems = checkPlaqueTexts({ sites: [site], settings: settings(), fonts: fakeFonts({ wide: ['DÀI'] }) });
		expect(problems).toEqual([{ code: 'plaque-text-overflow', severity: 'error', file: FILE, ...TITLE_AT, params: { code: 'DH01', text: expect.stringContaining('DÀI'), byMm: expect.any(Number), size: 'a5 (148 × 210 mm)' } }]);
		const [problem] = problems;
		expect(problem?.code === 'plaque-text-overflow' && problem.params.byMm).toBeGreaterThan(0);
	});

	test('reports an owner too long for the plaque once, at the owner in settings.yaml, not at a site title', () => {
		const sites = [siteEntry({ slug: 'a', data: { code: 'DH01' } }), siteEntry({ slug: 'b', data: { code: 'DH02' } })];
		const problems = checkPlaqueTexts({ sites, settings: settings({ owner: 'Đoàn Thanh niên DÀI' }), fonts: fakeFonts({ wide: ['DÀI'] }), settingsFile: 'content/settings.yaml' });
		expect(problems.map((p) => [p.code, p.file, p.field])).toEqual([['plaque-text-overflow', 'content/settings.yaml', 'owner']]);
	});

	test('does not measure a text that cannot be drawn: one problem, not two', () => {
		const site = siteEntry({ data: { title: 'Đình DÀI ✿' } });
		const problems = checkPlaqueTexts({ sites: [site], settings: settings(), fonts: fakeFonts({ missing: ['✿'], wide: ['DÀI'] }) });
		expect(problems.map((p) => p.code)).toEqual(['glyph-missing']);
	});

	test('is skipped without fonts or without settings', () => {
		const site = siteEntry({ data: { title: 'Đình ✿' } });
		expect(checkPlaqueTexts({ sites: [site], settings: settings() })).toEqual([]);
		expect(checkPlaqueTexts({ sites: [site], fonts: fakeFonts({ missing: ['✿'] }) })).toEqual([]);
	});

	describe('with the real plaque fonts', () => {
		const fonts = loadPlaqueFonts();

		test('a Chinese character in a Vietnamese title is reported', () => {
			const site = siteEntry({ data: { title: 'Đình 漢 Đầm Hà' } });
			expect(checkPlaqueTexts({ sites: [site], settings: settings(), fonts })).toEqual([
				{ code: 'glyph-missing', severity: 'error', file: FILE, ...TITLE_AT, params: { text: 'Đình 漢 Đầm Hà', chars: '"漢" (U+6F22)' } },
			]);
		});

		test('every Vietnamese letter, stacked marks included, can be drawn', () => {
			const site = siteEntry({ data: { title: 'Ầ Ẫ Ỗ Ự Ặ Ễ ỹ đ Đ ơ ư' } });
			expect(checkPlaqueTexts({ sites: [site], settings: settings(), fonts })).toEqual([]);
		});

		const LONGEST = 'Khu di tích lịch sử Đền thờ Đức Ông Trần Khánh Dư và các danh tướng thời Trần';
		const longest = (size: PlaqueSizeId) =>
			siteEntry({
				data: { title: LONGEST, plaque: { size } },
				translations: { en: { data: { title: 'Historic site of the Temple of Duke Tran Khanh Du and the generals of the Tran dynasty' } }, zh: { data: { title: '陈庆余公及陈朝诸名将祠历史遗迹区' } } },
			});

		test.each(PLAQUE_SIZE_IDS)('the longest sample title, with English and Chinese, fits on %s or is reported with plaque and size', (size) => {
			const site = longest(size);
			const problems = checkPlaqueTexts({ sites: [site], settings: settings({ languages: ['vi', 'en', 'zh'] }), fonts });
			const { layout } = makeSitePlaque(site, settings({ languages: ['vi', 'en', 'zh'] }), fonts.measure);
			expect(layout.items.filter((i) => i.kind === 'text').map((i) => i.font)).toContain('cjk');
			expect(problems).toHaveLength(layout.overflow.length);
			for (const problem of problems) expect(problem).toMatchObject({ code: 'plaque-text-overflow', params: { code: 'DH01', size: sizeToText(PLAQUE_SIZES[size]) } });
		});

		test('the longest sample title, with English and Chinese, fits on every size today', () => {
			const sizes = PLAQUE_SIZE_IDS.filter((size) => checkPlaqueTexts({ sites: [longest(size)], settings: settings({ languages: ['vi', 'en', 'zh'] }), fonts }).length > 0);
			expect(sizes).toEqual([]);
		});

		test('a Chinese title is checked against the Chinese font, not Be Vietnam Pro', () => {
			const site = siteEntry({ translations: { zh: { data: { title: '潭河亭' } } } });
			expect(checkPlaqueTexts({ sites: [site], settings: settings({ languages: ['vi', 'en', 'zh'] }), fonts })).toEqual([]);
		});

		test('a title of 160 characters without spaces does not fit', () => {
			const site = siteEntry({ data: { title: 'Đ'.repeat(160) } });
			expect(checkPlaqueTexts({ sites: [site], settings: settings(), fonts }).map((p) => p.code)).toEqual(['plaque-text-overflow']);
		});
	});
});
