import { inspectPhoto } from '../images/process.ts';
import { codeVersion } from './code-version.ts';
import { cacheKey, type CacheStore } from './store.ts';

type Inspect = typeof inspectPhoto;

/**
 * `inspectPhoto` that remembers: what a photo is (its size, format, placeholder, EXIF position) or
 * why it is refused depends only on its bytes, its name (a HEIC is told apart by it) and the code
 * that reads it, limits included (accepted.ts), so a photo already read by an earlier build is not
 * decoded again to make its placeholder.
 */
export function cachedPhotoInspector(cache: CacheStore): Inspect {
	const version = codeVersion(['process.ts', 'exif-gps.ts', 'accepted.ts'].map((file) => new URL(`../images/${file}`, import.meta.url)), ['sharp']);
	return async (bytes, name) => {
		const key = cacheKey(version, name, bytes);
		const kept = await cache.read('photo-info', key);
		if (kept) return (JSON.parse(kept.toString('utf8')) as { info: Awaited<ReturnType<Inspect>> }).info;
		const info = await inspectPhoto(bytes, name);
		await cache.write('photo-info', key, JSON.stringify({ info }));
		return info;
	};
}
