import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cacheKey, createCacheStore, type CacheStore } from '../cache/store.ts';
import { codeVersion } from '../cache/code-version.ts';
import type { PhotoFile, SiteEntry, Trail } from '../content/trail.ts';
import { DitichsoError } from '../errors.ts';
import { decodePhoto, encodePhoto, resizePhoto } from '../images/process.ts';
import { phoneWidthPx, photoVariants, type PhotoVariant } from '../images/variants.ts';
import type { Problem } from '../problems/problem.ts';
import { mapConcurrently } from './pool.ts';
import type { Made, PublishOptions } from './made.ts';

/**
 * Content mistakes found only while publishing, after every check passed: a photo whose beginning
 * the check reads (its header and a placeholder shrunk on load) but which sharp cannot decode whole,
 * cut short or damaged near its end. They are problems like the checks', so the build reports them
 * as `check` would, exits 1 and keeps the previous output (issue #8).
 */
export class ProblemsFoundLate extends DitichsoError {
	readonly problems: Problem[];

	constructor(problems: Problem[], options?: { cause?: unknown }) {
		super(`Content problems found while publishing: ${problems.map((p) => `${p.file} (${p.code})`).join(', ')}.`, options);
		this.name = 'ProblemsFoundLate';
		this.problems = problems;
	}
}

/**
 * Writes every published variant of every photo under `outDir`, at the paths the pages link to.
 * Each photo is decoded once, at its widest variant, and resized once per width; each width's
 * formats are encoded from those pixels (issue #7). A variant kept in the cache from an earlier
 * build (same photo bytes, size, format and code) is copied instead, and a photo whose every
 * variant is kept is not decoded at all.
 */
export async function writePhotos(trail: Trail, outDir: string, { cache = createCacheStore(undefined), onProgress }: PublishOptions = {}): Promise<Made> {
	const photos = trail.sites.flatMap((site) => Object.values(site.photos).map((photo) => ({ site, photo, variants: photoVariants(site.slug, photo) })));
	const made: Made = { made: 0, fromCache: 0 };
	let done = 0;
	await mapConcurrently(photos, async ({ site, photo, variants }) => {
		const target = (variant: PhotoVariant) => path.join(outDir, ...variant.path.split('/'));
		const kept = await Promise.all(variants.map((variant) => cache.copyOut('photos', variantKey(photo, variant), target(variant))));
		const missing = variants.filter((_, i) => !kept[i]);
		made.fromCache += variants.length - missing.length;
		if (missing.length) await encodeMissing(site, photo, missing, phoneWidthPx(variants), target, cache);
		made.made += missing.length;
		onProgress?.(++done, photos.length);
	});
	return made;
}

async function encodeMissing(site: SiteEntry, photo: PhotoFile, variants: PhotoVariant[], phonePx: number, target: (variant: PhotoVariant) => string, cache: CacheStore): Promise<void> {
	const widest = variants.reduce((a, b) => (b.widthPx > a.widthPx ? b : a));
	// Only the decoding of the editor's file is their mistake; a failure after it is the program's.
	const decoded = await decodePhoto(photo.path, widest).catch((cause: unknown) => {
		throw new ProblemsFoundLate([damaged(site, photo)], { cause });
	});
	// One step at a time: sharp runs each on one thread, and mapConcurrently already keeps one
	// photo going per core; more images at once only share the same cores (issue #7).
	for (const widthPx of new Set(variants.map((v) => v.widthPx))) {
		const ofWidth = variants.filter((v) => v.widthPx === widthPx);
		const resized = await resizePhoto(decoded, ofWidth[0]!);
		for (const variant of ofWidth) {
			const bytes = await encodePhoto(resized, { ...variant, forPhones: variant.widthPx === phonePx });
			await mkdir(path.dirname(target(variant)), { recursive: true });
			await writeFile(target(variant), bytes);
			await cache.write('photos', variantKey(photo, variant), bytes);
		}
	}
}

/** The check's own message for a photo cut short, at the field of vi.md that names it. */
function damaged(site: SiteEntry, photo: PhotoFile): Problem {
	const index = (site.data.photos ?? []).findIndex((p) => p.src === photo.src);
	const field = `${site.data.cover.src === photo.src || index < 0 ? 'cover' : `photos.${index}`}.src`;
	const position = site.positions.values[field] ?? site.positions.keys[field];
	return { severity: 'error', file: site.file, field, ...position, code: 'photo-truncated', params: { src: photo.src } };
}

let version: string | undefined;

/** The photo's bytes (by their hash), the file's size and format, and the code that encodes it. */
function variantKey(photo: PhotoFile, variant: PhotoVariant): string {
	// variants.ts too: its phone width decides the encoder settings.
	version ??= codeVersion([new URL('../images/process.ts', import.meta.url), new URL('../images/variants.ts', import.meta.url)], ['sharp']);
	return cacheKey(version, photo.hash, String(variant.widthPx), String(variant.heightPx), variant.format);
}
