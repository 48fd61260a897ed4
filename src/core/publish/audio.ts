import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { SiteFile, Trail } from '../content/trail.ts';
import { slugify } from '../slug.ts';

/**
 * Site path of a published narration, e.g. `/am-thanh/dinh-dam-ha/thuyet-minh-3f2a9c1b7d4e.mp3`.
 * The content hash in the name gives a re-recorded file a new address, so no cache plays the old one.
 */
export function audioPath(siteSlug: string, file: Pick<SiteFile, 'src' | 'hash'>): string {
	const extension = path.extname(file.src).toLowerCase();
	const base = slugify(path.basename(file.src, path.extname(file.src))) || 'thuyet-minh';
	return `/am-thanh/${siteSlug}/${base}-${file.hash}${extension}`;
}

/** Copies every narration found in the site folders to `outDir`, at the paths the pages link to. */
export async function writeAudio(trail: Trail, outDir: string): Promise<number> {
	let count = 0;
	for (const site of trail.sites) {
		for (const file of Object.values(site.audio)) {
			const target = path.join(outDir, ...audioPath(site.slug, file).split('/'));
			await mkdir(path.dirname(target), { recursive: true });
			await copyFile(file.path, target);
			count++;
		}
	}
	return count;
}
