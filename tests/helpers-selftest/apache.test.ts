import { chmod, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startApacheHost, type ApacheHost } from '../helpers/apache.ts';

// A real Apache httpd serving a tiny docroot the way a shared host does: the folder's .htaccess
// applies, /a redirects to /a/, the 404 page is the folder's own.

const HTACCESS = `ErrorDocument 404 /404.html
Header always set X-Test yes
RewriteEngine On
RewriteRule ^x/?$ /a/index.html [NC,L]
RewriteRule ^old$ /a/ [R=301,L]
`;

let root: string;
let host: ApacheHost;

beforeAll(async () => {
	root = await mkdtemp(path.join(tmpdir(), 'ditichso-apache-root-'));
	await mkdir(path.join(root, 'a'));
	await mkdir(path.join(root, 'empty'));
	await writeFile(path.join(root, 'index.html'), '<p>home</p>\n');
	await writeFile(path.join(root, 'a', 'index.html'), '<p>a</p>\n');
	await writeFile(path.join(root, '404.html'), '<p>missing</p>\n');
	await writeFile(path.join(root, '.htaccess'), HTACCESS);
	host = await startApacheHost(root);
});

afterAll(async () => {
	await host?.stop();
	if (root) await rm(root, { recursive: true, force: true });
});

async function get(pathname: string): Promise<{ status: number; location: string | null; body: string; xTest: string | null; type: string | null }> {
	const response = await fetch(host.origin + pathname, { redirect: 'manual' });
	return {
		status: response.status,
		location: response.headers.get('location'),
		body: await response.text(),
		xTest: response.headers.get('x-test'),
		type: response.headers.get('content-type'),
	};
}

describe('startApacheHost', () => {
	test.each([
		['/', 200, null, '<p>home</p>\n'],
		['/index.html', 200, null, '<p>home</p>\n'],
		['/a/', 200, null, '<p>a</p>\n'],
		['/a/?lang=en', 200, null, '<p>a</p>\n'],
		['/x', 200, null, '<p>a</p>\n'],
		['/X/', 200, null, '<p>a</p>\n'],
		['/nope', 404, null, '<p>missing</p>\n'],
		['/a/nope.html', 404, null, '<p>missing</p>\n'],
	])('GET %s answers %i with the right file', async (pathname, status, location, body) => {
		const response = await get(pathname);
		expect({ status: response.status, location: response.location, body: response.body }).toEqual({ status, location, body });
	});

	test.each([
		['/a', '/a/'],
		['/old', '/a/'],
	])('GET %s redirects 301 to %s (an absolute Location, as Apache writes it)', async (pathname, target) => {
		const response = await get(pathname);
		expect(response.status).toBe(301);
		expect(response.location).toBe(host.origin + target);
	});

	test('the .htaccess header is on every answer, the 404 and the redirects too (Header always)', async () => {
		for (const pathname of ['/', '/nope', '/a', '/old']) expect((await get(pathname)).xTest, pathname).toBe('yes');
	});

	test('HTML is served as text/html from /etc/mime.types', async () => {
		expect((await get('/')).type).toMatch(/^text\/html/);
	});

	test('no listings, no MultiViews, and the .ht files are refused', async () => {
		// 404, not 403: mod_autoindex is not among the modules loaded, so nothing lists or refuses.
		expect(await get('/empty/')).toMatchObject({ status: 404, body: '<p>missing</p>\n' });
		expect((await get('/a/index')).status).toBe(404);
		expect((await get('/.htaccess')).status).toBe(403);
	});

	test('the docroot, made by mkdtemp with mode 0700, was opened to other users', async () => {
		expect((await stat(root)).mode & 0o005).toBe(0o005);
		expect((await stat(path.join(root, '.htaccess'))).mode & 0o004).toBe(0o004);
	});

	test.runIf(process.getuid?.() === 0)('running as root, Apache serves as another user: an owner-only file is forbidden', async () => {
		await writeFile(path.join(root, 'secret.html'), 'secret\n');
		await chmod(path.join(root, 'secret.html'), 0o600);
		expect((await get('/secret.html')).status).toBe(403);
	});

	test('the access log has one line a request: method, path as sent, final status', async () => {
		await get('/a?lang=vi');
		await get('/nope');
		const log = await host.accessLog();
		expect(log).toContain('GET /a 301');
		expect(log).toContain('GET /nope 404');
		expect(log).toContain('GET /x 200');
		expect(log.every((line) => /^GET \S+ \d{3}$/.test(line))).toBe(true);
	});

	test('nothing went to the error log above warnings for the requests that worked', async () => {
		const errors = (await host.errorLog()).filter((line) => /\[(\w+:)?(error|crit|alert|emerg)\]/.test(line) && !/\/\.htaccess|\/secret\.html/.test(line));
		expect(errors).toEqual([]);
	});
});

describe('stop', () => {
	test('stops the server and frees the port', async () => {
		const other = await startApacheHost(root);
		const port = Number(new URL(other.origin).port);
		expect((await fetch(other.origin + '/')).status).toBe(200);
		await other.stop();
		const open = await new Promise<boolean>((resolve) => {
			const socket = connect(port, '127.0.0.1');
			socket.once('connect', () => (socket.destroy(), resolve(true)));
			socket.once('error', () => resolve(false));
		});
		expect(open).toBe(false);
	});
});
