import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_ICONS, FULL_BLEED_SCALE, THEME_COLOUR } from '../images/icons.ts';
import { renderIcon } from '../images/process.ts';

/** Draws the home-screen icons of the manifest and the apple-touch-icon from the favicon SVG. */
export async function writeIcons(faviconSvgPath: string, outDir: string): Promise<string[]> {
	const svg = await readFile(faviconSvgPath);
	for (const icon of APP_ICONS) {
		const fullBleed = icon.purpose === 'any' ? undefined : { background: THEME_COLOUR, scale: FULL_BLEED_SCALE };
		const png = await renderIcon(svg, fullBleed ? { sizePx: icon.sizePx, fullBleed } : { sizePx: icon.sizePx });
		await writeFile(path.join(outDir, ...icon.path.split('/')), png);
	}
	return APP_ICONS.map((icon) => icon.path);
}
