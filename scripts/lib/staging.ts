import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** The folder a build writes into, beside the output, hidden; its plaques and manifest beside it. */
export function stagingFor(outDir: string, buildId: string): string {
	return path.join(path.dirname(outDir), `.${path.basename(outDir)}-staging-${buildId}`);
}

/** Removes a staging folder and what was made beside it. */
export async function removeStaging(staging: string): Promise<void> {
	await Promise.all([staging, `${staging}.plaques`, `${staging}.print-kit.json`, `${staging}.kept-pages.json`].map((p) => rm(p, { recursive: true, force: true })));
}

/** Replaces `outDir` with `staging` in two renames, so no reader ever sees a half-written site. */
export async function swapInto(staging: string, outDir: string): Promise<void> {
	const old = path.join(path.dirname(outDir), `.${path.basename(outDir)}-old-${process.pid}`);
	const exists = await stat(outDir).then(() => true, () => false);
	if (exists) await rename(outDir, old);
	await rename(staging, outDir);
	if (exists) await rm(old, { recursive: true, force: true });
}
