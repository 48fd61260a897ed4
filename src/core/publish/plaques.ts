import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Trail } from '../content/trail.ts';
import type { PlaqueFonts } from '../plaque/fonts.ts';
import { makeSitePlaque } from '../plaque/from-site.ts';
import { renderPlaquePdf } from '../plaque/render-pdf.ts';
import { renderPlaqueSvg } from '../plaque/render-svg.ts';

/** Where the print shop finds the files: `plaques/<CODE>.pdf` and `.svg`. */
export const PLAQUES_DIR = 'plaques';

/**
 * Writes each site's plaque as PDF and SVG under `<outDir>/plaques/`. The PDF's dates and ID come
 * from the site's `updated` date and code, so the same content always gives the same bytes.
 */
export async function writePlaques(trail: Trail, outDir: string, fonts: PlaqueFonts): Promise<string[]> {
	const dir = path.join(outDir, PLAQUES_DIR);
	await mkdir(dir, { recursive: true });
	const written: string[] = [];
	for (const site of trail.sites) {
		const { layout } = makeSitePlaque(site, trail.settings, fonts.measure);
		const code = site.data.code;
		const pdf = await renderPlaquePdf(layout, fonts, { title: `${code} · ${site.data.title}`, creationDate: new Date(`${site.data.updated}T00:00:00Z`), id: `${code}:${site.data.updated}` });
		await writeFile(path.join(dir, `${code}.pdf`), pdf);
		await writeFile(path.join(dir, `${code}.svg`), renderPlaqueSvg(layout, fonts));
		written.push(code);
	}
	return written;
}
