import { readPrintKitManifest, type PrintKitManifest } from '../core/index.ts';

let cached: { file: string; manifest: Promise<PrintKitManifest> } | undefined;

/**
 * The sizes of the print kit's files, for the print page. `npm run build` renders the plaques
 * before Astro runs and names the manifest in DITICHSO_PRINT_KIT; a bare `astro dev` has none,
 * and the page then shows its links without sizes. A composition root, so it may read env.
 *
 * Read once per build: every plaque preview page asks, and at 10,000 sites the manifest names
 * 140,000 files, so reading it for each page made the pages stage grow with the square of the
 * trail (issue #7). The file's name holds the build's id, so a second build reads its own.
 */
export function getPrintKitManifest(): Promise<PrintKitManifest | undefined> {
	const file = process.env['DITICHSO_PRINT_KIT'];
	if (!file) return Promise.resolve(undefined);
	if (cached?.file !== file) cached = { file, manifest: readPrintKitManifest(file) };
	return cached.manifest;
}
