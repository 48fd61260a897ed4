import type { SiteEntry } from '../content/trail.ts';
import { makeSitePlaque, siteToPlaqueContent } from '../plaque/from-site.ts';
import type { FontId, PlaqueFonts } from '../plaque/fonts.ts';
import type { PlaqueLogo } from '../plaque/logo.ts';
import type { PlaqueOverflow } from '../plaque/layout.ts';
import { sizeToText } from '../plaque/sizes.ts';
import { titleFont } from '../plaque/styles.ts';
import type { Problem } from '../problems/problem.ts';
import type { Settings } from '../schema/index.ts';
import { isBidiControl } from '../text/invisible.ts';
import { at, type Check } from './context.ts';

type Place = { file: string; field?: string; line?: number; column?: number };

/**
 * Every character printed on a plaque must exist in the plaque font (a missing glyph is silently
 * dropped by PDF libraries: "Đình" would print as "ình"), and every text must fit its plaque.
 * A site-wide text (the owner) is reported once, at settings.yaml, however many plaques print it.
 */
export const checkPlaqueTexts: Check = ({ sites, settings, fonts, logo, settingsFile = 'content/settings.yaml' }) => {
	if (!settings || !fonts) return [];
	const settingsPlace: Place = { file: settingsFile, field: 'owner' };
	const ownerGlyphs = glyphProblem(settings.owner, 'regular', fonts, settingsPlace);
	const problems: Problem[] = ownerGlyphs ? [ownerGlyphs] : [];
	let ownerOverflowSeen = Boolean(ownerGlyphs);
	for (const site of sites) {
		const glyphs = titleGlyphProblems(site, settings, fonts);
		// Measuring text that cannot be drawn would report a second, misleading problem.
		if (glyphs.length) {
			problems.push(...glyphs);
			continue;
		}
		for (const problem of overflowProblems(site, settings, fonts, settingsPlace, logo)) {
			if (problem.file === settingsFile) {
				if (ownerOverflowSeen) continue;
				ownerOverflowSeen = true;
			}
			problems.push(problem);
		}
	}
	return problems;
};

function titleGlyphProblems(site: SiteEntry, settings: Settings, fonts: PlaqueFonts): Problem[] {
	return siteToPlaqueContent(site, settings).titles.flatMap((title, index) => {
		const problem = glyphProblem(title.text, titleFont(title.lang, index), fonts, titlePlace(site, title.lang));
		return problem ? [problem] : [];
	});
}

function glyphProblem(text: string, font: FontId, fonts: PlaqueFonts, place: Place): Problem | undefined {
	// Direction controls have their own message (checks/characters.ts): "no glyph for U+202E" would puzzle.
	const missing = fonts.missingGlyphs(text, font).filter((c) => !isBidiControl(c));
	if (!missing.length) return undefined;
	const chars = missing.map((c) => `"${c}" (U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
	return { code: 'glyph-missing', severity: 'error', ...place, params: { text, chars } };
}

function overflowProblems(site: SiteEntry, settings: Settings, fonts: PlaqueFonts, settingsPlace: Place, logo: PlaqueLogo | undefined): Problem[] {
	const { layout, size } = makeSitePlaque(site, settings, fonts.measure, logo);
	return layout.overflow.map((o): Problem => ({
		code: 'plaque-text-overflow',
		severity: 'error',
		...overflowPlace(site, o, settingsPlace),
		params: { code: o.code ?? site.data.code, text: o.text, byMm: Math.round(o.byMm * 10) / 10, size: sizeToText(size) },
	}));
}

/** The field an overflowing text comes from: a title in vi.md or a translation, the owner in settings. */
function overflowPlace(site: SiteEntry, overflow: PlaqueOverflow, settingsPlace: Place): Place {
	switch (overflow.part) {
		case 'owner':
			return settingsPlace;
		case 'title':
			return titlePlace(site, overflow.lang ?? 'vi');
		case 'category':
			return { file: site.file, ...at(site, 'category') };
		default:
			// The code and the short address under the QR code both come from the plaque code.
			return { file: site.file, ...at(site, 'code') };
	}
}

function titlePlace(site: SiteEntry, lang: string): Place {
	const translation = lang === 'vi' ? undefined : site.translations[lang as keyof SiteEntry['translations']];
	if (!translation) return { file: site.file, ...at(site, 'title') };
	return { file: translation.file, field: 'title', ...(translation.positions.values['title'] ?? translation.positions.keys['title']) };
}
