import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Trail } from '../content/trail.ts';
import { renderPhoto } from '../images/process.ts';
import { photoVariants } from '../images/variants.ts';

/** Writes every published variant of every photo under `outDir`, at the paths the pages link to. */
export async function writePhotos(trail: Trail, outDir: string): Promise<number> {
	let count = 0;
	for (const site of trail.sites) {
		for (const photo of Object.values(site.photos)) {
			for (const variant of photoVariants(site.slug, photo)) {
				const target = path.join(outDir, ...variant.path.split('/'));
				await mkdir(path.dirname(target), { recursive: true });
				await writeFile(target, await renderPhoto(photo.path, { widthPx: variant.widthPx, format: variant.format }));
				count++;
			}
		}
	}
	return count;
}
