import { describe, expect, test } from 'vitest';
import { parseFrontMatter } from '../../../src/core/content/front-matter.ts';
import { SECTION_TITLES, siteTemplate, translationTemplate, type TranslationLang } from '../../../src/core/new-site/template.ts';
import { SiteSchema, TranslationSchema } from '../../../src/core/schema/index.ts';

/** What an editor types after the colon of each empty field. */
const REQUIRED_VALUES = {
	category: 'historic',
	ranking: 'unranked',
	address: 'Thôn Tân Bình, xã Đầm Hà, tỉnh Quảng Ninh',
	lat: '21.36',
	lng: '107.61',
	summary: 'Ngôi đình làng thờ Thành hoàng.',
	src: 'cong-dinh.jpg',
	alt: 'Cổng đình nhìn từ sân.',
	credit: 'Nguyễn Văn An',
};
const REQUIRED_PATHS = ['address', 'category', 'cover.alt', 'cover.credit', 'cover.src', 'location.lat', 'location.lng', 'ranking', 'summary'];

function fill(text: string, values: Record<string, string>): string {
	return Object.entries(values).reduce((t, [key, value]) => t.replace(new RegExp(`^(\\s*)${key}:$`, 'm'), `$1${key}: ${value}`), text);
}

/** Deletes the "# " in front of every commented-out field, as the header tells the editor to. */
function uncommentExamples(text: string): string {
	return text.replace(/^(\s*)# (?=\s*(?:[A-Za-z]+:|- ))/gm, '$1');
}

function issuePaths(schema: typeof SiteSchema | typeof TranslationSchema, text: string): string[] {
	const parsed = parseFrontMatter(text);
	expect(parsed.problems).toEqual([]);
	const result = schema.safeParse(parsed.data);
	return result.success ? [] : result.error.issues.map((i) => i.path.join('.')).sort();
}

const vi = siteTemplate({ title: 'Đình Tân Bình', code: 'DH10', updated: '2026-12-01' });

describe('siteTemplate', () => {
	test('leaves exactly the required fields empty, and nothing else wrong', () => {
		expect(issuePaths(SiteSchema, vi)).toEqual(REQUIRED_PATHS);
	});

	test('passes the schema once the required fields are filled, with the code, title and date given', () => {
		const data = SiteSchema.parse(parseFrontMatter(fill(vi, REQUIRED_VALUES)).data);
		expect([data.code, data.title, data.updated]).toEqual(['DH10', 'Đình Tân Bình', '2026-12-01']);
	});

	test('holds every field of vi.md, the optional ones as comments whose examples pass the schema', () => {
		const raw = parseFrontMatter(uncommentExamples(fill(vi, REQUIRED_VALUES))).data as Record<string, unknown>;
		expect(Object.keys(raw).sort()).toEqual(Object.keys(SiteSchema.shape).sort());
		expect(SiteSchema.safeParse(raw).error?.issues).toBeUndefined();
	});

	test('says above every field whether it is required', () => {
		const lines = vi.split('\n');
		const fields = lines.flatMap((line, i) => (/^(?: {2})?(?:# )?[a-zA-Z]+:/.test(line) ? [[line, lines[i - 1] ?? ''] as const] : []));
		expect(fields.length).toBeGreaterThan(25);
		for (const [field, comment] of fields) expect([field, comment]).toEqual([field, expect.stringMatching(/^\s*# .*\((?:không )?bắt buộc/)]);
	});

	test('gives the body the four usual sections, each with a one-line hint', () => {
		const { body } = parseFrontMatter(vi);
		expect(body.match(/^## .*$/gm)).toEqual(['## Lịch sử', '## Kiến trúc', '## Lễ hội', '## Hướng dẫn tham quan']);
		expect(body.match(/^_Gợi ý: .+_$/gm)).toHaveLength(4);
	});

	test.each(['Đình: Tân Bình', '1945', 'true', '#1 Đình', 'Đình "Cũ"', "Chùa 'Mới'", '- Đình'])('keeps the title %s as typed, quoting it when needed', (title) => {
		const data = parseFrontMatter(siteTemplate({ title, code: 'DH10', updated: '2026-12-01' })).data as { title: unknown };
		expect(data.title).toBe(title);
	});

	test('writes a plain title without quotes', () => {
		expect(vi).toContain('\ntitle: Đình Tân Bình\n');
	});

	test('without a code to follow, leaves the code empty and says how to choose one', () => {
		const text = siteTemplate({ title: 'Đình Tân Bình', code: undefined, updated: '2026-12-01' });
		expect(text).toContain('Hãy đặt một mã chưa dùng, ví dụ DH01.');
		expect(issuePaths(SiteSchema, text)).toEqual(['code', ...REQUIRED_PATHS].sort());
	});
});

describe('translationTemplate', () => {
	const langs: TranslationLang[] = ['en', 'zh', 'ko'];

	test.each(langs)('a %s translation leaves the title and summary to fill, and passes once they are', (lang) => {
		const text = translationTemplate({ lang, updated: '2026-12-01' });
		expect(issuePaths(TranslationSchema, text)).toEqual(['summary', 'title']);
		const data = TranslationSchema.parse(parseFrontMatter(fill(text, { title: 'Tân Bình', summary: 'A village hall.' })).data);
		expect(data.updated).toBe('2026-12-01');
	});

	test.each(langs)('a %s translation holds every field, the optional ones as comments whose examples pass', (lang) => {
		const raw = parseFrontMatter(uncommentExamples(fill(translationTemplate({ lang, updated: '2026-12-01' }), { title: 'T', summary: 'S' }))).data as Record<string, unknown>;
		expect(Object.keys(raw).sort()).toEqual(Object.keys(TranslationSchema.shape).sort());
		expect(TranslationSchema.safeParse(raw).error?.issues).toBeUndefined();
	});

	test.each(langs)('a %s translation has the four sections in its language, with Vietnamese hints', (lang) => {
		const { body } = parseFrontMatter(translationTemplate({ lang, updated: '2026-12-01' }));
		expect(body.match(/^## (.*)$/gm)).toEqual(SECTION_TITLES[lang].map((title) => `## ${title}`));
		expect(body).toContain('_Gợi ý: dịch mục "Lịch sử" của vi.md. Không có mục này thì xóa đi._');
	});

	test('names the sections in English, Chinese and Korean', () => {
		expect([SECTION_TITLES.en, SECTION_TITLES.zh, SECTION_TITLES.ko]).toEqual([
			['History', 'Architecture', 'Festivals', 'Visiting'],
			['历史', '建筑', '节庆', '参观指南'],
			['역사', '건축', '축제', '관람 안내'],
		]);
	});

	test('shows the Vietnamese title and summary to translate, on one line each', () => {
		const text = translationTemplate({ lang: 'en', updated: '2026-12-01', vi: { title: 'Đình Đầm Hà', summary: 'Ngôi đình\nven biển.' } });
		expect(text).toContain('# Tên di tích bằng tiếng Anh (bắt buộc). Tên tiếng Việt: Đình Đầm Hà\ntitle:\n');
		expect(text).toContain('# Tóm tắt bằng tiếng Anh (bắt buộc), tối đa 200 ký tự. Tóm tắt tiếng Việt: Ngôi đình ven biển.\nsummary:\n');
	});
});
