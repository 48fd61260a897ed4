import type { z } from 'zod';
import { positionOf, type FieldPositions, type SourcePos } from './position.ts';
import { codePointOf, findInvisible, withoutInvisible } from '../text/invisible.ts';
import { AUDIO_EXTENSIONS, CODE_PATTERN, fieldNamesAt } from '../schema/index.ts';
import { commaSplitNumber, withDecimalDot } from './decimal-comma.ts';
import type { Problem, ProblemAt, ValueKind } from './problem.ts';
import { closestMatch } from './suggest.ts';
import { foldForSearch, slugify } from '../slug.ts';

type Issue = z.core.$ZodIssue;
type Path = readonly (string | number)[];

/**
 * Turns zod's issues into editor-facing problems: one per field (zod may say several things about
 * one value, the editor needs one), each with its position and the value quoted as written.
 */
export function zodIssuesToProblems(issues: readonly Issue[], schema: z.ZodType, positions: FieldPositions, file: string): Problem[] {
	const seen = new Set<string>();
	const problems: Problem[] = [];
	const all = issues.flatMap((issue) => issueToProblems(issue, schema, positions));
	// A misspelt field also makes the real one missing: "tittle" explains the missing "title".
	const misspelt = new Set(all.flatMap((p) => (p.code === 'unknown-field' && p.params.suggestion ? [siblingPath(p.field, p.params.suggestion)] : [])));
	for (const at of all.filter((p) => !(p.code === 'required-field-missing' && misspelt.has(p.field ?? '')))) {
		{
			const key = `${at.field}`;
			if (seen.has(key)) continue;
			seen.add(key);
			const pos = positionOf(positions, (at.field ?? '').split('.').filter(Boolean));
			problems.push({ ...pos, ...at, file } as Problem);
		}
	}
	return problems;
}

/** The value's position; for an invisible character, the character's own column, so the caret shows it. */
function pointAt(problem: Described, raw: string, place: SourcePos | undefined): SourcePos | undefined {
	const hidden = problem.code === 'invisible-character' ? findInvisible(raw) : undefined;
	return place && hidden ? { ...place, column: place.column + [...raw.slice(0, hidden.index)].length } : place;
}

function siblingPath(field: string | undefined, name: string): string {
	return [...(field ?? '').split('.').slice(0, -1), name].join('.');
}

function issueToProblems(issue: Issue, schema: z.ZodType, positions: FieldPositions): ProblemAt[] {
	const field = issue.path.map(String).join('.');
	if (issue.code === 'unrecognized_keys') {
		const known = fieldNamesAt(schema, issue.path as Path);
		return issue.keys.map((key) => {
			const split = commaSplitNumber(positions, issue.path as Path, key);
			if (split) return split;
			const path = [...issue.path.map(String), key].join('.');
			const suggestion = closestMatch(key, known);
			const base = { code: 'unknown-field', severity: 'error', field: path, ...positions.keys[path] } as const;
			return { ...base, params: suggestion ? { key, suggestion } : { key } };
		});
	}
	const raw = positions.raw[field] ?? '';
	const text = positions.text?.[field] ?? unquote(raw);
	const problem = field in positions.values ? describe(issue, field, raw, text) : missing(field);
	return [{ ...problem, field, ...pointAt(problem, raw, positions.values[field] ?? positions.keys[field]) } as ProblemAt];
}

type Described = Omit<ProblemAt, 'field' | 'line' | 'column'>;

/** `raw` is the value as typed (quoted in messages); `text` is the value as parsed (measured). */
function describe(issue: Issue, field: string, raw: string, text: string): Described {
	const error = { severity: 'error' } as const;
	const key = field.split('.').at(-1) ?? field;
	switch (issue.code) {
		case 'invalid_type':
			if (raw === '' || raw === '~' || raw === 'null') return { ...error, code: 'text-empty', params: {} };
			const dotted = issue.expected === 'number' ? withDecimalDot(raw) : undefined;
			if (dotted) return { ...error, code: 'decimal-comma', params: { key, value: raw, fixed: dotted } };
			return { ...error, code: 'wrong-type', params: { value: raw, expected: kindOf(issue.expected) } };
		case 'invalid_value': {
			// An empty choice (a template's `category:`) is a field left to fill, not a wrong value.
			if (raw === '' || raw === '~' || raw === 'null') return { ...error, code: 'text-empty', params: {} };
			const choices = issue.values.map(String);
			const suggestion = closestMatch(unquote(raw), choices);
			return { ...error, code: 'invalid-choice', params: suggestion ? { value: raw, choices, suggestion } : { value: raw, choices } };
		}
		case 'invalid_format':
			return describeFormat(issue.format, field, raw);
		case 'too_big':
			return describeSize(issue.origin, key, raw, text, { max: Number(issue.maximum) });
		case 'too_small':
			return describeSize(issue.origin, key, raw, text, { min: Number(issue.minimum) + (issue.inclusive === false ? 1 : 0) });
		case 'custom':
			return describeCustom(issue.params?.['rule'], key, raw);
		default:
			return { ...error, code: 'wrong-type', params: { value: raw, expected: 'text' } };
	}
}

function missing(field: string): Described {
	return { severity: 'error', code: 'required-field-missing', params: { key: field.split('.').at(-1) ?? field } };
}

function describeFormat(format: string, field: string, raw: string): Described {
	const error = { severity: 'error' } as const;
	const value = unquote(raw);
	const key = field.split('.').at(-1) ?? field;
	if (key === 'folder' || /(?:^|\.)formerFolders\.\d+$/.test(field)) return { ...error, code: 'folder-name-invalid', params: { value: raw, suggestion: slugify(value) } };
	if (key === 'code') return describeCode(raw, value);
	if (format === 'date') return { ...error, code: 'invalid-date', params: { value: raw } };
	if (format === 'email') return { ...error, code: 'invalid-email', params: { value: raw } };
	return { ...error, code: 'invalid-url', params: { value: raw } };
}

/**
 * A plaque code that is wrong in a way the editor cannot see (a zero-width space pasted in) or
 * would not think of (small letters) gets its own message; anything else is `invalid-code`.
 */
function describeCode(raw: string, value: string): Described {
	const error = { severity: 'error' } as const;
	// Fold accents first: "đình" should suggest DINH, not the NH left after dropping non-ASCII letters.
	const fixed = foldForSearch(withoutInvisible(value).normalize('NFKC')).replace(/[^a-z0-9]/g, '').toUpperCase();
	const hidden = findInvisible(value);
	if (hidden) {
		const params = { value: raw, codePoint: codePointOf(hidden.char), after: value.slice(0, hidden.index) };
		return { ...error, code: 'invisible-character', params: CODE_PATTERN.test(fixed) ? { ...params, fixed } : params };
	}
	if (CODE_PATTERN.test(value.toUpperCase())) return { ...error, code: 'code-lower-case', params: { value: raw, fixed: value.toUpperCase() } };
	return { ...error, code: 'invalid-code', params: CODE_PATTERN.test(fixed) ? { value: raw, fixed } : { value: raw } };
}

function describeSize(origin: string, key: string, raw: string, text: string, limit: { min?: number; max?: number }): Described {
	const error = { severity: 'error' } as const;
	if (origin === 'array') return { ...error, code: 'list-too-short', params: { min: limit.min ?? 1 } };
	if (origin === 'number') return { ...error, code: 'number-out-of-range', params: { value: raw, ...limit } };
	const length = [...text.trim()].length;
	if (limit.max === undefined) return { ...error, code: 'text-empty', params: {} };
	if (key === 'summary') return { ...error, code: 'summary-too-long', params: { length, max: limit.max } };
	return { ...error, code: 'text-too-long', params: { length, max: limit.max } };
}

function describeCustom(rule: unknown, _key: string, raw: string): Described {
	const error = { severity: 'error' } as const;
	if (rule === 'vi-first') return { ...error, code: 'languages-vi-first', params: {} };
	if (rule === 'unique') return { ...error, code: 'languages-repeated', params: {} };
	if (rule === 'audio-format') return { ...error, code: 'audio-format', params: { value: raw, formats: [...AUDIO_EXTENSIONS] } };
	return { ...error, code: 'invalid-url', params: { value: raw } };
}

function kindOf(expected: string): ValueKind {
	const kinds: Record<string, ValueKind> = { number: 'number', int: 'whole-number', boolean: 'yes-no', array: 'list', object: 'group' };
	return kinds[expected] ?? 'text';
}

/** The value without the quotes YAML allows around it. */
function unquote(raw: string): string {
	return raw.replace(/^(['"])(.*)\1$/s, '$2');
}
