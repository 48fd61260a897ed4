import { PrintedRegisterSchema, RetiredListSchema, SettingsSchema, SiteSchema, TranslationSchema, fieldMetaAt, type FieldMeta } from '../schema/index.ts';
import { enMessages, enWords } from './messages/en.ts';
import type { ProblemMessage, ProblemMessages, ReportWords } from './messages/types.ts';
import { viMessages, viWords } from './messages/vi.ts';
import type { Problem, ProblemCode } from './problem.ts';

export type ReportLang = 'vi' | 'en';

const CATALOGUES: Record<ReportLang, { messages: ProblemMessages; words: ReportWords }> = {
	vi: { messages: viMessages, words: viWords },
	en: { messages: enMessages, words: enWords },
};

export interface FormatOptions {
	lang: ReportLang;
	/** File texts by display path, for the code frame under each message. */
	sources?: ReadonlyMap<string, string>;
	/** ANSI colours, for a terminal that wants them. */
	color?: boolean;
}

/** The message and fix of one problem in one language, without position. */
export function problemText(problem: Problem, lang: ReportLang): { message: string; fix?: string } {
	const entry = CATALOGUES[lang].messages[problem.code] as ProblemMessage<ProblemCode>;
	const params = problem.params as never;
	const fix = entry.fix?.(params);
	return fix ? { message: entry.message(params), fix } : { message: entry.message(params) };
}

/** One problem as a block of lines: where, what, how to fix, and the lines of the file around it. */
export function formatProblem(problem: Problem, options: FormatOptions): string {
	const { words } = CATALOGUES[options.lang];
	const paint = painter(options.color ?? false);
	const kind = problem.severity === 'error' ? paint.red(words.error) : paint.yellow(words.warning);
	const where = [problem.file, problem.line, problem.line ? problem.column : undefined].filter((x) => x !== undefined).join(':');
	const words2 = [problem.line ? words.line(problem.line) : undefined, problem.field ? words.field(problem.field, labelOf(problem, options.lang)) : undefined].filter(Boolean).join(', ');
	const { message, fix } = problemText(problem, options.lang);
	const hint = HINTED.has(problem.code) ? metaOf(problem)?.hint?.[options.lang] : undefined;
	const lines = [[kind, paint.bold(where), words2].filter(Boolean).join(' · '), indent(message)];
	if (fix) lines.push(indent(`${words.howToFix}: ${[fix, hint].filter(Boolean).join(' ')}`));
	const frame = codeFrame(options.sources?.get(problem.file), problem.line, problem.column);
	if (frame) lines.push(paint.dim(frame));
	return lines.join('\n');
}

/** Every problem, then a summary line that also says what was not done. */
export function formatReport(problems: readonly Problem[], options: FormatOptions & { sites: number }): string {
	const { words } = CATALOGUES[options.lang];
	const errors = problems.filter((p) => p.severity === 'error').length;
	const warnings = problems.length - errors;
	const blocks = problems.map((p) => formatProblem(p, options));
	const summary = errors + warnings === 0 ? words.allGood(options.sites) : words.summary({ errors, warnings, sites: options.sites });
	blocks.push(errors > 0 ? `${summary} ${words.nothingWritten}` : summary);
	return `${blocks.join('\n\n')}\n`;
}

/** Problems about a value's form, where the field's own hint ("year-month-day, e.g. …") helps. */
const HINTED = new Set<ProblemCode>(['wrong-type', 'required-field-missing', 'text-empty', 'invalid-date']);

function metaOf(problem: Problem): FieldMeta | undefined {
	return fieldMetaAt(schemaFor(problem.file), (problem.field ?? '').split('.').filter(Boolean));
}

function labelOf(problem: Problem, lang: ReportLang): string | undefined {
	const label = metaOf(problem)?.label[lang];
	return label && label !== problem.field?.split('.').at(-1) ? label : undefined;
}

function schemaFor(file: string) {
	if (file.endsWith('settings.yaml')) return SettingsSchema;
	if (file.endsWith('printed.yaml')) return PrintedRegisterSchema;
	if (file.endsWith('retired.yaml')) return RetiredListSchema;
	return file.endsWith('/vi.md') || file === 'vi.md' ? SiteSchema : TranslationSchema;
}

/** Up to one line either side of `line`, with a caret under `column`. */
export function codeFrame(source: string | undefined, line: number | undefined, column: number | undefined): string | undefined {
	if (source === undefined || !line) return undefined;
	const lines = source.split('\n');
	const first = Math.max(1, line - 1);
	const last = Math.min(lines.length, line + 1);
	const width = String(last).length;
	const out: string[] = [];
	for (let n = first; n <= last; n++) {
		out.push(`  ${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${lines[n - 1] ?? ''}`);
		if (n === line && column) out.push(`    ${' '.repeat(width)} | ${' '.repeat(column - 1)}^`);
	}
	return out.join('\n');
}

function indent(text: string): string {
	return text.split('\n').map((l) => `  ${l}`).join('\n');
}

function painter(on: boolean) {
	const wrap = (code: number) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
	return { red: wrap(31), yellow: wrap(33), bold: wrap(1), dim: wrap(2) };
}
