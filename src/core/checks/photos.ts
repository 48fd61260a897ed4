import type { SiteEntry } from '../content/trail.ts';
import { MAX_PHOTO_BYTES, megabytes } from '../images/accepted.ts';
import type { Problem } from '../problems/problem.ts';
import type { Photo } from '../schema/index.ts';
import { at, folderOf, type Check } from './context.ts';

/** Every photo must be found inside its site's folder, be a readable JPEG, PNG or WebP of at most 25 MB, and say what it shows. */
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
		default: return [];
	}
}

function altProblems(site: SiteEntry, field: string, photo: Photo): Problem[] {
	if (photo.alt) return [];
	// An absent alt has no line of its own: point at the photo's group instead.
	const place = site.positions.values[`${field}.alt`] ? at(site, `${field}.alt`) : { ...at(site, field), field: `${field}.alt` };
	return [{ severity: 'error', file: site.file, code: 'alt-missing', ...place, params: { which: field === 'cover' ? 'cover' : 'photo' } }];
}
