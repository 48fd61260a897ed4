import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { cacheKey, createCacheStore, type CacheStore } from '../cache/store.ts';
import { COMPRESSIBLE_EXTENSIONS, MIN_COMPRESS_BYTES } from '../hosting/compressible.ts';
import type { Made, PublishOptions } from './made.ts';
import { mapConcurrently } from './pool.ts';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

const BROTLI_QUALITY = 9;
const GZIP_LEVEL = 9;
/** The compressors and their settings: part of every key, so a new zlib gives new copies. */
const VERSION = `zlib ${process.versions.zlib} brotli ${process.versions.brotli} q${BROTLI_QUALITY} l${GZIP_LEVEL}`;

/**
 * Writes `x.br` and `x.gz` beside every text file worth it, once at build time, so a server sends
 * the smallest form (nginx `brotli_static`/`gzip_static`) without compressing on every request.
 * zlib runs in libuv's thread pool, so files are compressed on every core. The copies of a file
 * whose bytes an earlier build already compressed come from the cache, by the hash of the bytes.
 * `made` counts the files compressed now, `fromCache` those whose copies were kept.
 */
export async function writeCompressedCopies(outDir: string, { cache = createCacheStore(undefined), onProgress }: PublishOptions = {}): Promise<Made> {
	const files = await compressible(outDir);
	const made: Made = { made: 0, fromCache: 0 };
	let done = 0;
	await mapConcurrently(files, async (file) => {
		const bytes = await readFile(file);
		if (bytes.length >= MIN_COMPRESS_BYTES) made[(await compressOne(file, bytes, cache)) ? 'fromCache' : 'made']++;
		onProgress?.(++done, files.length);
	}, 4);
	return made;
}

/** True when both copies came from the cache. */
async function compressOne(file: string, bytes: Buffer, cache: CacheStore): Promise<boolean> {
	const key = cacheKey(VERSION, bytes);
	const [br, gzipped] = await Promise.all([cache.copyOut('br', key, `${file}.br`), cache.copyOut('gz', key, `${file}.gz`)]);
	if (br && gzipped) return true;
	const [brBytes, gzBytes] = await Promise.all([
		brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
		gz(bytes, { level: GZIP_LEVEL }),
	]);
	await writeFile(`${file}.br`, brBytes);
	await writeFile(`${file}.gz`, gzBytes);
	await Promise.all([cache.write('br', key, brBytes), cache.write('gz', key, gzBytes)]);
	return false;
}

/** The print shop's folder is left as it is: files to download once, which a listing should show plainly. */
const LEFT_AS_IS = ['plaques'];

async function compressible(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const kept = (e: { parentPath: string }) => !LEFT_AS_IS.includes(path.relative(dir, e.parentPath).split(path.sep)[0] ?? '');
	return entries.filter((e) => e.isFile() && kept(e) && COMPRESSIBLE_EXTENSIONS.some((ext) => e.name.endsWith(ext))).map((e) => path.join(e.parentPath, e.name));
}
