import type { LegacyEncoding } from '../problems/problem.ts';

/**
 * Text typed in the pre-Unicode Vietnamese encodings, as it arrives when a TCVN3 (ABC, fonts
 * .VnTime) or VNI (VNI-Times) document is pasted or read as Windows-1252 (DOMAIN §4.3):
 * "Đình Đầm Hà" becomes "§×nh §Çm Hµ" (TCVN3) or "Ñình Ñaàm Haø" (VNI). Only a few marks are
 * counted, each one a pattern Vietnamese in Unicode never has, and a text holding any letter
 * Unicode alone can write (ă đ ơ ư, or a toned letter of U+1EA0–U+1EF9) is never suspected:
 * a false alarm would stop a correct site.
 */

export type { LegacyEncoding };

export interface LegacyGuess {
	encoding: LegacyEncoding;
	/** Up to three words that gave it away, as written. */
	sample: string;
}

const UNICODE_ONLY = /[ăđơưĂĐƠƯ\u1EA0-\u1EF9]/u;

// TCVN3 bytes that are symbols in Windows-1252 (never letters of any language): strong marks.
const TCVN3_SYMBOLS = new Set('§µ¶·¸¹»¼½¾×®¨©ª«¬\u00AD¡¢£¤¥¦÷');
// TCVN3 bytes that are letters of other languages (ü, ö, ç …): weak marks, as "Jürgen Müller" has them.
const TCVN3_FOREIGN = new Set('äåæçëîïñöøûüþÆÇËÐÎÏÑÖØÜÞß');
// A capital inside a word before small letters: TCVN3 bytes of toned small letters that Windows-1252
// shows as capitals ("CÊp" for Cấp, "MÉu" for Mẫu).
const TCVN3_INNER_CAPITAL = /(?<=\p{L})[À-ÖØ-Þ](?=[a-z])/u;

// VNI writes a letter, then its marks as a second character. Its đ (ñ) starts a syllable, where
// Spanish never puts one ("Peña").
const VNI_PAIRS = [/[aeiouyôö][øùûõï]/i, /a[àáåãäâêèéúüë]/i, /[eo][âåä]/i, /e[àáã]/i, /^[("'“]*[Ññ](?=\p{L})/u, /(?<=\p{L})[æöÖ]|[öÖ](?=\p{L})/u];

/** The legacy encoding `text` seems typed in, or undefined for Unicode text (the common case). */
export function detectLegacyEncoding(text: string): LegacyGuess | undefined {
	if (UNICODE_ONLY.test(text)) return undefined;
	const words = text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
	const tcvn3 = words.map((w) => ({ w, score: tcvn3Score(w) })).filter((x) => x.score > 0);
	const vni = words.map((w) => ({ w, score: vniScore(w) })).filter((x) => x.score > 0);
	const total = (list: typeof tcvn3) => list.reduce((sum, x) => sum + x.score, 0);
	// Three points with at least one symbol: a lone "µm" is not enough, and Windows-1258 bytes read
	// as Windows-1252 ("Ðền") have inner capitals but never these symbols.
	const symbol = words.some((w) => [...w].some((c) => TCVN3_SYMBOLS.has(c)));
	if (symbol && total(tcvn3) >= 3 && total(tcvn3) >= total(vni)) return guess('tcvn3', tcvn3);
	if (total(vni) >= 2) return guess('vni', vni);
	return undefined;
}

function tcvn3Score(word: string): number {
	let score = 0;
	const chars = [...word];
	chars.forEach((c, i) => {
		const beside = [chars[i - 1], chars[i + 1]].some((n) => n !== undefined && (/\p{L}/u.test(n) || TCVN3_SYMBOLS.has(n)));
		if (TCVN3_SYMBOLS.has(c) && beside) score += 2;
		else if (TCVN3_FOREIGN.has(c) && beside) score += 1;
	});
	return score + (TCVN3_INNER_CAPITAL.test(word) ? 2 : 0);
}

function vniScore(word: string): number {
	return VNI_PAIRS.filter((pattern) => pattern.test(word)).length;
}

function guess(encoding: LegacyEncoding, words: Array<{ w: string }>): LegacyGuess {
	return { encoding, sample: words.slice(0, 3).map((x) => x.w.replace(/^[("'“]+|[)"'”.,;:!?]+$/g, '')).join(' ') };
}
