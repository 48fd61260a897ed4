import type { BidiKind } from '../problems/problem.ts';

/**
 * Characters a reader cannot see but a browser obeys. They arrive with text copied from web pages,
 * chat apps and documents in Arabic or Hebrew, and no Vietnamese keyboard types them.
 */

/** `U+202E`: how messages name a character the editor cannot see. */
export function codePointOf(char: string): string {
	return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069) reorder everything after them:
 * "Đền Cấp" with a U+202E before "Cấp" shows as "Đền pấC" (the "Trojan Source" trick). Marks
 * (U+200E, U+200F, U+061C) only move the punctuation next to them.
 */
const BIDI_REORDERING = /[\u202A-\u202E\u2066-\u2069]/gu;
const BIDI_MARKS = /[\u200E\u200F\u061C]/gu;

export type { BidiKind };

export interface BidiControl {
	char: string;
	/** Index in the text, in UTF-16 units. */
	index: number;
	kind: BidiKind;
}

/** Every bidirectional control in `text`, in order. */
export function findBidiControls(text: string): BidiControl[] {
	const found = [
		...[...text.matchAll(BIDI_REORDERING)].map((m) => ({ char: m[0], index: m.index, kind: 'reordering' as const })),
		...[...text.matchAll(BIDI_MARKS)].map((m) => ({ char: m[0], index: m.index, kind: 'mark' as const })),
	];
	return found.sort((a, b) => a.index - b.index);
}

export function isBidiControl(char: string): boolean {
	return /^[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]$/u.test(char);
}

/**
 * Zero-width and other invisible formatting characters: a zero-width space (U+200B) pasted inside
 * a plaque code makes a different address that looks the same. Bidi controls count too.
 */
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0]/u;

/** The first invisible character of `text` and where it is, or undefined. */
export function findInvisible(text: string): { char: string; index: number } | undefined {
	const match = INVISIBLE.exec(text);
	return match ? { char: match[0], index: match.index } : undefined;
}

/** `text` without its invisible characters. */
export function withoutInvisible(text: string): string {
	return text.replace(new RegExp(INVISIBLE.source, 'gu'), '');
}
