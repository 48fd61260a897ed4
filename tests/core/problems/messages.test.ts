import { describe, expect, test } from 'vitest';
import { problemText, type ReportLang } from '../../../src/core/problems/format.ts';
import type { ValueKind } from '../../../src/core/problems/problem.ts';
import { enWords } from '../../../src/core/problems/messages/en.ts';
import { viWords } from '../../../src/core/problems/messages/vi.ts';
import { ALL_CODES, BARE_PARAMS, SAMPLE_PARAMS, sampleProblem } from './samples.ts';

const LANGS: ReportLang[] = ['vi', 'en'];
const KINDS: ValueKind[] = ['text', 'number', 'whole-number', 'yes-no', 'list', 'group', 'date'];

/** Every text an editor can read from the catalogues: each code with full and with bare parameters, in both languages. */
const texts: Array<[string, string]> = ALL_CODES.flatMap((code) =>
	LANGS.flatMap((lang) =>
		[SAMPLE_PARAMS, BARE_PARAMS].flatMap((params) => {
			const { message, fix } = problemText(sampleProblem(code, params[code]), lang);
			return [[`${code} ${lang} message`, message] as [string, string], ...(fix ? [[`${code} ${lang} fix`, fix] as [string, string]] : [])];
		}),
	),
);
const kindTexts: Array<[string, string]> = LANGS.flatMap((lang) =>
	KINDS.flatMap((expected) => {
		const { message, fix } = problemText(sampleProblem('wrong-type', { value: '"x"', expected }), lang);
		return [[`wrong-type ${expected} ${lang} message`, message] as [string, string], [`wrong-type ${expected} ${lang} fix`, fix ?? ''] as [string, string]];
	}),
);
const words: Array<[string, string]> = (
	[
		['vi', viWords],
		['en', enWords],
	] as const
).flatMap(([lang, w]) => [
	[`${lang} summary`, w.summary({ errors: 3, warnings: 1, sites: 9 })],
	[`${lang} all good`, w.allGood(9)],
	[`${lang} nothing written`, w.nothingWritten],
	[`${lang} field`, w.field('location.lat', 'vĩ độ')],
]);

// STYLE §2.6 rule 5: developer words an editor must never read. The file names settings.yaml,
// printed.yaml and retired.yaml are the one place "yaml" may appear: they are what the editor sees in the folder.
const FORBIDDEN = /\b(schema|yaml|parse|parsing|enum|string|null|undefined|regex|regexp)\b/i;
// Rule 4: no zod wording and no Markdown markup.
const ZOD_WORDING = /invalid_type|invalid_value|expected \w+, received|did not match|\*\*|\[object Object\]|NaN/i;

describe('the message catalogues', () => {
	const all = [...texts, ...kindTexts, ...words];

	test('render every code in both languages, with and without optional parameters', () => {
		expect(texts.length).toBeGreaterThanOrEqual(ALL_CODES.length * 2 * 2 * 2);
		expect(texts.filter(([, text]) => text.trim() === '')).toEqual([]);
	});

	test('use no developer words: schema, YAML, parse, enum, string, null, undefined, regex (rule 5)', () => {
		expect(all.filter(([, text]) => FORBIDDEN.test(text.replace(/\b(?:settings|printed|retired)\.yaml/g, 'content-file')))).toEqual([]);
	});

	test('show no zod wording, markup or broken value (rule 4)', () => {
		expect(all.filter(([, text]) => ZOD_WORDING.test(text))).toEqual([]);
	});

	test('write messages as full sentences: each ends with a period and none exclaims (rule 8)', () => {
		const messages = texts.filter(([name]) => name.endsWith('message'));
		expect(messages.filter(([, text]) => !/\.$/.test(text.trimEnd()) || /!|oops/i.test(text))).toEqual([]);
	});

	test('give every Vietnamese fix as an action, "Hãy …" (rule 8)', () => {
		const fixes = texts.filter(([name]) => name.includes(' vi fix'));
		expect(fixes.filter(([, fix]) => !/(^|\. |\? )Hãy /.test(fix))).toEqual([]);
	});
});
