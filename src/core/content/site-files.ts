import { createHash } from 'node:crypto';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PhotoStatus, SiteFile } from './trail.ts';

/**
 * Reads more from a file's bytes (a photo's size). Undefined when the file is not of the kind
 * expected ('unreadable'), or a status of its own for a kind with its own message ('heic').
 */
export type Inspect<T> = (bytes: Uint8Array, src: string) => Promise<T | Extract<PhotoStatus, 'unreadable' | 'heic'> | undefined>;

export interface LocateOptions {
	/** A larger file is 'too-large' and never read. */
	maxBytes?: number;
}

/**
 * Finds files named in front matter (photos, audio narrations) inside a site's folder: never
 * outside it (by name or by symbolic link), and matching a name that differs only in Unicode form,
 * as a Mac may store "Thuyết minh.mp3" decomposed (NFD) while vi.md, normalised on load, names it
 * composed (NFC). An empty file, or one that `inspect` refuses, is 'unreadable'. `bytes` gives the
 * size of every file found inside the folder, read or not.
 */
export async function locateSiteFiles<T extends object = Record<never, never>>(
	dir: string,
	sources: readonly string[],
	inspect?: Inspect<T>,
	options: LocateOptions = {},
): Promise<{ files: Record<string, SiteFile & T>; status: Record<string, PhotoStatus>; bytes: Record<string, number> }> {
	const files: Record<string, SiteFile & T> = {};
	const status: Record<string, PhotoStatus> = {};
	const bytes: Record<string, number> = {};
	for (const src of sources) {
		const found = await locate(dir, src, inspect, options);
		status[src] = found.status;
		if (found.file) files[src] = found.file;
		if (found.size !== undefined) bytes[src] = found.size;
	}
	return { files, status, bytes };
}

async function locate<T extends object>(dir: string, src: string, inspect: Inspect<T> | undefined, options: LocateOptions): Promise<{ status: PhotoStatus; file?: SiteFile & T; size?: number | undefined }> {
	const abs = path.resolve(dir, src);
	if (path.isAbsolute(src) || !isInside(dir, abs)) return { status: 'outside' };
	const real = (await realpath(abs).catch(() => undefined)) ?? (await findByNfcName(abs));
	if (!real) return { status: 'missing' };
	// A symbolic link may lead out of the folder even when the name does not.
	if (!isInside(await realpath(dir), real)) return { status: 'outside' };
	const size = (await stat(real).catch(() => undefined))?.size;
	if (size !== undefined && options.maxBytes !== undefined && size > options.maxBytes) return { status: 'too-large', size };
	const bytes = await readFile(real).catch(() => undefined);
	if (!bytes || bytes.length === 0) return { status: 'unreadable', size };
	const extra = inspect ? await inspect(bytes, src) : ({} as T);
	if (extra === undefined || typeof extra === 'string') return { status: extra ?? 'unreadable', size };
	const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
	return { status: 'ok', file: { ...extra, src, path: real, hash }, size };
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
