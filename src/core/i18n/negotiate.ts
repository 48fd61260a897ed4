/**
 * Which language a visitor gets when the address names none (a plaque's `/DH01`): the server's
 * choice from `Accept-Language` (RFC 9110 §12.5.4), by RFC 4647 lookup. The nginx config and the
 * pages' inline script follow the same rules, so a visitor gets one answer wherever it is decided.
 */
import { LANG_TAGS, type Lang } from '../schema/language.ts';

/** One entry of an `Accept-Language` header, lower case, in header order. */
export interface LanguageRange {
	/** A language range such as `zh-hant-tw`, or `*`. */
	range: string;
	/** The weight, 0 to 1; 0 means "not acceptable". */
	q: number;
}

// A browser sends a handful of entries; a longer header is noise or an attack, and is cut short.
const MAX_RANGES = 32;
const RANGE = /^(?:\*|[a-z]{1,8}(?:-[a-z0-9]{1,8})*)$/;
const WEIGHT = /^q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/**
 * Macrolanguage members that read the written Chinese we publish: Mandarin (`cmn`) and Cantonese
 * (`yue`, whose readers use standard written Chinese).
 */
const PRIMARY_ALIASES: Readonly<Record<string, Lang>> = { cmn: 'zh', yue: 'zh' };

/**
 * The entries of an `Accept-Language` header, in header order. An entry that is not a language
 * range, or whose weight is not a valid `q=` value, is dropped; other parameters are ignored.
 * `en_US` is read as `en-US`, as some old WebViews write it. Never throws; empty for no header.
 */
export function parseAcceptLanguage(header: string | undefined): LanguageRange[] {
	if (typeof header !== 'string') return [];
	const ranges: LanguageRange[] = [];
	for (const entry of header.split(',').slice(0, MAX_RANGES)) {
		const [first = '', ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
		const range = first.replace(/_/g, '-');
		if (!RANGE.test(range)) continue;
		const weight = params.map((p) => p.replace(/\s*=\s*/, '=')).find((p) => p.startsWith('q='));
		const match = weight === undefined ? undefined : WEIGHT.exec(weight);
		if (weight !== undefined && !match) continue;
		ranges.push({ range, q: match?.[1] === undefined ? 1 : Number(match[1]) });
	}
	return ranges;
}

/**
 * The content language a language tag or range asks for, by its primary subtag (RFC 4647 lookup
 * truncates to it, and every language we publish is a bare primary subtag): `en-GB` → `en`,
 * `zh-Hans-CN` → `zh`. Undefined for `*` and for a language we do not know.
 *
 * Traditional Chinese (`zh-TW`, `zh-HK`, `zh-Hant`) also gets `zh`, our Simplified text: a reader of
 * Traditional characters reads Simplified far more easily than Vietnamese, and more readily than
 * English for most visitors; Chrome itself adds a bare `zh` to a `zh-TW` header. A visitor who
 * refuses Simplified (`zh-Hans;q=0`) is still honoured, by `pickLanguage`.
 */
export function rangeToLang(range: string): Lang | undefined {
	const primary = range.toLowerCase().split(/[-_]/)[0] ?? '';
	const lang = PRIMARY_ALIASES[primary] ?? primary;
	return Object.hasOwn(LANG_TAGS, lang) ? (lang as Lang) : undefined;
}

/**
 * The offered language that best matches an `Accept-Language` header: the ranges are tried by
 * weight, highest first, header order breaking ties; `*` stands for any offered language the
 * header does not name. A range with `q=0` excludes every language whose tag it matches by prefix
 * (`zh;q=0` and `zh-Hans;q=0` exclude our Simplified Chinese; `zh-TW;q=0` does not).
 *
 * With no match (no header, a malformed one, only unknown languages) the answer is the first
 * offered language that is not excluded, Vietnamese on every trail; if all are excluded, the
 * first offered. Never throws; `vi` when nothing is offered.
 */
export function pickLanguage(acceptLanguage: string | undefined, offered: readonly Lang[]): Lang {
	const ranges = parseAcceptLanguage(acceptLanguage);
	const excluded = new Set(offered.filter((lang) => ranges.some((r) => r.q === 0 && r.range !== '*' && prefixMatches(r.range, LANG_TAGS[lang]))));
	const acceptable = offered.filter((lang) => !excluded.has(lang));
	const named = new Set(ranges.map((r) => rangeToLang(r.range)));
	const byWeight = ranges.filter((r) => r.q > 0).sort((a, b) => b.q - a.q);
	for (const { range } of byWeight) {
		const lang = range === '*' ? acceptable.find((l) => !named.has(l)) : rangeToLang(range);
		if (lang !== undefined && acceptable.includes(lang)) return lang;
	}
	return acceptable[0] ?? offered[0] ?? 'vi';
}

/** RFC 4647 basic filtering: `zh` matches `zh-Hans`; `zh-Hant` does not. */
function prefixMatches(range: string, tag: string): boolean {
	const lowerTag = tag.toLowerCase();
	return lowerTag === range || lowerTag.startsWith(`${range}-`);
}
