import type { FontId, Measure } from './fonts.ts';

/** How a text may shrink and wrap to fit its place on the plaque. */
export interface FitTextRule {
	font: FontId;
	maxWidthMm: number;
	maxLines: number;
	startSizePt: number;
	minSizePt: number;
	/** Size decrement between attempts. */
	stepPt: number;
}

export interface FittedText {
	sizePt: number;
	lines: string[];
	/** 0 when the text fits; otherwise how many mm the widest line is too wide, rounded up to 0.1 mm. */
	overflowMm: number;
}

// Half a micrometre: absorbs float noise so a line measured at exactly the limit still fits.
const EPSILON_MM = 0.0005;

/**
 * Sets `text` at the largest size (from `startSizePt` down to `minSizePt`) at which it wraps onto
 * at most `maxLines` lines no wider than `maxWidthMm`. Lines break only at ordinary spaces, never
 * inside a word: a Vietnamese syllable is a word and must stay whole (no hyphenation). A
 * no-break space (U+00A0) therefore keeps two syllables together. Lines are balanced so a title
 * never leaves one syllable alone on its last line.
 *
 * When nothing fits, returns the minimum size, the best `maxLines` split and a positive `overflowMm`.
 * Empty or blank text gives no lines and no overflow.
 *
 * Chinese has no spaces, so text in the `cjk` font may also break between two Han characters
 * (never before the punctuation that follows one); Vietnamese keeps breaking at spaces only.
 */
export function fitText(text: string, rule: FitTextRule, measure: Measure): FittedText {
	const { words, join } = tokenize(text, rule.font);
	if (words.length === 0) return { sizePt: rule.startSizePt, lines: [], overflowMm: 0 };
	const lineWidth = (sizePt: number) => createLineWidth(words, join, (line) => measure(line, rule.font, sizePt));
	for (const sizePt of sizeSteps(rule)) {
		const width = lineWidth(sizePt);
		const lineCount = countGreedyLines(words.length, width, rule.maxWidthMm);
		if (lineCount > rule.maxLines) continue;
		const lines = balanceLines(words, join, lineCount, width);
		if (widest(lines, (line) => measure(line, rule.font, sizePt)) <= rule.maxWidthMm + EPSILON_MM) {
			return { sizePt, lines, overflowMm: 0 };
		}
	}
	const sizePt = rule.minSizePt;
	const width = lineWidth(sizePt);
	const lineCount = Math.min(rule.maxLines, countGreedyLines(words.length, width, rule.maxWidthMm));
	const lines = balanceLines(words, join, lineCount, width);
	const excessMm = widest(lines, (line) => measure(line, rule.font, sizePt)) - rule.maxWidthMm;
	return { sizePt, lines, overflowMm: Math.max(0.1, Math.ceil(excessMm * 10 - 1e-6) / 10) };
}

/** Only ordinary spaces, tabs and line ends separate words; U+00A0 is deliberately not one. */
export function splitWords(text: string): string[] {
	return text.split(/[ \t\r\n]+/).filter((word) => word !== '');
}

/**
 * Break units of Chinese text: each Han character with the closing punctuation and spaces after
 * it, or a run of other characters (a Latin word, a number) with the spaces after it.
 */
export function splitCjk(text: string): string[] {
	return text.trim().match(/\p{Script=Han}[\p{Pe}\p{Pf}\p{Po}]*[ \t\r\n]*|[^ \t\r\n\p{Script=Han}]+[ \t\r\n]*/gu) ?? [];
}

type JoinLine = (words: readonly string[]) => string;

function tokenize(text: string, font: FontId): { words: string[]; join: JoinLine } {
	if (font === 'cjk') return { words: splitCjk(text), join: (words) => words.join('').replace(/[ \t\r\n]+/gu, ' ').trim() };
	return { words: splitWords(text), join: (words) => words.join(' ') };
}

/** `startSizePt`, then down by `stepPt`, always ending exactly at `minSizePt`. */
export function sizeSteps(rule: Pick<FitTextRule, 'startSizePt' | 'minSizePt' | 'stepPt'>): number[] {
	const sizes: number[] = [];
	for (let size = rule.startSizePt; size > rule.minSizePt + 1e-9; size -= rule.stepPt) {
		sizes.push(Math.round(size * 100) / 100);
	}
	sizes.push(rule.minSizePt);
	return sizes;
}

/** Width of the line made of words[from..to), memoised: balancing asks for the same lines again and again. */
type LineWidth = (from: number, to: number) => number;

function createLineWidth(words: string[], join: JoinLine, measureLine: (line: string) => number): LineWidth {
	const cache = new Map<number, number>();
	return (from, to) => {
		const key = from * 10_000 + to;
		let width = cache.get(key);
		if (width === undefined) {
			width = measureLine(join(words.slice(from, to)));
			cache.set(key, width);
		}
		return width;
	};
}

/** Fewest lines for the words when filling each line greedily; a word wider than the line takes a line of its own. */
function countGreedyLines(wordCount: number, width: LineWidth, maxWidthMm: number): number {
	let lines = 0;
	let start = 0;
	while (start < wordCount) {
		let end = start + 1;
		while (end < wordCount && width(start, end + 1) <= maxWidthMm + EPSILON_MM) end++;
		lines++;
		start = end;
	}
	return lines;
}

/**
 * Splits the words into exactly `lineCount` lines so that the widest line is as narrow as it can
 * be (dynamic programming over split points; titles have tens of words, so this is instant).
 */
function balanceLines(words: string[], join: JoinLine, lineCount: number, width: LineWidth): string[] {
	const n = words.length;
	const count = Math.max(1, Math.min(lineCount, n));
	// best[k][j]: narrowest widest-line for words[0..j) on k lines; from[k][j]: where line k starts.
	const best = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(Infinity));
	const from = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(0));
	best[0]![0] = 0;
	for (let k = 1; k <= count; k++) {
		for (let j = k; j <= n; j++) {
			for (let i = k - 1; i < j; i++) {
				const candidate = Math.max(best[k - 1]![i]!, width(i, j));
				if (candidate < best[k]![j]! - EPSILON_MM) {
					best[k]![j] = candidate;
					from[k]![j] = i;
				}
			}
		}
	}
	const lines: string[] = [];
	for (let k = count, end = n; k > 0; k--) {
		const start = from[k]![end]!;
		lines.unshift(join(words.slice(start, end)));
		end = start;
	}
	return lines;
}

function widest(lines: string[], measureLine: (line: string) => number): number {
	return Math.max(0, ...lines.map(measureLine));
}
