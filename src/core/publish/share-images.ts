import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cacheKey, createCacheStore } from '../cache/store.ts';
import { codeVersion } from '../cache/code-version.ts';
import type { Trail } from '../content/trail.ts';
import { composeImage } from '../images/process.ts';
import { SHARE_IMAGE_BACKGROUND, SHARE_IMAGE_SIZE_PX, shareImageLines, shareImageOverlay, shareImagePath } from '../images/share-image.ts';
import type { PlaqueFonts } from '../plaque/fonts.ts';
import type { Made, PublishOptions } from './made.ts';
import { mapConcurrently } from './pool.ts';

/**
 * Writes each site's 1200 × 630 share image (cover photo and title) at the path its pages name in
 * `og:image`. The text is drawn as outlines into the SVG, so the SVG, the cover's bytes and the
 * code name the image exactly: one kept in the cache under that key is copied, not composed again.
 */
export async function writeShareImages(trail: Trail, outDir: string, fonts: PlaqueFonts, { cache = createCacheStore(undefined), onProgress }: PublishOptions = {}): Promise<Made & { paths: string[] }> {
	const made: Made = { made: 0, fromCache: 0 };
	let done = 0;
	const paths = await mapConcurrently(trail.sites, async (site) => {
		const sitePath = shareImagePath(site, trail.settings);
		const target = path.join(outDir, ...sitePath.split('/'));
		const { svg: overlay, coveredFromPx } = shareImageOverlay(shareImageLines(site, trail.settings), fonts);
		const cover = site.photos[site.data.cover.src];
		const canvas = { ...SHARE_IMAGE_SIZE_PX, background: SHARE_IMAGE_BACKGROUND, coveredFromPx };
		version ??= codeVersion([new URL('../images/process.ts', import.meta.url)], ['sharp']);
		const key = cacheKey(version, overlay, cover?.hash ?? '', JSON.stringify(canvas));
		if (await cache.copyOut('share', key, target)) made.fromCache++;
		else {
			const bytes = await composeImage(cover?.path, overlay, canvas);
			await mkdir(path.dirname(target), { recursive: true });
			await writeFile(target, bytes);
			await cache.write('share', key, bytes);
			made.made++;
		}
		onProgress?.(++done, trail.sites.length);
		return sitePath;
	});
	return { ...made, paths };
}

let version: string | undefined;
