import { absoluteUrl } from '../links/page-path.ts';
import { LANG_TAGS, type Lang } from '../schema/index.ts';

export interface Alternate {
	lang: Lang;
	/** BCP-47 tag for `hreflang` and `lang`. */
	tag: string;
	/** Absolute URL of the same page in that language. */
	href: string;
	/** Site path, for the language switcher. */
	path: string;
}

/** The same page in every offered language, Vietnamese first. */
export function alternatesOf(baseUrl: string, languages: readonly Lang[], pathFor: (lang: Lang) => string): Alternate[] {
	return languages.map((lang) => ({ lang, tag: LANG_TAGS[lang], path: pathFor(lang), href: absoluteUrl(baseUrl, pathFor(lang)) }));
}
