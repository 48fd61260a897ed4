import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnOnFreePorts, stopChild } from './server-process.ts';

export const NGINX = '/usr/sbin/nginx';

export interface StaticHost {
	/** `http://127.0.0.1:<port>`, no trailing slash. */
	origin: string;
	/** The access log so far, one request a line: `GET /DH01 200`. */
	accessLog: () => Promise<string[]>;
	stop: () => Promise<void>;
}

/**
 * The config of a plain static host, as GitHub Pages behaves: files as they are, `/DH01` served from
 * the `DH01.html` the build writes (no redirect), a folder without its slash redirected to it,
 * the 404 page for anything else. No language negotiation.
 * Everything nginx writes (pid, logs, temp files) stays in `dir`.
 */
export function staticHostConfig(root: string, port: number, dir: string): string {
	return `daemon off;
master_process off;
worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 64; }
http {
	${nginxTestPreamble(dir)}
	server {
		listen 127.0.0.1:${port};
		root ${root};
		location / { try_files $uri $uri.html $uri/ =404; }
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
	return startNginx(([port], dir) => staticHostConfig(root, port ?? 0, dir), 1);
}

/**
 * Starts nginx with the config `makeConfig` writes for `ports` free loopback ports (all of which
 * must be listened on) and a private folder for pid, logs and temp files. The access log is read
 * from `<dir>/access.log` in the `short` format of `staticHostConfig`.
 */
export async function startNginx(makeConfig: (ports: number[], dir: string) => string, portCount: number, prepare?: (dir: string) => Promise<void>): Promise<StaticHost & { ports: number[] }> {
	if (!existsSync(NGINX)) throw new Error(`nginx is missing at ${NGINX}: apt-get install nginx-light.`);
	const dir = await mkdtemp(path.join(tmpdir(), 'ditichso-nginx-'));
	for (const name of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) await mkdir(path.join(dir, name));
	try {
		const { ports, child } = await spawnOnFreePorts('nginx', portCount, async (ports) => {
			await writeFile(path.join(dir, 'nginx.conf'), makeConfig(ports, dir));
			await prepare?.(dir);
			return spawn(NGINX, ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
		});
		return {
			ports,
			origin: `http://127.0.0.1:${ports[0]}`,
			accessLog: async () => (await readFile(path.join(dir, 'access.log'), 'utf8').catch(() => '')).split('\n').filter(Boolean),
			stop: () => stopChild(child).then(() => rm(dir, { recursive: true, force: true })),
		};
	} catch (error) {
		await rm(dir, { recursive: true, force: true });
		throw error;
	}
}

/** The http-level lines every test config needs: nginx's own files in `dir`, the short access log. */
export function nginxTestPreamble(dir: string): string {
	const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
	return [
		'include /etc/nginx/mime.types;',
		'default_type application/octet-stream;',
		"log_format short '$request_method $uri $status';",
		`access_log ${path.join(dir, 'access.log')} short;`,
		...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp),
	].join('\n\t');
}

