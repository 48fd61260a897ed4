import type { Problem } from '../problems/problem.ts';
import type { Check } from './context.ts';

/** A translation in a language the site does not offer is never shown: say so rather than drop it silently. */
export const checkTranslationLanguages: Check = ({ sites, settings }) => {
	if (!settings) return [];
	const offered = settings.languages;
	return sites.flatMap((site) =>
		Object.values(site.translations)
			.filter((t) => !offered.includes(t.lang))
			.map((t): Problem => ({ code: 'language-not-offered', severity: 'warning', file: t.file, params: { lang: t.lang, languages: [...offered] } })),
	);
};
