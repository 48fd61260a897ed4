import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { nginxTestPreamble, startNginx, type StaticHost } from './nginx.ts';

const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface GeneratedNginx extends StaticHost {
	/** `https://127.0.0.1:<port>`: the site as the plaques reach it. */
	httpsOrigin: string;
	/** `http://127.0.0.1:<port>`: the plain-HTTP server, which only sends visitors to https. */
	httpOrigin: string;
	/** The configuration nginx runs, after the substitutions below. */
	config: string;
}

/**
 * Runs the nginx configuration that the build wrote (`dist/_hosting/nginx.conf`) over `dist`, as
 * shipped, changing only what a server owner changes: the listen addresses (loopback ports here),
 * the certificate (a self-signed one, made now with openssl) and the root folder.
 */
export async function startGeneratedNginx(dist: string): Promise<GeneratedNginx> {
	const shipped = await readFile(path.join(dist, '_hosting', 'nginx.conf'), 'utf8');
	let config = '';
	const host = await startNginx(([http, https], dir) => {
		config = localise(shipped, { dist, http: http ?? 0, https: https ?? 0, dir });
		return `daemon off;
master_process off;
worker_processes 1;
${existsSync(BROTLI_MODULE) ? `load_module ${BROTLI_MODULE};` : ''}
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 64; }
http {
	${nginxTestPreamble(dir)}
	include ${path.join(dir, 'site.conf')};
}
`;
	}, 2, async (dir) => {
		await makeCertificate(dir);
		await writeFile(path.join(dir, 'site.conf'), config);
	});
	const [http, https] = host.ports;
	return { ...host, httpOrigin: `http://127.0.0.1:${http}`, httpsOrigin: `https://127.0.0.1:${https}`, origin: `https://127.0.0.1:${https}`, config };
}

function localise(shipped: string, { dist, http, https, dir }: { dist: string; http: number; https: number; dir: string }): string {
	let out = shipped
		.replace(/^\s*listen \[::\]:.*\n/gm, '')
		.replace(/listen 80;/g, `listen 127.0.0.1:${http};`)
		.replace(/listen 443 ssl http2;/g, `listen 127.0.0.1:${https} ssl;`)
		.replace(/ssl_certificate (\S+);/, `ssl_certificate ${path.join(dir, 'cert.pem')};`)
		.replace(/ssl_certificate_key (\S+);/, `ssl_certificate_key ${path.join(dir, 'key.pem')};`)
		.replace(/\broot \/var\/www\/[^;]+;/g, `root ${dist};`);
	if (!existsSync(BROTLI_MODULE)) out = out.replace(/^\s*brotli_static on;\n/m, '');
	return out;
}

async function makeCertificate(dir: string): Promise<void> {
	await promisify(execFile)('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=damha.example.vn', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')]);
}
