import { describe, expect, test } from 'vitest';
import { parseFrontMatter } from '../../../src/core/content/front-matter.ts';
import { problemText } from '../../../src/core/problems/format.ts';
import { zodIssuesToProblems } from '../../../src/core/problems/from-zod.ts';
import { sortProblems } from '../../../src/core/problems/problem.ts';
import { isAudioFileName, SiteSchema, TranslationSchema } from '../../../src/core/schema/index.ts';
import { BASE_SITE, toFrontMatter } from '../checks/site-entry.ts';

const FILE = 'content/sites/dinh-dam-ha/vi.md';

/** The problems the loader would report for vi.md with `extra` lines appended to the front matter. */
function problemsWith(extra: string, schema: typeof SiteSchema | typeof TranslationSchema = SiteSchema) {
	const base = schema === SiteSchema ? toFrontMatter(BASE_SITE as Record<string, unknown>) : toFrontMatter({ title: 'Dam Ha Communal House', summary: 'An old communal house.' });
	const text = `${base.replace(/\n---$/, '')}\n${extra}\n---\n`;
	const parsed = parseFrontMatter(text);
	expect(parsed.problems).toEqual([]);
	const result = schema.safeParse(parsed.data);
	return result.success ? [] : sortProblems(zodIssuesToProblems(result.error.issues, schema, parsed.positions, FILE)).map((p) => ({ code: p.code, field: p.field, line: p.line, params: p.params, vi: problemText(p, 'vi').message }));
}

describe('SiteSchema visiting, sources and audio', () => {
	test('accepts the optional groups when they are well formed', () => {
		const extra = ['audio: thuyet-minh.MP3', 'visiting:', '  hours: Hằng ngày, 7:00–17:00', '  fee: Miễn phí.', 'sources:', '  - title: Báo Quảng Ninh', '    url: https://baoquangninh.vn/', '  - title: Sách Lịch sử Đảng bộ huyện Đầm Hà'].join('\n');
		expect(problemsWith(extra)).toEqual([]);
	});

	test('a wav narration is named as an audio format phones cannot play', () => {
		expect(problemsWith('audio: thuyet-minh.wav')).toEqual([
			{ code: 'audio-format', field: 'audio', line: 16, params: { value: 'thuyet-minh.wav', formats: ['mp3', 'm4a', 'ogg'] }, vi: 'Tệp thuyết minh thuyet-minh.wav không phải tệp âm thanh mà điện thoại mở được. Chỉ dùng tệp .mp3, .m4a, .ogg.' },
		]);
	});

	test('a misspelt visiting field gets a suggestion, and an empty one is called empty', () => {
		expect(problemsWith('visiting:\n  hour: 7:00–17:00\n  fee: ""')).toEqual([
			{ code: 'unknown-field', field: 'visiting.hour', line: 17, params: { key: 'hour', suggestion: 'hours' }, vi: 'Không có trường nào tên "hour".' },
			{ code: 'text-empty', field: 'visiting.fee', line: 18, params: {}, vi: 'Trường này đang để trống.' },
		]);
	});

	test('a source needs a title, and its url must be a web address', () => {
		expect(problemsWith('sources:\n  - url: https://baoquangninh.vn/\n  - title: Báo Mới\n    url: ftp://baomoi.com/x')).toEqual([
			{ code: 'required-field-missing', field: 'sources.0.title', line: 17, params: { key: 'title' }, vi: 'Thiếu trường "title". Trường này là bắt buộc.' },
			{ code: 'invalid-url', field: 'sources.1.url', line: 19, params: { value: 'ftp://baomoi.com/x' }, vi: 'Địa chỉ "ftp://baomoi.com/x" không phải một địa chỉ web đầy đủ: địa chỉ phải bắt đầu bằng https:// (hoặc http://).' },
		]);
	});

	test('a translation takes its own narration and visiting words, but not the facts', () => {
		expect(problemsWith('audio: narration.m4a\nvisiting:\n  dress: Modest clothes.', TranslationSchema)).toEqual([]);
		expect(problemsWith('sources:\n  - title: x', TranslationSchema).map((p) => [p.code, p.field])).toEqual([['unknown-field', 'sources']]);
	});
});

describe('isAudioFileName', () => {
	test.each([
		['thuyet-minh.mp3', true],
		['Narration.M4A', true],
		['a.ogg', true],
		['a.wav', false],
		['mp3', false],
		['a.mp3.txt', false],
	])('%s → %s', (name, expected) => {
		expect(isAudioFileName(name)).toBe(expected);
	});
});
