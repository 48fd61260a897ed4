import type { Script } from '../problems/problem.ts';

/**
 * Look-alike letters from another alphabet inside a Vietnamese word: a Cyrillic "С" or "а", a
 * Greek "ο", typed on a phone keyboard set to Russian or pasted from a converted PDF. The word
 * looks right, but search, sorting and duplicate detection see another word, and the plaque font
 * may have no such letter.
 */

export type { Script };

export interface MixedScriptWord {
	word: string;
	/** The first letter of the other alphabet. */
	letter: string;
	script: Script;
	/** Index of the word in the text, in UTF-16 units. */
	index: number;
}

const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const OTHER: ReadonlyArray<[Script, RegExp]> = [
	['cyrillic', /\p{Script=Cyrillic}/u],
	['greek', /\p{Script=Greek}/u],
	['armenian', /\p{Script=Armenian}/u],
];

/**
 * Words that mix Latin letters with letters of one of those alphabets. A word wholly in another
 * alphabet (a Russian name, "α") is left alone: it is what the editor meant.
 */
export function findMixedScriptWords(text: string): MixedScriptWord[] {
	const found: MixedScriptWord[] = [];
	for (const match of text.matchAll(WORD)) {
		const word = match[0];
		if (!LATIN.test(word)) continue;
		for (const [script, pattern] of OTHER) {
			const letter = [...word].find((c) => pattern.test(c));
			if (letter) {
				found.push({ word, letter, script, index: match.index });
				break;
			}
		}
	}
	return found;
}
