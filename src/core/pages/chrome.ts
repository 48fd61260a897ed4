import { createTranslator } from '../../i18n/index.ts';
import type { Trail } from '../content/trail.ts';
import { oncePer } from '../once-per.ts';
import { trailPath } from '../links/page-path.ts';
import { LANG_TAGS, type Lang } from '../schema/index.ts';
import type { Alternate } from './alternates.ts';

/** What every page shows around its content: header, language switcher and footer. */
export interface PageChrome {
	lang: Lang;
	langTag: string;
	siteName: string;
	trailHref: string;
	alternates: Alternate[];
	/** Absolute URL of this page in its own language. */
	canonical: string;
	owner: string;
	contact: { email?: string | undefined; phone?: string | undefined } | undefined;
	anySample: boolean;
	t: ReturnType<typeof createTranslator>;
}

export function pageChrome(trail: Trail, lang: Lang, alternates: Alternate[]): PageChrome {
	const { settings } = trail;
	const self = alternates.find((a) => a.lang === lang);
	return {
		lang,
		langTag: LANG_TAGS[lang],
		siteName: settings.name[lang] ?? settings.name.vi,
		trailHref: trailPath(lang),
		alternates,
		canonical: self?.href ?? settings.baseUrl,
		owner: settings.owner,
		contact: settings.contact,
		anySample: anySample(trail.sites),
		t: createTranslator(lang),
	};
}

// Asked by every page: at 10,000 sites and 40,000 pages, looking through the sites each time cost
// more than rendering (issue #7). The sites of a trail never change once loaded.
const anySample = oncePer((sites: Trail['sites']) => sites.some((s) => s.data.sample));
