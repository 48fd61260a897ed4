import type { SiteEntry } from '../content/trail.ts';
import { MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, megabytes, megapixels } from '../images/accepted.ts';
import type { Problem } from '../problems/problem.ts';
import type { Photo } from '../schema/index.ts';
import { at, folderOf, type Check } from './context.ts';

/**
 * Every photo must be found inside its site's folder, be a readable JPEG, PNG or WebP of at most
 * 25 MB and 54 megapixels, and say what it shows. A refused file is told apart by why (empty, cut
 * short, a PDF …), since each has its own fix.
 */
export const checkPhotos: Check = ({ sites }) =>
	sites.flatMap((site) => {
		const named: Array<[string, Photo]> = [['cover', site.data.cover], ...(site.data.photos ?? []).map((p, i): [string, Photo] => [`photos.${i}`, p])];
		return named.flatMap(([field, photo]) => [...fileProblems(site, field, photo), ...altProblems(site, field, photo)]);
	});

function fileProblems(site: SiteEntry, field: string, photo: Photo): Problem[] {
	const base = { severity: 'error', file: site.file, ...at(site, `${field}.src`) } as const;
	const params = { src: photo.src, dir: folderOf(site) };
	switch (site.photoStatus[photo.src]) {
		case 'missing': return [{ ...base, code: 'photo-missing', params }];
		case 'outside': return [{ ...base, code: 'photo-outside-site-folder', params }];
		case 'unreadable': return [{ ...base, code: 'photo-unreadable', params: { src: photo.src } }];
		case 'heic': return [{ ...base, code: 'photo-heic', params: { src: photo.src } }];
		case 'too-large': return [{ ...base, code: 'photo-too-large', params: { src: photo.src, sizeMb: megabytes(site.photoBytes[photo.src] ?? 0), maxMb: megabytes(MAX_PHOTO_BYTES) } }];
		case 'empty': return [{ ...base, code: 'photo-empty', params: { src: photo.src } }];
		case 'truncated': return [{ ...base, code: 'photo-truncated', params: { src: photo.src } }];
		case 'not-image':
		case 'too-many-pixels': return refusalProblems(site, photo, base);
		default: return [];
	}
}

/** The refusals whose message needs what the loader found: what the file is, its size in pixels. */
function refusalProblems(site: SiteEntry, photo: Photo, base: Omit<Problem, 'code' | 'params'>): Problem[] {
	const refusal = site.photoRefusals[photo.src];
	switch (refusal?.refused) {
		case 'not-image': return [{ ...base, code: 'photo-not-an-image', params: { src: photo.src, kind: refusal.kind } }];
		case 'too-many-pixels': {
			const { widthPx, heightPx } = refusal;
			return [{ ...base, code: 'photo-too-many-pixels', params: { src: photo.src, widthPx, heightPx, megapixels: megapixels(widthPx * heightPx), maxMegapixels: megapixels(MAX_PHOTO_PIXELS) } }];
		}
		// A status without its details (an entry made by hand) is still refused, with the general message.
		default: return [{ ...base, code: 'photo-unreadable', params: { src: photo.src } }];
	}
}

function altProblems(site: SiteEntry, field: string, photo: Photo): Problem[] {
	if (photo.alt) return [];
	// An absent alt has no line of its own: point at the photo's group instead.
	const place = site.positions.values[`${field}.alt`] ? at(site, `${field}.alt`) : { ...at(site, field), field: `${field}.alt` };
	return [{ severity: 'error', file: site.file, code: 'alt-missing', ...place, params: { which: field === 'cover' ? 'cover' : 'photo' } }];
}
