import type { FieldPositions } from '../content/front-matter.ts';
import type { Problem } from '../problems/problem.ts';
import { codePointOf, findBidiControls } from '../text/invisible.ts';
import { detectLegacyEncoding } from '../text/legacy-encoding.ts';
import { findMixedScriptWords } from '../text/scripts.ts';
import type { Check, CheckInput } from './context.ts';

/** A text of one file: a front-matter value (with its field) or one line of the body. */
interface Piece {
	text: string;
	line?: number | undefined;
	column?: number | undefined;
	field?: string;
}

interface Doc {
	file: string;
	positions: FieldPositions;
	body: string;
	bodyLine: number;
	/** vi.md: the only file where old Vietnamese encodings can turn up. */
	vietnamese: boolean;
}

/**
 * Characters a visitor should not get: text in the old TCVN3 or VNI encodings, direction controls,
 * and look-alike letters of other alphabets. Every loaded vi.md and translation, and the vi.md
 * files that did not load, are read: every problem at once.
 */
export const checkCharacters: Check = (input) => docsOf(input).flatMap((doc) => docProblems(doc));

function docsOf({ sites, unloaded = [] }: CheckInput): Doc[] {
	return [
		...sites.flatMap((site) => [{ ...site, vietnamese: true }, ...Object.values(site.translations).map((t) => ({ ...t, vietnamese: false }))]),
		...unloaded.map((doc) => ({ ...doc, vietnamese: true })),
	];
}

function docProblems(doc: Doc): Problem[] {
	// The plaque code has its own messages for invisible characters (problems/from-zod.ts).
	const fields = Object.entries(doc.positions.text ?? {})
		.filter(([field]) => field !== 'code')
		.map(([field, text]): Piece => ({ text, field, ...doc.positions.values[field] }));
	const lines = doc.body.split('\n').map((text, i): Piece => ({ text, line: doc.bodyLine + i }));
	const pieces = [...fields, ...lines];
	const legacy = doc.vietnamese ? [...fields.flatMap((p) => legacyProblem(doc, p)), ...firstLegacyLine(doc, lines)] : [];
	return [...legacy, ...pieces.flatMap((p) => [...bidiProblems(doc, p), ...mixedScriptProblems(doc, p)])];
}

function place(doc: Doc, piece: Piece, index?: number) {
	const column = piece.field === undefined && index !== undefined ? index + 1 : piece.column;
	return { file: doc.file, ...(piece.line !== undefined ? { line: piece.line } : {}), ...(column !== undefined ? { column } : {}), ...(piece.field !== undefined ? { field: piece.field } : {}) };
}

/**
 * An error: the text would be published and printed as "§×nh". One problem per field, and one for
 * the body at its first such line (a pasted document would otherwise give one per paragraph).
 */
function legacyProblem(doc: Doc, piece: Piece): Problem[] {
	const guess = detectLegacyEncoding(piece.text);
	return guess ? [{ code: 'legacy-encoding', severity: 'error', ...place(doc, piece), params: { encoding: guess.encoding, sample: guess.sample } }] : [];
}

function firstLegacyLine(doc: Doc, lines: readonly Piece[]): Problem[] {
	for (const line of lines) {
		const found = legacyProblem(doc, line);
		if (found.length) return found;
	}
	return [];
}

/**
 * A control that reorders text is an error: a U+202E before "Cấp" makes visitors read "pấC", in a
 * title on every plaque. A mark only moves nearby punctuation, so it is a warning: an editor who
 * pasted a name from a web page should not have the build stopped for it. One of each per text.
 */
function bidiProblems(doc: Doc, piece: Piece): Problem[] {
	const controls = findBidiControls(piece.text);
	const firsts = (['reordering', 'mark'] as const).flatMap((kind) => controls.filter((c) => c.kind === kind).slice(0, 1));
	return firsts.map((c): Problem => ({ code: 'bidi-control', severity: c.kind === 'reordering' ? 'error' : 'warning', ...place(doc, piece, c.index), params: { codePoint: codePointOf(c.char), kind: c.kind } }));
}

/**
 * A warning: the text still reads right to a visitor, only search and sorting miss the word. Where
 * the letter would be lost in print (a title), the plaque's glyph check already stops the build.
 */
function mixedScriptProblems(doc: Doc, piece: Piece): Problem[] {
	return findMixedScriptWords(piece.text).map((w): Problem => ({ code: 'mixed-script', severity: 'warning', ...place(doc, piece, w.index), params: { word: w.word, letter: w.letter, codePoint: codePointOf(w.letter), script: w.script } }));
}
