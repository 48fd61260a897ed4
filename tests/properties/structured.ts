/**
 * What "a structured message" means for the properties of issue #8: a known code from the
 * catalogue, a file, plain-data parameters, and text in Vietnamese and English that reads as a
 * sentence (no `undefined`, `[object Object]`, `NaN` or stack frame leaking from the program).
 */
import { expect } from 'vitest';
import { enMessages } from '../../src/core/problems/messages/en.ts';
import { viMessages } from '../../src/core/problems/messages/vi.ts';
import { formatProblem, formatReport, problemText, type ReportLang } from '../../src/core/problems/format.ts';
import type { Problem } from '../../src/core/problems/problem.ts';

const LANGS: readonly ReportLang[] = ['vi', 'en'];

/** Words that only a program bug puts in a message; allowed only where the editor wrote them. */
const LEAKS = ['undefined', '[object Object]', 'NaN', '    at ', 'Error:', 'TypeError', 'RangeError'];

export interface StructuredOptions {
	/** The files a problem may name (display paths), or a test of the name. */
	files: readonly string[] | ((file: string) => boolean);
	/** Every text the editor wrote (file contents): a leak word found there may be quoted back. */
	written: readonly string[];
	/** File texts by display path, for the code frames. */
	sources?: ReadonlyMap<string, string>;
}

/** Asserts that every problem is structured and formats in both languages; returns nothing, throws an assertion error naming the problem. */
export function expectStructured(problems: readonly unknown[], options: StructuredOptions): void {
	expect(Array.isArray(problems)).toBe(true);
	for (const problem of problems) expectOne(problem, options);
	if (problems.length === 0) return;
	for (const lang of LANGS) {
		const report = formatReport(problems as Problem[], { lang, sites: 2, ...(options.sources ? { sources: options.sources } : {}) });
		expectReadable(report, options.written, `the ${lang} report`);
	}
}

function expectOne(value: unknown, options: StructuredOptions): void {
	const shown = safeJson(value);
	expect(value, shown).toBeTypeOf('object');
	const problem = value as Problem;
	expect(Object.hasOwn(viMessages, problem.code) && Object.hasOwn(enMessages, problem.code), `unknown code in ${shown}`).toBe(true);
	expect(['error', 'warning'], shown).toContain(problem.severity);
	const { files } = options;
	expect(typeof problem.file === 'string' && (typeof files === 'function' ? files(problem.file) : files.includes(problem.file)), `file of ${shown}`).toBe(true);
	for (const key of ['line', 'column'] as const) {
		const n = problem[key];
		if (n !== undefined) expect(Number.isInteger(n) && n >= 1, `${key} of ${shown}`).toBe(true);
	}
	if (problem.field !== undefined) expect(problem.field, shown).toBeTypeOf('string');
	expect(isPlainData(problem.params), `params of ${shown} are not plain data`).toBe(true);
	for (const lang of LANGS) {
		const { message, fix } = problemText(problem, lang);
		expectReadable(message, options.written, `${lang} message of ${shown}`);
		if (fix !== undefined) expectReadable(fix, options.written, `${lang} fix of ${shown}`);
		const block = formatProblem(problem, { lang, ...(options.sources ? { sources: options.sources } : {}) });
		expectReadable(block, options.written, `${lang} block of ${shown}`);
	}
}

function expectReadable(text: string, written: readonly string[], what: string): void {
	expect(typeof text === 'string' && text.trim().length > 0, `${what} is empty`).toBe(true);
	for (const leak of LEAKS) {
		if (text.includes(leak) && !written.some((w) => w.includes(leak))) expect.fail(`${what} contains "${leak}":\n${text.slice(0, 2_000)}`);
	}
}

/** Strings, finite numbers, booleans, and arrays or plain objects of them: what can cross to a worker or into JSON unchanged. */
function isPlainData(value: unknown): boolean {
	if (typeof value === 'string' || typeof value === 'boolean') return true;
	if (typeof value === 'number') return Number.isFinite(value);
	if (Array.isArray(value)) return value.every(isPlainData);
	if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every(isPlainData);
	return false;
}

function safeJson(value: unknown): string {
	try {
		const json = JSON.stringify(value);
		return json.length > 600 ? `${json.slice(0, 600)}…` : json;
	} catch {
		return String(value);
	}
}
