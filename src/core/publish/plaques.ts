import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Trail } from '../content/trail.ts';
import type { PlaqueFonts } from '../plaque/fonts.ts';
import { createPlaqueRenderer } from './plaque-renderer.ts';
import { writePrintKit } from './print-kit.ts';
import { PLAQUES_DIR, type PrintKitManifest } from './print-paths.ts';

export { PLAQUES_DIR } from './print-paths.ts';

/**
 * Renders the print kit (see `writePrintKit`) straight into `<outDir>/plaques/`, with a renderer
 * of its own. Returns the codes of the plaques written, in trail order.
 */
export async function writePlaques(trail: Trail, outDir: string, fonts: PlaqueFonts): Promise<string[]> {
	const renderer = createPlaqueRenderer({ fonts });
	await writePrintKit(trail, fonts, renderer, path.join(outDir, PLAQUES_DIR)).finally(() => renderer.close());
	return trail.sites.map((site) => site.data.code);
}

/** Saves the kit's file sizes for the print page, which is rendered in another module graph (Astro's). */
export async function savePrintKitManifest(file: string, manifest: PrintKitManifest): Promise<void> {
	await writeFile(file, `${JSON.stringify(manifest)}\n`);
}

/** Reads what `savePrintKitManifest` saved. */
export async function readPrintKitManifest(file: string): Promise<PrintKitManifest> {
	return JSON.parse(await readFile(file, 'utf8')) as PrintKitManifest;
}
