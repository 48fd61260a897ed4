import type { SiteEntry } from '../content/trail.ts';
import type { Lang } from '../schema/language.ts';

type OtherLang = Exclude<Lang, 'vi'>;

/** A site as the to-do list names it. */
export interface TodoSite {
	slug: string;
	code: string;
	title: string;
	/** Display path of the translation: the file to create, or the one to bring up to date. */
	file: string;
}

/** A translation older than the Vietnamese text it follows. */
export interface OutdatedTranslation extends TodoSite {
	/** `updated` of vi.md. */
	viUpdated: string;
	/** `updated` of the translation; undefined when the translation gives no date, so nobody knows which text it follows. */
	updated: string | undefined;
}

/** What a translator into one language has left to do. */
export interface LanguageTodo {
	lang: OtherLang;
	/** Sites with no file in this language, in trail order. */
	missing: TodoSite[];
	/** Translations whose vi.md was updated after them (or that carry no date), in trail order. */
	outdated: OutdatedTranslation[];
}

/** What the list reads of a site: the Vietnamese facts and the date of each translation. */
export type TodoInput = Pick<SiteEntry, 'slug' | 'file'> & {
	data: Pick<SiteEntry['data'], 'code' | 'title' | 'updated'>;
	translations: Partial<Record<OtherLang, { file: string; data: { updated?: string | undefined } }>>;
};

/**
 * Per language of `languages` other than Vietnamese (in that order): the sites without a
 * translation, and those whose `vi.md` has a later `updated` than the translation. Dates are
 * YYYY-MM-DD, so comparing the text compares the days. An empty list for each language when
 * everything is done; no entry at all when the site offers Vietnamese only.
 */
export function listTranslationsTodo(sites: readonly TodoInput[], languages: readonly Lang[]): LanguageTodo[] {
	return languages
		.filter((lang): lang is OtherLang => lang !== 'vi')
		.map((lang) => {
			const todo: LanguageTodo = { lang, missing: [], outdated: [] };
			for (const site of sites) {
				const named = { slug: site.slug, code: site.data.code, title: site.data.title };
				const translation = site.translations[lang];
				if (!translation) todo.missing.push({ ...named, file: siblingFile(site.file, `${lang}.md`) });
				else if (translation.data.updated === undefined || translation.data.updated < site.data.updated) {
					todo.outdated.push({ ...named, file: translation.file, viUpdated: site.data.updated, updated: translation.data.updated });
				}
			}
			return todo;
		});
}

function siblingFile(file: string, name: string): string {
	const slash = file.lastIndexOf('/');
	return slash < 0 ? name : `${file.slice(0, slash + 1)}${name}`;
}
