/**
 * What the service worker keeps for offline reading: after one page of a trail has loaded, every
 * page of the trail and a small copy of every photo, so the next plaque scanned with no signal
 * still opens. Computed once per build from the trail; `serviceWorkerSource` renders it.
 */
import { createHash } from 'node:crypto';
import type { SiteEntry, Trail } from '../content/trail.ts';
import { photoVariants, type PhotoVariant } from '../images/variants.ts';
import { codePath, sitePath, trailPath } from '../links/page-path.ts';

export interface OfflinePlan {
	/** `ditichso-<hash>`: a new build with any change gets a new cache, and the old one is deleted. */
	cacheName: string;
	/** Site paths fetched when the service worker installs. */
	precache: string[];
	/**
	 * Every published photo file → the precached file of the same photo, served in its place when
	 * offline (a phone with a sharp screen asks for a larger width than the one kept).
	 */
	photoFallbacks: Record<string, string>;
	/** Shown for a page that is neither online nor kept: it lists the trail, so reading goes on. */
	notFoundPath: string;
}

export interface OfflinePlanInput {
	/**
	 * The texts of the code and assets that shape the pages (templates, styles, UI strings), by
	 * name: with the content, they make the version, so a code change also gives a new cache.
	 */
	sources: Readonly<Record<string, string>>;
}

export const CACHE_PREFIX = 'ditichso-';
export const NOT_FOUND_PATH = '/404.html';

// Files in public/ that every page uses.
const SHARED_ASSETS = ['/favicon.svg'];

/**
 * Kept formats, best first. WebP is smaller than JPEG and decodes on nearly every phone in use;
 * AVIF, smaller still, does not on older iPhones and WebViews, and the one copy kept offline must
 * show everywhere. JPEG is the last resort, and any other format after it.
 */
const KEPT_FORMATS: readonly PhotoVariant['format'][] = ['webp', 'jpeg'];

/** The offline plan of a trail. Deterministic: the same content and sources give the same plan. */
export function offlinePlan(trail: Trail, input: OfflinePlanInput): OfflinePlan {
	const { languages } = trail.settings;
	const pages = [
		'/',
		...languages.map(trailPath),
		...languages.flatMap((lang) => trail.sites.map((site) => sitePath(lang, site.slug))),
		...trail.sites.map((site) => codePath(site.data.code)),
		NOT_FOUND_PATH,
	];
	const photoFallbacks: Record<string, string> = {};
	const photos: string[] = [];
	for (const variants of trail.sites.flatMap(pagePhotoVariants)) {
		const kept = keptVariant(variants);
		if (!kept || photos.includes(kept.path)) continue;
		photos.push(kept.path);
		for (const variant of variants) if (variant !== kept) photoFallbacks[variant.path] = kept.path;
	}
	const precache = [...pages, ...SHARED_ASSETS, ...photos];
	const version = hashOf([JSON.stringify(precache), trailDigest(trail), ...sortedSources(input.sources)]);
	return { cacheName: `${CACHE_PREFIX}${version}`, precache, photoFallbacks, notFoundPath: NOT_FOUND_PATH };
}

/** The variants of each photo a page of `site` shows: the cover, then the gallery. */
function pagePhotoVariants(site: SiteEntry): PhotoVariant[][] {
	const sources = [site.data.cover.src, ...(site.data.photos ?? []).map((p) => p.src)];
	return sources.flatMap((src) => {
		const file = site.photos[src];
		return file ? [photoVariants(site.slug, file)] : [];
	});
}

/** The smallest width in the best kept format. */
function keptVariant(variants: readonly PhotoVariant[]): PhotoVariant | undefined {
	const rank = (v: PhotoVariant) => (KEPT_FORMATS.includes(v.format) ? KEPT_FORMATS.indexOf(v.format) : KEPT_FORMATS.length);
	return [...variants].sort((a, b) => rank(a) - rank(b) || a.widthPx - b.widthPx)[0];
}

/** Everything of the content that reaches a page; no absolute paths, so any checkout gives the same digest. */
function trailDigest(trail: Trail): string {
	return JSON.stringify({
		settings: trail.settings,
		sites: trail.sites.map((site) => ({
			slug: site.slug,
			data: site.data,
			body: site.body,
			translations: Object.values(site.translations).map((t) => ({ lang: t.lang, data: t.data, body: t.body })),
			photos: Object.values(site.photos).map((p) => ({ src: p.src, hash: p.hash, widthPx: p.widthPx, heightPx: p.heightPx })),
		})),
	});
}

function sortedSources(sources: Readonly<Record<string, string>>): string[] {
	return Object.keys(sources).sort().flatMap((name) => [name, sources[name] ?? '']);
}

function hashOf(parts: readonly string[]): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(`${part.length}:${part}`);
	return hash.digest('hex').slice(0, 16);
}
