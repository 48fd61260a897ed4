import type { RetiredEntry, Trail } from '../content/trail.ts';
import { codePath, sitePath } from '../links/page-path.ts';
import type { Lang } from '../schema/index.ts';
import { CODE_PATTERN } from '../schema/code.ts';
import { alternatesOf } from './alternates.ts';
import { pageChrome, type PageChrome } from './chrome.ts';
import { titleIn } from './site-page.ts';

/** The page that answers for a site taken off the trail: what happened, and where to go instead. */
export interface RetiredPage {
	chrome: PageChrome;
	code: string;
	title: string;
	/** The language of `title` and `note`: Vietnamese where no translation was written. */
	textLang: Lang;
	/** "Đình X đã đóng cửa … từ ngày 2026-11-20." */
	what: string;
	note: { text: string; lang: Lang } | undefined;
	/** Where to go instead; a site of the trail, or an address elsewhere. */
	goTo: { href: string; label: string; lang: Lang } | undefined;
}

export function retiredPageModel(trail: Trail, entry: RetiredEntry, lang: Lang): RetiredPage {
	const { data } = entry;
	const alternates = alternatesOf(trail.settings.baseUrl, trail.settings.languages, (l) => sitePath(l, data.folder));
	const chrome = pageChrome(trail, lang, alternates);
	const title = data.title[lang] ?? data.title.vi;
	const textLang = data.title[lang] ? lang : 'vi';
	const noteText = data.note?.[lang] ?? data.note?.vi;
	return {
		chrome,
		code: data.code,
		title,
		textLang,
		what: chrome.t(`retired.${data.reason}`, { title, date: data.date }),
		note: noteText === undefined ? undefined : { text: noteText, lang: data.note?.[lang] ? lang : 'vi' },
		goTo: goToLink(trail, data.goTo, lang, chrome),
	};
}

/** The same page at the plaque's short address `/DH05/`, in Vietnamese. */
export function retiredCodePageModel(trail: Trail, entry: RetiredEntry): RetiredPage & { path: string } {
	return { ...retiredPageModel(trail, entry, 'vi'), path: codePath(entry.data.code) };
}

function goToLink(trail: Trail, goTo: string | undefined, lang: Lang, chrome: PageChrome): RetiredPage['goTo'] {
	if (goTo === undefined) return undefined;
	if (!CODE_PATTERN.test(goTo)) return { href: goTo, label: chrome.t('retired.goToElsewhere'), lang };
	const site = trail.sites.find((s) => s.data.code === goTo);
	if (!site) return undefined;
	return { href: sitePath(lang, site.slug), label: chrome.t('retired.goTo', { title: titleIn(site, lang) }), lang };
}
