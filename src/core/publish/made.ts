import type { CacheStore } from '../cache/store.ts';

/** How many files a step made, and how many it copied from the cache: the build's summary. */
export interface Made {
	made: number;
	fromCache: number;
}

/** What every publishing step may be given: a cache, and a way to report how far it has got. */
export interface PublishOptions {
	cache?: CacheStore | undefined;
	onProgress?: ((done: number, total: number) => void) | undefined;
}
