import type { FieldPositions } from './position.ts';
import type { ProblemAt } from './problem.ts';

/**
 * Numbers written with a decimal comma ("21,352"), as Vietnamese is written and as Excel set to
 * Vietnamese copies them (issue #8). YAML reads such a value as text, or, inside braces
 * (`location: { lat: 21,352, lng: 107,599 }`), as the number 21 followed by a field called "352".
 * Either way the editor is told the one thing wrong, with the number rewritten with a dot.
 */

const COMMA_NUMBER = /^(["']?)([+-]?\d+),(\d+)\1$/;

/** The value with a dot ("21.352") when `raw` is a number with one decimal comma, quoted or not. */
export function withDecimalDot(raw: string): string | undefined {
	const match = COMMA_NUMBER.exec(raw.trim());
	return match ? `${match[2]}.${match[3]}` : undefined;
}

/**
 * For an unknown field whose name is digits, inside braces right after a whole number on the same
 * line (`lat: 21,352`): the decimal comma it really is, at the number's own field. Undefined for
 * any other unknown field.
 */
export function commaSplitNumber(positions: FieldPositions, parent: readonly (string | number)[], key: string): ProblemAt<'decimal-comma'> | undefined {
	if (!/^\d+$/.test(key)) return undefined;
	const prefix = parent.length ? `${parent.join('.')}.` : '';
	const at = positions.keys[`${prefix}${key}`];
	if (!at) return undefined;
	const sibling = (path: string) => path.startsWith(prefix) && /^[^.]*[^.\d][^.]*$/.test(path.slice(prefix.length));
	const before = Object.entries(positions.values)
		.filter(([path, pos]) => sibling(path) && pos.line === at.line && pos.column < at.column)
		.sort(([, a], [, b]) => b.column - a.column)[0];
	if (!before) return undefined;
	const [field, pos] = before;
	const whole = positions.raw[field] ?? '';
	const name = field.slice(prefix.length);
	if (!/^[+-]?\d+$/.test(whole)) return undefined;
	return { code: 'decimal-comma', severity: 'error', field, ...pos, params: { key: name, value: `${whole},${key}`, fixed: `${whole}.${key}` } };
}
