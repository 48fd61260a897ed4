import type { Trail } from '../content/trail.ts';
import { HAN_FONT_FAMILY, loadHanFont, type HanFont, type HanFontFile } from '../fonts/han-font.ts';
import { renderMarkdown } from '../markdown/render.ts';
import { siteText } from './site-page.ts';

/** The stylesheet a page with an inscription carries in its <head>. */
export interface InscriptionFontFace {
	/** Site path of the page's own font subset. */
	href: string;
	/** @font-face for the subset and the rule that gives it to the originals (`.ins-han`). */
	css: string;
}

/**
 * The font face of a page whose inscriptions use `chars`; undefined when it has none, so a page
 * without an inscription names no font and loads none. `swap`: the text shows at once in a phone
 * font and changes when the subset arrives, rather than staying invisible on a weak signal.
 */
export async function inscriptionFontFace(chars: string, font: Pick<HanFont, 'subset'> = loadHanFont()): Promise<InscriptionFontFace | undefined> {
	if (!chars) return undefined;
	const file = await font.subset(chars);
	const family = JSON.stringify(HAN_FONT_FAMILY);
	const css = `@font-face{font-family:${family};src:url(${file.path}) format("woff2");font-display:swap}.ins-han{font-family:${family},serif}`;
	return { href: file.path, css };
}

/** Every font subset the site's pages name, once each: what the font endpoint publishes. */
export async function inscriptionFontFiles(trail: Trail, font: Pick<HanFont, 'subset'> = loadHanFont()): Promise<HanFontFile[]> {
	const charSets = new Set<string>();
	for (const site of trail.sites) {
		// Short-URL pages (/DH01/) show the Vietnamese text, whose characters are already here.
		for (const lang of trail.settings.languages) {
			const { body, bodyLine, textLang } = siteText(site, lang);
			const chars = renderMarkdown(body, { bodyLine, lang: textLang }).inscriptionChars;
			if (chars) charSets.add(chars);
		}
	}
	const files = await Promise.all([...charSets].map((chars) => font.subset(chars)));
	return [...new Map(files.map((file) => [file.name, file])).values()];
}
