import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Trail } from '../content/trail.ts';
import { decodePhoto, encodePhoto } from '../images/process.ts';
import { photoVariants } from '../images/variants.ts';
import { mapConcurrently } from './pool.ts';

/**
 * Writes every published variant of every photo under `outDir`, at the paths the pages link to.
 * Each photo is decoded once, at its widest variant; its variants are encoded side by side.
 * Returns the number of files written.
 */
export async function writePhotos(trail: Trail, outDir: string): Promise<number> {
	const photos = trail.sites.flatMap((site) => Object.values(site.photos).map((photo) => ({ photo, variants: photoVariants(site.slug, photo) })));
	await mapConcurrently(photos, async ({ photo, variants }) => {
		const widest = variants.reduce((a, b) => (b.widthPx > a.widthPx ? b : a));
		const decoded = await decodePhoto(photo.path, widest);
		await Promise.all(
			variants.map(async (variant) => {
				const target = path.join(outDir, ...variant.path.split('/'));
				await mkdir(path.dirname(target), { recursive: true });
				await writeFile(target, await encodePhoto(decoded, variant));
			}),
		);
	});
	return photos.reduce((count, { variants }) => count + variants.length, 0);
}
