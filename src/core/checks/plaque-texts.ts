import { makeSitePlaque, siteToPlaqueContent } from '../plaque/from-site.ts';
import type { SiteEntry } from '../content/trail.ts';
import type { FontId, PlaqueFonts } from '../plaque/fonts.ts';
import type { Problem } from '../problems/problem.ts';
import type { Settings } from '../schema/index.ts';
import { at, type Check } from './context.ts';

/**
 * Every character printed on a plaque must exist in the plaque font (a missing glyph is silently
 * dropped by PDF libraries: "Đình" would print as "ình"), and every text must fit its plaque.
 */
export const checkPlaqueTexts: Check = ({ sites, settings, fonts, settingsFile = 'content/settings.yaml' }) => {
	if (!settings || !fonts) return [];
	return sites.flatMap((site) => {
		const glyphs = glyphProblems(site, settings, fonts, settingsFile);
		// Measuring text that cannot be drawn would report a second, misleading problem.
		return glyphs.length ? glyphs : overflowProblems(site, settings, fonts);
	});
};

function glyphProblems(site: SiteEntry, settings: Settings, fonts: PlaqueFonts, settingsFile: string): Problem[] {
	const content = siteToPlaqueContent(site, settings);
	const texts: Array<{ text: string; font: FontId; file: string; field?: string }> = [
		...content.titles.map((title) => ({ text: title.text, font: 'bold' as const, file: title.lang === 'vi' ? site.file : (site.translations.en?.file ?? site.file), field: 'title' })),
		{ text: content.owner, font: 'regular', file: settingsFile, field: 'owner' },
	];
	return texts.flatMap(({ text, font, file, field }): Problem[] => {
		const missing = fonts.missingGlyphs(text, font);
		if (!missing.length) return [];
		const place = file === site.file && field ? at(site, field) : field ? { field } : {};
		return [{ code: 'glyph-missing', severity: 'error', file, ...place, params: { text, chars: missing.map((c) => `"${c}" (U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')})`).join(', ') } }];
	});
}

function overflowProblems(site: SiteEntry, settings: Settings, fonts: PlaqueFonts): Problem[] {
	const { layout } = makeSitePlaque(site, settings, fonts.measure);
	return layout.overflow.map((o): Problem => ({
		code: 'plaque-text-overflow',
		severity: 'error',
		file: site.file,
		...at(site, 'title'),
		params: { text: o.text, byMm: Math.round(o.byMm * 10) / 10, size: layout.sizeId.toUpperCase() },
	}));
}
