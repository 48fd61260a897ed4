import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { COMPRESSIBLE_EXTENSIONS, MIN_COMPRESS_BYTES } from '../hosting/compressible.ts';
import { mapConcurrently } from './pool.ts';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * Writes `x.br` and `x.gz` beside every text file worth it, once at build time, so a server sends
 * the smallest form (nginx `brotli_static`/`gzip_static`) without compressing on every request.
 * zlib runs in libuv's thread pool, so files are compressed on every core.
 */
/** Returns how many files got their compressed copies. */
export async function writeCompressedCopies(outDir: string): Promise<number> {
	const files = await compressible(outDir);
	let written = 0;
	await mapConcurrently(files, async (file) => {
		const bytes = await readFile(file);
		if (bytes.length < MIN_COMPRESS_BYTES) return;
		written++;
		const [br, gzipped] = await Promise.all([
			brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
			gz(bytes, { level: 9 }),
		]);
		await writeFile(`${file}.br`, br);
		await writeFile(`${file}.gz`, gzipped);
	}, 4);
	return written;
}

/** The print shop's folder is left as it is: files to download once, which a listing should show plainly. */
const LEFT_AS_IS = ['plaques'];

async function compressible(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const kept = (e: { parentPath: string }) => !LEFT_AS_IS.includes(path.relative(dir, e.parentPath).split(path.sep)[0] ?? '');
	return entries.filter((e) => e.isFile() && kept(e) && COMPRESSIBLE_EXTENSIONS.some((ext) => e.name.endsWith(ext))).map((e) => path.join(e.parentPath, e.name));
}
