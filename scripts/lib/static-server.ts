import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.xml': 'application/xml',
	'.gpx': 'application/gpx+xml',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.woff2': 'font/woff2',
	'.pdf': 'application/pdf',
	'.mp3': 'audio/mpeg',
};
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml|gpx\+xml)|image\/svg)/;

export interface StaticServer {
	url: string;
	close: () => Promise<void>;
}

/**
 * Serves `root` on loopback the way a plain static host does (GitHub Pages, a bare nginx):
 * `/DH01` redirects to `/DH01/`, a folder serves its index.html, anything else missing gets
 * 404.html with status 404; text is gzipped, hashed assets cached for a year.
 */
export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
	const server = createServer((req, res) => void serve(root, req, res));
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const { port: actual } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${actual}`, close: () => closeServer(server) };
}

async function serve(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
	const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
	const target = path.join(root, path.normalize(pathname));
	if (!target.startsWith(root)) return send(res, 403, undefined, req);
	const info = await stat(target).catch(() => undefined);
	if (info?.isDirectory()) {
		if (!pathname.endsWith('/')) return redirect(res, `${pathname}/`);
		return send(res, 200, path.join(target, 'index.html'), req);
	}
	if (info?.isFile()) return send(res, 200, target, req);
	return send(res, 404, path.join(root, '404.html'), req);
}

async function send(res: ServerResponse, status: number, file: string | undefined, req: IncomingMessage): Promise<void> {
	const exists = file && (await stat(file).then((s) => s.isFile(), () => false));
	if (!file || !exists) {
		res.writeHead(status === 200 ? 404 : status, { 'content-type': 'text/plain' }).end('Not found');
		return;
	}
	const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
	const hashed = /-[0-9a-f]{8,}[-.]/.test(path.basename(file));
	const headers: Record<string, string> = { 'content-type': type, 'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=300' };
	const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
	if (gzip) headers['content-encoding'] = 'gzip';
	res.writeHead(status, headers);
	const stream = createReadStream(file);
	(gzip ? stream.pipe(createGzip()) : stream).pipe(res);
}

function redirect(res: ServerResponse, location: string): void {
	res.writeHead(301, { location }).end();
}

function closeServer(server: Server): Promise<void> {
	return new Promise((resolve) => {
		server.closeAllConnections();
		server.close(() => resolve());
	});
}
