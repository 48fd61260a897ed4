import type { SiteEntry } from '../content/trail.ts';
import type { HanFont } from '../fonts/han-font.ts';
import { renderMarkdown } from '../markdown/render.ts';
import type { Problem } from '../problems/problem.ts';
import type { Check } from './context.ts';

/**
 * Every character of an inscription's original should be in the page's Hán Nôm font; a missing one
 * shows in whatever font the phone has, or as an empty box. A warning: the page still reads.
 * Skipped when no font is given (the font is only opened when some page has an inscription).
 */
export const checkInscriptionGlyphs: Check = ({ sites, hanFont }) => {
	if (!hanFont) return [];
	return sites.flatMap((site) => [site, ...Object.values(site.translations)].flatMap((doc) => docProblems(doc, hanFont)));
};

function docProblems(doc: Pick<SiteEntry, 'file' | 'body' | 'bodyLine'>, font: Pick<HanFont, 'missingChars'>): Problem[] {
	return renderMarkdown(doc.body, { bodyLine: doc.bodyLine }).inscriptions.flatMap(({ line, chars }): Problem[] => {
		const missing = font.missingChars(chars);
		if (!missing.length) return [];
		const list = missing.map((c) => `"${c}" (U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
		return [{ code: 'inscription-glyph-missing', severity: 'warning', file: doc.file, line, params: { chars: list } }];
	});
}
