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
	/** How many files were drawn and how many came from the cache, so far. */
	stats(): { made: number; fromCache: number };
	close(): Promise<void>;
}

export function createPlaqueRenderer(options: RendererOptions): PlaqueRenderer {
	const pool = (options.workers ?? 0) > 1 ? createPool(options.workers ?? 0) : undefined;
	const draw = (job: RenderJob): Promise<Uint8Array> => (pool ? pool.run(job) : drawHere(job, options.fonts));
	const counts = { made: 0, fromCache: 0 };
	const version = rendererVersion(options.fonts);
	const store = createCacheStore(options.cacheDir);
	const cached = async (key: unknown, make: () => Promise<Uint8Array>): Promise<Uint8Array> => {
		const hash = hashOf(version, key);
		const hit = await store.read('files', hash);
		if (hit) {
			counts.fromCache++;
			return new Uint8Array(hit);
		}
		const bytes = await make();
		counts.made++;
		await store.write('files', hash, bytes);
		return bytes;
	};
	return {
		pdf: (layouts, meta) => cached({ kind: 'pdf', layouts, meta }, () => draw({ kind: 'pdf', layouts, meta })),
		svg: (layout) => cached({ kind: 'svg', layout }, () => draw({ kind: 'svg', layout })),
		cached,
		stats: () => ({ ...counts }),
		close: async () => void (await pool?.close()),
	};
}

async function drawHere(job: RenderJob, fonts: PlaqueFonts): Promise<Uint8Array> {
	return job.kind === 'pdf' ? renderPlaquesPdf(job.layouts, fonts, job.meta) : new TextEncoder().encode(renderPlaqueSvg(job.layout, fonts));
}

function hashOf(version: string, key: unknown): string {
	return createHash('sha256').update(version).update(JSON.stringify(key, (_k, value: unknown) => (value instanceof Uint8Array ? Buffer.from(value).toString('base64') : value))).digest('hex');
}

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

/** Worker threads that take jobs as they come free; each loads the plaque fonts once. */
function createPool(size: number): Pool {
	const workers = Array.from({ length: size }, () => new Worker(new URL('./render-worker.ts', import.meta.url)));
	const waiting = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();
	let nextId = 0;
	let turn = 0;
	for (const worker of workers) {
		worker.on('message', (reply: RenderReply) => {
			const job = waiting.get(reply.id);
			waiting.delete(reply.id);
			if ('bytes' in reply) job?.resolve(reply.bytes);
			else job?.reject(new DitichsoError(`A plaque could not be drawn in a worker thread:\n${reply.error}`));
		});
		worker.on('error', (error) => {
			for (const job of waiting.values()) job.reject(new DitichsoError('A plaque worker thread stopped.', { cause: error }));
			waiting.clear();
		});
	}
	return {
		run: (job) =>
			new Promise((resolve, reject) => {
				const id = nextId++;
				waiting.set(id, { resolve, reject });
				workers[turn++ % workers.length]!.postMessage({ id, job });
			}),
		close: async () => void (await Promise.all(workers.map((w) => w.terminate()))),
	};
}
