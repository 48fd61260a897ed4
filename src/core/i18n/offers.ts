import { t } from '../../i18n/index.ts';
import type { Alternate } from '../pages/alternates.ts';
import type { Lang } from '../schema/language.ts';

/** A one-tap link to this page in another language, written in that language. */
export interface LanguageOffer {
	lang: Lang;
	/** BCP-47 tag, for `lang` and `hreflang`. */
	tag: string;
	path: string;
	/** "Read this page in English", "阅读中文版" … */
	text: string;
}

/**
 * The offers a page carries, hidden, for its inline script to show the one that matches the
 * phone's language: every alternate but the page's own. Empty when there is only one language.
 */
export function languageOffers(lang: Lang, alternates: readonly Alternate[]): LanguageOffer[] {
	return alternates.filter((a) => a.lang !== lang).map((a) => ({ lang: a.lang, tag: a.tag, path: a.path, text: t(a.lang, 'nav.readIn') }));
}
