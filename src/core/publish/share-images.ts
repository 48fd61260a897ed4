import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Trail } from '../content/trail.ts';
import { composeImage } from '../images/process.ts';
import { SHARE_IMAGE_BACKGROUND, SHARE_IMAGE_SIZE_PX, shareImageLines, shareImagePath, shareImageSvg } from '../images/share-image.ts';
import type { PlaqueFonts } from '../plaque/fonts.ts';
import { mapConcurrently } from './pool.ts';

/** Writes each site's 1200 × 630 share image (cover photo and title) at the path its pages name in `og:image`. */
export async function writeShareImages(trail: Trail, outDir: string, fonts: PlaqueFonts): Promise<string[]> {
	return mapConcurrently(trail.sites, async (site) => {
		const sitePath = shareImagePath(site, trail.settings);
		const target = path.join(outDir, ...sitePath.split('/'));
		const overlay = shareImageSvg(shareImageLines(site, trail.settings), fonts);
		const canvas = { ...SHARE_IMAGE_SIZE_PX, background: SHARE_IMAGE_BACKGROUND };
		await mkdir(path.dirname(target), { recursive: true });
		await writeFile(target, await composeImage(site.photos[site.data.cover.src]?.path, overlay, canvas));
		return sitePath;
	});
}
