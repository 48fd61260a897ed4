import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PhotoRefusal } from '../images/accepted.ts';
import type { PhotoStatus, SiteFile } from './trail.ts';

/**
 * Reads more from a file's bytes (a photo's size). Undefined when the file is not of the kind
 * expected ('unreadable'), or a refusal that says why, for a message of its own ('heic', 'truncated' …).
 */
export type Inspect<T> = (bytes: Uint8Array, src: string) => Promise<T | PhotoRefusal | undefined>;

export interface LocateOptions {
	/** A larger file is 'too-large' and never read. */
	maxBytes?: number;
}

/**
 * Finds files named in front matter (photos, audio narrations) inside a site's folder: never
 * outside it (by name or by symbolic link), and matching a name that differs only in Unicode form,
 * as a Mac may store "Thuyết minh.mp3" decomposed (NFD) while vi.md, normalised on load, names it
 * composed (NFC). An empty file is 'empty'; one that is not a plain file (a folder, a device), or
 * that `inspect` refuses without saying why, is 'unreadable'. `bytes` gives the size of every file
 * found inside the folder, read or not; `refusals` says why each file `inspect` refused was refused.
 */
export async function locateSiteFiles<T extends object = Record<never, never>>(
	dir: string,
	sources: readonly string[],
	inspect?: Inspect<T>,
	options: LocateOptions = {},
): Promise<{ files: Record<string, SiteFile & T>; status: Record<string, PhotoStatus>; bytes: Record<string, number>; refusals: Record<string, PhotoRefusal> }> {
	const files: Record<string, SiteFile & T> = {};
	const status: Record<string, PhotoStatus> = {};
	const bytes: Record<string, number> = {};
	const refusals: Record<string, PhotoRefusal> = {};
	for (const src of sources) {
		const found = await locate(dir, src, inspect, options);
		status[src] = found.status;
		if (found.file) files[src] = found.file;
		if (found.size !== undefined) bytes[src] = found.size;
		if (found.refusal) refusals[src] = found.refusal;
	}
	return { files, status, bytes, refusals };
}

interface Located<T> {
	status: PhotoStatus;
	file?: SiteFile & T;
	size?: number | undefined;
	refusal?: PhotoRefusal;
}

async function locate<T extends object>(dir: string, src: string, inspect: Inspect<T> | undefined, options: LocateOptions): Promise<Located<T>> {
	const abs = path.resolve(dir, src);
	if (path.isAbsolute(src) || !isInside(dir, abs)) return { status: 'outside' };
	const realDir = await realpath(dir);
	const real = (await realpath(abs).catch(() => undefined)) ?? (await findByNfcName(abs));
	if (!real) return { status: (await linksOutside(abs, realDir)) ? 'outside' : 'missing' };
	// A symbolic link may lead out of the folder even when the name does not: the real path decides.
	if (!isInside(realDir, real)) return { status: 'outside' };
	const info = await stat(real).catch(() => undefined);
	// Only a plain file is read: a folder named cover.jpg cannot be, and a named pipe would never end.
	if (!info?.isFile()) return { status: 'unreadable' };
	if (options.maxBytes !== undefined && info.size > options.maxBytes) return { status: 'too-large', size: info.size };
	const bytes = await readFile(real).catch(() => undefined);
	if (!bytes) return { status: 'unreadable', size: info.size };
	if (bytes.length === 0) return { status: 'empty', size: 0 };
	const extra = inspect ? await inspect(bytes, src) : ({} as T);
	if (extra === undefined) return { status: 'unreadable', size: bytes.length };
	if ('refused' in extra) return { status: extra.refused, size: bytes.length, refusal: extra };
	const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
	return { status: 'ok', file: { ...extra, src, path: real, hash }, size: bytes.length };
}

/** A symbolic link to nothing is 'outside' when where it points is: the editor learns the real mistake, not "missing". */
async function linksOutside(abs: string, realDir: string): Promise<boolean> {
	if (!(await lstat(abs).catch(() => undefined))?.isSymbolicLink()) return false;
	const target = await readlink(abs).catch(() => undefined);
	const parent = await realpath(path.dirname(abs)).catch(() => path.dirname(abs));
	return target !== undefined && !isInside(realDir, path.resolve(parent, target));
}

async function findByNfcName(abs: string): Promise<string | undefined> {
	const wanted = path.basename(abs).normalize('NFC');
	const names = await readdir(path.dirname(abs)).catch(() => [] as string[]);
	const match = names.find((name) => name !== path.basename(abs) && name.normalize('NFC') === wanted);
	return match ? realpath(path.join(path.dirname(abs), match)).catch(() => undefined) : undefined;
}

function isInside(dir: string, target: string): boolean {
	const rel = path.relative(dir, target);
	return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
