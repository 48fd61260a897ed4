import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Trail } from '../content/trail.ts';
import type { PlaqueFonts } from '../plaque/fonts.ts';
import { makePrintKit, printKitManifest, type KitFile } from './print-kit.ts';
import { PLAQUES_DIR, type PrintKitManifest } from './print-paths.ts';

export { PLAQUES_DIR } from './print-paths.ts';

/**
 * Renders the print kit (see `makePrintKit`) and writes it under `<outDir>/plaques/`. Returns
 * the codes of the plaques written, in trail order.
 */
export async function writePlaques(trail: Trail, outDir: string, fonts: PlaqueFonts): Promise<string[]> {
	await writeKitFiles(await makePrintKit(trail, fonts), outDir);
	return trail.sites.map((site) => site.data.code);
}

/** Writes files made by `makePrintKit` under `<outDir>/plaques/`. */
export async function writeKitFiles(files: readonly KitFile[], outDir: string): Promise<void> {
	const dir = path.join(outDir, PLAQUES_DIR);
	const folders = new Set(files.map((f) => path.dirname(path.join(dir, ...f.path.split('/')))));
	for (const folder of folders) await mkdir(folder, { recursive: true });
	await Promise.all(files.map((f) => writeFile(path.join(dir, ...f.path.split('/')), f.bytes)));
}

/** Saves the kit's file sizes for the print page, which is rendered in another module graph (Astro's). */
export async function writePrintKitManifest(file: string, files: readonly KitFile[]): Promise<void> {
	await writeFile(file, `${JSON.stringify(printKitManifest(files))}\n`);
}

/** Reads what `writePrintKitManifest` saved. */
export async function readPrintKitManifest(file: string): Promise<PrintKitManifest> {
	return JSON.parse(await readFile(file, 'utf8')) as PrintKitManifest;
}
