import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Trail } from '../content/trail.ts';
import { renderPhoto } from '../images/process.ts';
import { photoVariants } from '../images/variants.ts';
import { mapConcurrently } from './pool.ts';

/** Writes every published variant of every photo under `outDir`, at the paths the pages link to. */
export async function writePhotos(trail: Trail, outDir: string): Promise<number> {
	const jobs = trail.sites.flatMap((site) => Object.values(site.photos).flatMap((photo) => photoVariants(site.slug, photo).map((variant) => ({ photo, variant }))));
	await mapConcurrently(jobs, async ({ photo, variant }) => {
		const target = path.join(outDir, ...variant.path.split('/'));
		await mkdir(path.dirname(target), { recursive: true });
		await writeFile(target, await renderPhoto(photo.path, { widthPx: variant.widthPx, format: variant.format }));
	});
	return jobs.length;
}
