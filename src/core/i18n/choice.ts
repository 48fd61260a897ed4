/**
 * The visitor's own choice of language, remembered so the next plaque scanned opens in it. The
 * pages' inline script writes it to a cookie (which an nginx host reads before `Accept-Language`)
 * and to localStorage (kept when cookies are cleared or capped). Both hold a content language
 * key, `vi`, `en`, `zh` or `ko`. The name and format are a contract with the server config.
 */
import { isLang, type Lang } from '../schema/language.ts';
import { pickLanguage } from './negotiate.ts';

export const LANG_COOKIE = {
	name: 'lang',
	path: '/',
	/** One year: a visitor back next season still gets their language. */
	maxAgeS: 31_536_000,
	// Lax: the cookie rides along when a QR scanner app opens the address as a top-level link.
	sameSite: 'Lax',
} as const;

/** The localStorage key that holds the same choice. */
export const LANG_STORAGE_KEY = 'lang';

/** The `document.cookie` (or `Set-Cookie`) text that remembers `lang`: `lang=en; Path=/; Max-Age=31536000; SameSite=Lax`. */
export function langCookie(lang: Lang): string {
	return `${LANG_COOKIE.name}=${lang}${LANG_COOKIE_ATTRIBUTES}`;
}

/** Everything after the value, shared with the inline script. */
export const LANG_COOKIE_ATTRIBUTES = `; Path=${LANG_COOKIE.path}; Max-Age=${LANG_COOKIE.maxAgeS}; SameSite=${LANG_COOKIE.sameSite}`;

/**
 * The remembered language in a `Cookie` header (or `document.cookie`); undefined when there is
 * none or its value is not one of our languages. Never throws.
 */
export function langFromCookieHeader(header: string | undefined): Lang | undefined {
	if (typeof header !== 'string') return undefined;
	for (const pair of header.split(';')) {
		const [name, value] = pair.split('=').map((part) => part.trim());
		if (name === LANG_COOKIE.name && value !== undefined && isLang(value)) return value;
	}
	return undefined;
}

/**
 * The language a server gives a language-neutral address (a plaque's `/DH01`): the visitor's
 * remembered choice when it is offered, else the best match for `Accept-Language`, else the
 * first offered language (Vietnamese). The contract the nginx config must keep.
 */
export function chooseLanguage(request: { cookie?: string | undefined; acceptLanguage?: string | undefined }, offered: readonly Lang[]): Lang {
	const remembered = langFromCookieHeader(request.cookie);
	return remembered !== undefined && offered.includes(remembered) ? remembered : pickLanguage(request.acceptLanguage, offered);
}
