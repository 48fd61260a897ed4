import { readPrintKitManifest, type PrintKitManifest } from '../core/index.ts';

/**
 * The sizes of the print kit's files, for the print page. `npm run build` renders the plaques
 * before Astro runs and names the manifest in DITICHSO_PRINT_KIT; a bare `astro dev` has none,
 * and the page then shows its links without sizes. A composition root, so it may read env.
 */
export async function getPrintKitManifest(): Promise<PrintKitManifest | undefined> {
	const file = process.env['DITICHSO_PRINT_KIT'];
	return file ? readPrintKitManifest(file) : undefined;
}
