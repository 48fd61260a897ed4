/**
 * A worker thread that draws plaques: PDF and SVG rendering is plain JavaScript on one thread, so
 * the build starts one of these per core (plaque-renderer.ts). Layouts arrive as plain data.
 */
import { parentPort } from 'node:worker_threads';
import { loadPlaqueFonts } from '../plaque/fonts.ts';
import { renderPlaquesPdf } from '../plaque/render-pdf.ts';
import { renderPlaqueSvg } from '../plaque/render-svg.ts';
import type { RenderJob, RenderReply } from './plaque-renderer.ts';

const fonts = loadPlaqueFonts();

parentPort?.on('message', (message: { id: number; job: RenderJob }) => void answer(message));

async function answer({ id, job }: { id: number; job: RenderJob }): Promise<void> {
	let reply: RenderReply;
	try {
		const bytes = job.kind === 'pdf' ? await renderPlaquesPdf(job.layouts, fonts, job.meta) : new TextEncoder().encode(renderPlaqueSvg(job.layout, fonts));
		reply = { id, bytes };
	} catch (error) {
		reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
	}
	parentPort?.postMessage(reply, 'bytes' in reply ? [reply.bytes.buffer as ArrayBuffer] : []);
}
