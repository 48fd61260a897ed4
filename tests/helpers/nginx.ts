import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const NGINX = '/usr/sbin/nginx';

export interface StaticHost {
	/** `http://127.0.0.1:<port>`, no trailing slash. */
	origin: string;
	/** The access log so far, one request a line: `GET /DH01 200`. */
	accessLog: () => Promise<string[]>;
	stop: () => Promise<void>;
}

/**
 * The config of a plain static host, as most hosting gives: files as they are, `/DH01` served from
 * `DH01/index.html` without a redirect, the 404 page for anything else. No language negotiation.
 * Everything nginx writes (pid, logs, temp files) stays in `dir`.
 */
export function staticHostConfig(root: string, port: number, dir: string): string {
	const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
	return `daemon off;
master_process off;
worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 64; }
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	log_format short '$request_method $uri $status';
	access_log ${path.join(dir, 'access.log')} short;
	${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n\t')}
	server {
		listen 127.0.0.1:${port};
		root ${root};
		location / { try_files $uri $uri/ $uri.html =404; }
		error_page 404 /404.html;
	}
}
`;
}

/**
 * Serves `root` with nginx on a free loopback port until `stop()`. nginx runs in the foreground
 * as one process (no daemon, no master), so stopping it is killing the child it is.
 */
export async function startStaticHost(root: string): Promise<StaticHost> {
	if (!existsSync(NGINX)) throw new Error(`nginx is missing at ${NGINX}: apt-get install nginx-light.`);
	const dir = await mkdtemp(path.join(tmpdir(), 'ditichso-nginx-'));
	for (const name of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) await mkdir(path.join(dir, name));
	let lastError: unknown;
	for (let attempt = 0; attempt < 5; attempt++) {
		const port = await freePort();
		await writeFile(path.join(dir, 'nginx.conf'), staticHostConfig(root, port, dir));
		const child = spawn(NGINX, ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
		try {
			await waitForPort(port, child);
			return {
				origin: `http://127.0.0.1:${port}`,
				accessLog: async () => (await readFile(path.join(dir, 'access.log'), 'utf8').catch(() => '')).split('\n').filter(Boolean),
				stop: () => stopChild(child).then(() => rm(dir, { recursive: true, force: true })),
			};
		} catch (error) {
			lastError = error;
			await stopChild(child);
		}
	}
	await rm(dir, { recursive: true, force: true });
	throw new Error(`nginx did not start: ${String(lastError)}`);
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

/** Resolves once the port accepts connections; rejects if nginx exits first (a port taken meanwhile). */
async function waitForPort(port: number, child: ChildProcess): Promise<void> {
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
	const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`nginx exited (${code}): ${stderr}`))));
	const deadline = Date.now() + 10_000;
	while (Date.now() < deadline) {
		const open = await Promise.race([canConnect(port), exited]);
		if (open) return;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`nginx did not listen on ${port} within 10 s: ${stderr}`);
}

function canConnect(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		socket.once('connect', () => (socket.destroy(), resolve(true)));
		socket.once('error', () => resolve(false));
	});
}

function stopChild(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise((resolve) => {
		child.once('exit', () => resolve());
		child.kill('SIGTERM');
	});
}
