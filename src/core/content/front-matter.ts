import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { FieldPositions, SourcePos } from '../problems/position.ts';
import type { ProblemAt } from '../problems/problem.ts';

export { positionOf, type FieldPositions, type SourcePos } from '../problems/position.ts';

export type YamlProblem = ProblemAt<'front-matter-invalid' | 'duplicate-field' | 'front-matter-missing' | 'front-matter-unclosed'>;

export interface ParsedYaml {
	data: unknown;
	positions: FieldPositions;
	problems: YamlProblem[];
}

export interface ParsedMarkdown extends ParsedYaml {
	body: string;
	/** 1-based line of the file where the body starts. */
	bodyLine: number;
}

const FENCE = /^---[ \t]*$/;

/**
 * Splits `---` front matter from a Markdown body and parses it, keeping a position for every field.
 * `text` must already be normalised (no BOM, LF line ends). Never throws on bad input.
 */
export function parseFrontMatter(text: string): ParsedMarkdown {
	const lines = text.split('\n');
	if (!FENCE.test(lines[0] ?? '')) {
		return { ...emptyYaml([{ code: 'front-matter-missing', severity: 'error', line: 1, column: 1, params: {} }]), body: text, bodyLine: 1 };
	}
	const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
	if (close < 0) {
		return { ...emptyYaml([{ code: 'front-matter-unclosed', severity: 'error', line: 1, column: 1, params: {} }]), body: '', bodyLine: lines.length };
	}
	// Line 1 is the opening fence, so YAML line n is file line n + 1.
	const parsed = parseYaml(lines.slice(1, close).join('\n'), 1);
	return { ...parsed, body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 };
}

/** Parses a whole YAML file (settings.yaml). `lineOffset` shifts every line number. Never throws on bad input. */
export function parseYaml(source: string, lineOffset = 0): ParsedYaml {
	try {
		return parseYamlOrThrow(source, lineOffset);
	} catch (error) {
		// yaml's parser recurses once per nesting level: a few thousand `- ` or `: ` on one line
		// overflow the stack (found by tests/properties). That is a broken file, not a program fault.
		const detail = error instanceof RangeError ? 'nested too deeply' : error instanceof Error ? error.message : String(error);
		return emptyYaml([{ code: 'front-matter-invalid', severity: 'error', line: 1 + lineOffset, column: 1, params: { detail } }]);
	}
}

function parseYamlOrThrow(source: string, lineOffset: number): ParsedYaml {
	const lineCounter = new LineCounter();
	// resolveKnownTags off: `!!binary` would give a Buffer, whose hundred methods read as fields.
	const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, resolveKnownTags: false, logLevel: 'error' });
	const at = (offset: number): SourcePos => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + lineOffset, column: col };
	};
	const problems = yamlErrorsToProblems(doc, source, at);
	const positions: FieldPositions = { values: {}, keys: {}, raw: {}, text: {} };
	if (problems.length > 0) return { data: undefined, positions, problems };
	const data = toData(doc);
	if (!data.ok) return { data: undefined, positions, problems: [{ code: 'front-matter-invalid', severity: 'error', ...at(0), params: { detail: data.detail } }] };
	collectPositions(doc.contents, [], positions, at, source);
	return { data: data.value, positions, problems };
}

/**
 * Duplicate keys each get a problem, named by their dotted path; of the syntax errors only the
 * first is kept, because the parser's later complaints are echoes of it and render the same sentence.
 */
function yamlErrorsToProblems(doc: Document.Parsed, source: string, at: (offset: number) => SourcePos): YamlProblem[] {
	const duplicates: YamlProblem[] = [];
	let syntax: YamlProblem | undefined;
	for (const error of doc.errors) {
		const pos = at(error.pos[0]);
		if (error.code === 'DUPLICATE_KEY') {
			const key = source.slice(error.pos[0]).split(/[:\n]/)[0]?.trim() ?? '';
			const field = keyPathAt(doc.contents, error.pos[0], []) ?? key;
			duplicates.push({ code: 'duplicate-field', severity: 'error', ...pos, field, params: { key } });
		} else {
			syntax ??= { code: 'front-matter-invalid', severity: 'error', ...pos, params: { detail: error.message.split('\n')[0] ?? '' } };
		}
	}
	return syntax ? [syntax, ...duplicates] : duplicates;
}

/** The dotted path of the map key that starts at `offset`, found by walking the parsed tree. */
function keyPathAt(node: unknown, offset: number, path: string[]): string | undefined {
	if (isMap(node)) {
		for (const pair of node.items) {
			if (!isPair(pair) || !isScalar(pair.key)) continue;
			const childPath = [...path, String(pair.key.value)];
			if (pair.key.range?.[0] === offset) return childPath.join('.');
			const found = keyPathAt(pair.value, offset, childPath);
			if (found) return found;
		}
	} else if (isSeq(node)) {
		for (const [i, item] of node.items.entries()) {
			const found = keyPathAt(item, offset, [...path, String(i)]);
			if (found) return found;
		}
	}
	return undefined;
}

/** Aliases can point nowhere or expand to millions of nodes (an "alias bomb"); yaml throws on both. */
function toData(doc: Document.Parsed): { ok: true; value: unknown } | { ok: false; detail: string } {
	try {
		return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) ?? {} };
	} catch (error) {
		return { ok: false, detail: error instanceof Error ? error.message : String(error) };
	}
}

function collectPositions(node: unknown, path: string[], out: FieldPositions, at: (offset: number) => SourcePos, source: string): void {
	if (!node || typeof node !== 'object' || !('range' in node)) return;
	const range = (node as Node).range;
	if (range) {
		const key = path.join('.');
		out.values[key] = at(range[0]);
		out.raw[key] = source.slice(range[0], range[1]).trim();
		if (isScalar(node) && node.value !== null) (out.text ??= {})[key] = String(node.value);
	}
	if (isMap(node)) {
		for (const pair of node.items) {
			if (!isPair(pair) || !isScalar(pair.key)) continue;
			const childPath = [...path, String(pair.key.value)];
			if (pair.key.range) out.keys[childPath.join('.')] = at(pair.key.range[0]);
			collectPositions(pair.value, childPath, out, at, source);
		}
	} else if (isSeq(node)) {
		node.items.forEach((item, i) => collectPositions(item, [...path, String(i)], out, at, source));
	}
}

function emptyYaml(problems: YamlProblem[]): ParsedYaml {
	return { data: undefined, positions: { values: {}, keys: {}, raw: {}, text: {} }, problems };
}
