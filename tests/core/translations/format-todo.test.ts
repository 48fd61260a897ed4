import { describe, expect, test } from 'vitest';
import { formatTranslationsTodo } from '../../../src/core/translations/format-todo.ts';
import type { LanguageTodo } from '../../../src/core/translations/todo.ts';

const chuaSau = { slug: 'chua-sau', code: 'DH08', title: 'Chùa Sâu', file: 'content/sites/chua-sau/zh.md' };
const todo: LanguageTodo[] = [
	{ lang: 'en', missing: [], outdated: [] },
	{
		lang: 'zh',
		missing: [chuaSau],
		outdated: [
			{ slug: 'dinh-dam-ha', code: 'DH01', title: 'Đình Đầm Hà', file: 'content/sites/dinh-dam-ha/zh.md', viUpdated: '2026-12-05', updated: '2026-11-28' },
			{ slug: 'don-den', code: 'DH04', title: 'Di tích Đồn Đen', file: 'content/sites/don-den/zh.md', viUpdated: '2026-12-05', updated: undefined },
		],
	},
];

describe('formatTranslationsTodo', () => {
	test('lists each language in English with --lang en, then the totals and how to start', () => {
		expect(formatTranslationsTodo(todo, 'en')).toMatchInlineSnapshot(`
			"Translations still to do, per language of settings.yaml.

			English (en): nothing left to do; every site has a translation of its latest Vietnamese text.

			Chinese (zh):
			  No translation yet (1):
			    DH08 Chùa Sâu → content/sites/chua-sau/zh.md
			  Vietnamese changed since the translation (2):
			    DH01 Đình Đầm Hà → content/sites/dinh-dam-ha/zh.md (vi.md: 2026-12-05, translation: 2026-11-28)
			    DH04 Di tích Đồn Đen → content/sites/don-den/zh.md (vi.md: 2026-12-05, translation: no updated date)

			In all: 1 translation missing, 2 to bring up to date.
			Start a translation with npm run new -- --translate FOLDER LANGUAGE. When it is done, write that day's date in the translation's updated field.
			"
		`);
	});

	test('says a Vietnamese-only site has nothing to translate', () => {
		expect(formatTranslationsTodo([], 'vi')).toBe('Việc dịch còn lại, theo từng ngôn ngữ trong settings.yaml.\n\nTrang chỉ có tiếng Việt (languages trong settings.yaml), nên không có gì cần dịch.\n');
	});

	test('warns that the list may be short when some vi.md did not load', () => {
		expect(formatTranslationsTodo(todo, 'vi', { incomplete: true }).trimEnd().split('\n').at(-1)).toBe('Nội dung còn lỗi, nên danh sách có thể thiếu di tích. Hãy chạy npm run check để xem.');
	});

	test('marks a translation without a date in Vietnamese', () => {
		expect(formatTranslationsTodo(todo, 'vi')).toContain('DH04 Di tích Đồn Đen → content/sites/don-den/zh.md (vi.md: 2026-12-05, bản dịch: chưa ghi ngày updated)');
	});
});
