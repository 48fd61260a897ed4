import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { access, copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The build's persistent cache: finished files kept by the hash of everything that made them, in
 * folders by kind (`photos/`, `pages/`, …), so a warm build copies instead of making. Keys are
 * computed by the caller from the inputs and a version of the code (see code-version.ts): a key
 * never names two different results, so an entry is never stale, only unused.
 */
export interface CacheStore {
	/** The kept bytes, or undefined. */
	read(kind: string, key: string): Promise<Buffer | undefined>;
	has(kind: string, key: string): Promise<boolean>;
	write(kind: string, key: string, bytes: Uint8Array | string): Promise<void>;
	/** Copies the kept file to `target`; false when there is none. */
	copyOut(kind: string, key: string, target: string): Promise<boolean>;
	/** Keeps a copy of the finished file `source`. */
	copyIn(kind: string, key: string, source: string): Promise<void>;
}

/** A store in `dir`; no `dir` gives a store that keeps nothing (tests, `npm run plaques`). */
export function createCacheStore(dir: string | undefined): CacheStore {
	if (!dir) return NO_CACHE;
	const fileOf = (kind: string, key: string) => path.join(dir, kind, key.slice(0, 2), key);
	return {
		read: (kind, key) => readFile(fileOf(kind, key)).catch(() => undefined),
		has: (kind, key) => access(fileOf(kind, key)).then(() => true, () => false),
		write: (kind, key, bytes) => keep(fileOf(kind, key), (temporary) => writeFile(temporary, bytes)),
		copyOut: async (kind, key, target) => {
			await mkdir(path.dirname(target), { recursive: true });
			return copyFile(fileOf(kind, key), target, constants.COPYFILE_FICLONE).then(() => true, () => false);
		},
		// Copies, not links: a file edited in the output later must not change what the cache keeps.
		copyIn: (kind, key, source) => keep(fileOf(kind, key), (temporary) => copyFile(source, temporary, constants.COPYFILE_FICLONE)),
	};
}

const NO_CACHE: CacheStore = {
	read: async () => undefined,
	has: async () => false,
	write: async () => {},
	copyOut: async () => false,
	copyIn: async () => {},
};

/** The key of a result: a hash of the code version and every input, in order. */
export function cacheKey(...parts: readonly (string | Uint8Array)[]): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(typeof part === 'string' ? `${part.length}:${part}` : part);
	return hash.digest('hex');
}

let written = 0;

/** Written beside, then renamed: a build stopped half-way never leaves a torn file in the cache. */
async function keep(file: string, write: (temporary: string) => Promise<unknown>): Promise<void> {
	await mkdir(path.dirname(file), { recursive: true });
	const temporary = `${file}.${process.pid}-${++written}.tmp`;
	try {
		await write(temporary);
		await rename(temporary, file);
	} catch (error) {
		await rm(temporary, { force: true });
		throw error;
	}
}
