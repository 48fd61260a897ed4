import { t } from '../../i18n/index.ts';
import type { SiteEntry, TranslationEntry } from '../content/trail.ts';
import { LANG_TAGS, type Lang, type Visiting } from '../schema/index.ts';

const VISIT_FIELDS = ['hours', 'fee', 'dress', 'notes'] as const satisfies readonly (keyof Visiting)[];

/** Opening hours, fee, dress code and notes, labelled in the page language. */
export interface VisitInfo {
	/** Tag of the text when it is not in the page language (Vietnamese shown on an English page). */
	lang: string | undefined;
	items: Array<{ key: (typeof VISIT_FIELDS)[number]; label: string; text: string }>;
}

/**
 * The translation's visiting words when it has them, else vi.md's (marked Vietnamese); undefined
 * when neither says anything.
 */
export function visitInfo(site: SiteEntry, translation: TranslationEntry | undefined, lang: Lang): VisitInfo | undefined {
	const own = translation?.data.visiting;
	const visiting = own ?? site.data.visiting;
	const items = VISIT_FIELDS.flatMap((key) => {
		const text = visiting?.[key];
		return text ? [{ key, label: t(lang, `visit.${key}`), text }] : [];
	});
	if (!items.length) return undefined;
	const textLang: Lang = own && translation ? translation.lang : 'vi';
	return { lang: textLang === lang ? undefined : LANG_TAGS[textLang], items };
}
