import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { codeVersion } from '../cache/code-version.ts';
import { createCacheStore } from '../cache/store.ts';
import { DitichsoError } from '../errors.ts';
import type { PlaqueFonts } from '../plaque/fonts.ts';
import type { PlaqueLayout } from '../plaque/layout.ts';
import { renderPlaquesPdf, type PdfMeta } from '../plaque/render-pdf.ts';
import { renderPlaqueSvg } from '../plaque/render-svg.ts';

/** One drawing for a worker: plain data in, bytes out. */
export type RenderJob = { kind: 'pdf'; layouts: PlaqueLayout[]; meta: PdfMeta } | { kind: 'svg'; layout: PlaqueLayout };
export type RenderReply = { id: number; bytes: Uint8Array } | { id: number; error: string };

/** A file of a group: where it goes, and its bytes. */
export interface GroupFile {
	path: string;
	bytes: Uint8Array;
}

export interface RendererOptions {
	fonts: PlaqueFonts;
	/** Where finished files are kept by the hash of what made them; none: no cache. */
	cacheDir?: string | undefined;
	/** Worker threads for PDF and SVG; 0 or 1 draws in this thread (tests with their own fonts). */
	workers?: number | undefined;
}

/** Draws plaques once: each file is keyed by everything that shapes its bytes, and kept. */
export interface PlaqueRenderer {
	pdf(layouts: PlaqueLayout[], meta: PdfMeta): Promise<Uint8Array>;
	svg(layout: PlaqueLayout): Promise<Uint8Array>;
	/** Any other file made from plaque data (a PNG preview), cached under `key` the same way. */
	cached(key: unknown, make: () => Promise<Uint8Array>): Promise<Uint8Array>;
	/**
	 * Files made together (a site's whole set), kept under `key` as the list of their own keys:
	 * when everything `key` names is unchanged, a warm build reads the files back without laying
	 * anything out. Every file `make` returns must come from `pdf`, `svg` or `cached`.
	 */
	group(key: unknown, make: () => Promise<GroupFile[]>): Promise<GroupFile[]>;
	/** How many files were drawn and how many came from the cache, so far. */
	stats(): { made: number; fromCache: number };
	close(): Promise<void>;
}

export function createPlaqueRenderer(options: RendererOptions): PlaqueRenderer {
	// Started on the first drawing: a warm build that finds every file kept loads no worker's fonts.
	let pool: Pool | undefined;
	const draw = (job: RenderJob): Promise<Uint8Array> => {
		if ((options.workers ?? 0) <= 1) return drawHere(job, options.fonts);
		pool ??= createPool(options.workers ?? 0);
		return pool.run(job);
	};
	const counts = { made: 0, fromCache: 0 };
	const version = rendererVersion(options.fonts);
	const store = createCacheStore(options.cacheDir);
	// The key each file was kept under, so a group can be kept as a list of keys.
	const keyOfBytes = new WeakMap<Uint8Array, string>();
	const cachedByHash = async (hash: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> => {
		const hit = await store.read('files', hash);
		let bytes: Uint8Array;
		if (hit) {
			counts.fromCache++;
			bytes = new Uint8Array(hit);
		} else {
			bytes = await make();
			counts.made++;
			await store.write('files', hash, bytes);
		}
		keyOfBytes.set(bytes, hash);
		return bytes;
	};
	const cached = (key: unknown, make: () => Promise<Uint8Array>) => cachedByHash(hashOf(version, key), make);
	const group = async (key: unknown, make: () => Promise<GroupFile[]>): Promise<GroupFile[]> => {
		const hash = hashOf(version, { group: key });
		const kept = await readGroup(hash);
		if (kept) return kept;
		const files = await make();
		const list = files.map((file) => ({ path: file.path, hash: keyOfBytes.get(file.bytes) }));
		if (list.every((entry) => entry.hash)) await store.write('groups', hash, JSON.stringify(list));
		return files;
	};
	// Undefined when any file of the group is gone from the cache: then the group is made again.
	const readGroup = async (hash: string): Promise<GroupFile[] | undefined> => {
		const list = await store.read('groups', hash);
		if (!list) return undefined;
		const entries = JSON.parse(list.toString('utf8')) as { path: string; hash: string }[];
		const bytes = await Promise.all(entries.map((entry) => store.read('files', entry.hash)));
		if (bytes.some((b) => !b)) return undefined;
		counts.fromCache += new Set(entries.map((entry) => entry.hash)).size;
		return entries.map((entry, i) => ({ path: entry.path, bytes: new Uint8Array(bytes[i]!) }));
	};
	return {
		pdf: (layouts, meta) => cachedByHash(pdfHash(version, layouts, meta), () => draw({ kind: 'pdf', layouts, meta })),
		svg: (layout) => cached({ kind: 'svg', layout }, () => draw({ kind: 'svg', layout })),
		cached,
		group,
		stats: () => ({ ...counts }),
		close: async () => void (await pool?.close()),
	};
}

async function drawHere(job: RenderJob, fonts: PlaqueFonts): Promise<Uint8Array> {
	return job.kind === 'pdf' ? renderPlaquesPdf(job.layouts, fonts, job.meta) : new TextEncoder().encode(renderPlaqueSvg(job.layout, fonts));
}

function hashOf(version: string, key: unknown): string {
	return createHash('sha256').update(version).update(json(key)).digest('hex');
}

/**
 * A PDF's key, hashed one layout at a time: the PDF of every plaque holds 10,000 layouts at
 * 10,000 sites, and one JSON text of them all took hundreds of MB (issue #7). Each layout's JSON
 * is self-delimiting, so the key is as unambiguous as one text would be.
 */
function pdfHash(version: string, layouts: readonly PlaqueLayout[], meta: PdfMeta): string {
	const hash = createHash('sha256').update(version).update(json({ kind: 'pdf', meta, pages: layouts.length }));
	for (const layout of layouts) hash.update(json(layout));
	return hash.digest('hex');
}

const json = (value: unknown) => JSON.stringify(value, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v));

/**
 * What else shapes a file besides its layout: the fonts, the drawing libraries and our own
 * renderers. Any change to them gives new keys, so a stale file is never served.
 */
function rendererVersion(fonts: PlaqueFonts): string {
	const hash = createHash('sha256');
	const sources = ['../plaque/render-pdf.ts', '../plaque/render-svg.ts', '../plaque/fonts.ts', '../images/preview.ts', './render-worker.ts'].map((source) => new URL(source, import.meta.url));
	hash.update(codeVersion(sources, ['pdfkit', 'fontkit', 'sharp']));
	for (const file of Object.values(fonts.files)) hash.update(file.bytes);
	return hash.digest('hex');
}

interface Pool {
	run(job: RenderJob): Promise<Uint8Array>;
	close(): Promise<void>;
}

/**
 * Worker threads, each given the next job when it has the fewest in hand: jobs differ a lot (an
 * SVG takes a tenth of a PDF), so taking turns would leave one thread idle. Each loads the fonts once.
 */
function createPool(size: number): Pool {
	const workers = Array.from({ length: size }, () => ({ thread: new Worker(new URL('./render-worker.ts', import.meta.url)), busy: 0 }));
	const waiting = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();
	let nextId = 0;
	for (const worker of workers) {
		worker.thread.on('message', (reply: RenderReply) => {
			worker.busy--;
			const job = waiting.get(reply.id);
			waiting.delete(reply.id);
			if ('bytes' in reply) job?.resolve(reply.bytes);
			else job?.reject(new DitichsoError(`A plaque could not be drawn in a worker thread:\n${reply.error}`));
		});
		worker.thread.on('error', (error) => {
			for (const job of waiting.values()) job.reject(new DitichsoError('A plaque worker thread stopped.', { cause: error }));
			waiting.clear();
		});
	}
	return {
		run: (job) =>
			new Promise((resolve, reject) => {
				const id = nextId++;
				waiting.set(id, { resolve, reject });
				const worker = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
				worker.busy++;
				worker.thread.postMessage({ id, job });
			}),
		close: async () => void (await Promise.all(workers.map((w) => w.thread.terminate()))),
	};
}
