/**
 * `pickLanguage` as a regular expression, for servers that can only match text (nginx `map`,
 * Apache `RewriteCond`): the first language of the header, in header order, that the site offers
 * and that is not refused with `q=0`. Browsers list languages from most to least wanted, so this
 * is `pickLanguage`'s answer for every header a browser sends; only hand-written headers with
 * weights out of order can differ (the tests list such cases).
 */
import type { Lang } from '../schema/language.ts';

/** Primary subtags that read one of our languages (see `rangeToLang`). */
const ALIASES: Partial<Record<Lang, readonly string[]>> = { zh: ['zh', 'cmn', 'yue'] };

/** The primary subtags that stand for `lang`. */
export function subtagsOf(lang: Lang): readonly string[] {
	return ALIASES[lang] ?? [lang];
}

/**
 * A PCRE (and JavaScript) pattern, to be matched case-insensitively, whose group `name` captures
 * the primary subtag of the first acceptable offered language. `q` must be absent or above zero.
 */
export function acceptLanguagePattern(offered: readonly Lang[], name: string): string {
	const subtags = offered.flatMap(subtagsOf).join('|');
	const weight = String.raw`(?:;\s*q\s*=\s*(?:1(?:\.0{0,3})?|0\.(?:[1-9]\d{0,2}|0[1-9]\d?|00[1-9])))?`;
	return String.raw`^(?:[^,]*,)*?\s*(?<${name}>${subtags})(?:[-_][a-z0-9]{1,8})*\s*${weight}\s*(?:,|$)`;
}

/** The language a captured subtag stands for. */
export function langOfSubtag(subtag: string, offered: readonly Lang[]): Lang | undefined {
	return offered.find((lang) => subtagsOf(lang).includes(subtag.toLowerCase()));
}
