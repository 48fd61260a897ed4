import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, readdir, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { StaticHost } from './nginx.ts';
import { spawnOnFreePorts, stopChild } from './server-process.ts';

export const APACHE = '/usr/sbin/apache2';
export const APACHE_MODULES = '/usr/lib/apache2/modules';
const INSTALL = 'apt-get install apache2-bin';

export interface ApacheHost extends StaticHost {
	/** Apache's error log so far: where a broken `.htaccess` (a 500) says what is wrong. */
	errorLog: () => Promise<string[]>;
}

/**
 * The modules of a typical shared host, in load order (mod_filter before mod_deflate). Debian
 * builds log_config and unixd into the binary (`apache2 -l`); the others are `.so` files.
 */
const MODULES: { name: string; file: string; optional?: true }[] = [
	{ name: 'authz_core_module', file: 'mod_authz_core.so' },
	{ name: 'authz_host_module', file: 'mod_authz_host.so' },
	{ name: 'dir_module', file: 'mod_dir.so' },
	{ name: 'mime_module', file: 'mod_mime.so' },
	{ name: 'rewrite_module', file: 'mod_rewrite.so' },
	{ name: 'headers_module', file: 'mod_headers.so' },
	{ name: 'alias_module', file: 'mod_alias.so' },
	{ name: 'filter_module', file: 'mod_filter.so' },
	{ name: 'deflate_module', file: 'mod_deflate.so' },
	{ name: 'brotli_module', file: 'mod_brotli.so', optional: true },
	{ name: 'setenvif_module', file: 'mod_setenvif.so' },
	{ name: 'expires_module', file: 'mod_expires.so' },
	{ name: 'env_module', file: 'mod_env.so' },
	{ name: 'log_config_module', file: 'mod_log_config.so' },
	{ name: 'unixd_module', file: 'mod_unixd.so' },
];

/** When /etc/mime.types is missing: enough types for the built site. */
const FALLBACK_TYPES: [string, string][] = [
	['text/html', '.html .htm'],
	['text/css', '.css'],
	['text/javascript', '.js .mjs'],
	['application/json', '.json'],
	['application/manifest+json', '.webmanifest'],
	['application/xml', '.xml'],
	['application/gpx+xml', '.gpx'],
	['text/plain', '.txt'],
	['image/svg+xml', '.svg'],
	['image/png', '.png'],
	['image/jpeg', '.jpg .jpeg'],
	['image/webp', '.webp'],
	['image/avif', '.avif'],
	['image/x-icon', '.ico'],
	['font/woff2', '.woff2'],
	['audio/mpeg', '.mp3'],
	['audio/mp4', '.m4a'],
	['application/pdf', '.pdf'],
	['application/zip', '.zip'],
];

/** The user Apache switches to when started as root, and its group. */
export function apacheRunUser(): { user: string; group: string } {
	const names = (file: string) => new Set(readFileSync(file, 'utf8').split('\n').map((line) => line.split(':')[0]));
	const users = names('/etc/passwd');
	const groups = names('/etc/group');
	if (users.has('www-data') && groups.has('www-data')) return { user: 'www-data', group: 'www-data' };
	return { user: 'nobody', group: groups.has('nogroup') ? 'nogroup' : 'nobody' };
}

/**
 * The config of a shared Apache web host serving `root`: the folder's own `.htaccess` applies
 * (`AllowOverride All`), `DirectoryIndex index.html`, mod_dir's trailing-slash redirect (the default
 * `DirectorySlash On`: `/a` → 301 `/a/` when `a/` is a folder), no listings, no MultiViews, symlinks
 * followed, `.ht*` files refused, and Debian's default compression of text types. Everything Apache
 * writes (pid, logs, mutexes, runtime files) stays in `dir`. The access log line is
 * `<status> <request line>`; `accessLog()` turns it into `GET /path 200`.
 */
export function apacheHostConfig(root: string, port: number, dir: string, run = apacheRunUser()): string {
	const builtIn = compiledInModules();
	const mpm = existsSync(path.join(APACHE_MODULES, 'mod_mpm_event.so')) ? 'event' : 'prefork';
	const load = [{ name: `mpm_${mpm}_module`, file: `mod_mpm_${mpm}.so` }, ...MODULES]
		.filter((m) => !builtIn.has(m.name.replace(/_module$/, '')) && existsSync(path.join(APACHE_MODULES, m.file)))
		.map((m) => `<IfModule !${m.name}>\n\tLoadModule ${m.name} ${path.join(APACHE_MODULES, m.file)}\n</IfModule>`);
	const types = existsSync('/etc/mime.types') ? 'TypesConfig /etc/mime.types' : FALLBACK_TYPES.map(([type, ext]) => `AddType ${type} ${ext}`).join('\n');
	const file = (name: string) => `"${path.join(dir, name)}"`;
	return `ServerRoot "${dir}"
DefaultRuntimeDir "${dir}"
PidFile ${file('httpd.pid')}
Mutex file:${dir} default
Listen 127.0.0.1:${port}
ServerName 127.0.0.1
User ${run.user}
Group ${run.group}
${load.join('\n')}
ErrorLog ${file('error.log')}
LogLevel warn
LogFormat "%>s %r" status_request
CustomLog ${file('access.log')} status_request
${types}
<IfModule filter_module>
	AddOutputFilterByType DEFLATE text/html text/plain text/xml text/css text/javascript
	AddOutputFilterByType DEFLATE application/javascript application/json application/xml application/rss+xml
</IfModule>
DocumentRoot "${root}"
<Directory />
	Options FollowSymLinks
	AllowOverride None
	Require all denied
</Directory>
<Directory "${root}">
	Options -Indexes -MultiViews +FollowSymLinks
	AllowOverride All
	Require all granted
</Directory>
DirectoryIndex index.html
<Files ".ht*">
	Require all denied
</Files>
`;
}

/**
 * Serves `root` with a real Apache httpd on a free loopback port until `stop()`: one foreground
 * process (`-X`) with its own config (`-f`) and ServerRoot (`-d`) in a temporary folder, so Debian's
 * `/etc/apache2` and its `APACHE_RUN_DIR`-style variables (read by `apache2ctl`, not the binary)
 * play no part. Put every file in `root` before calling it.
 *
 * Started as root (tests and CI are), Apache serves as `www-data` (or `nobody`), which must read
 * the docroot. A folder from `mkdtemp` is 0700, so this adds, and never removes, permission bits:
 * o+x on every folder from `/` down to `root`, o+rx on the folders and o+r on the files inside it.
 * A file written later keeps the test's umask (usually readable) and its owner-only mode if it
 * was given one (then Apache answers 403).
 */
export async function startApacheHost(root: string): Promise<ApacheHost> {
	if (!existsSync(APACHE)) throw new Error(`Apache httpd is missing at ${APACHE}: ${INSTALL}.`);
	const missing = missingModules();
	if (missing.length > 0) throw new Error(`Apache modules are missing in ${APACHE_MODULES}: ${missing.join(', ')}: ${INSTALL}.`);
	const docroot = await realpath(root);
	if (process.getuid?.() === 0) await letOthersRead(docroot);
	const dir = await mkdtemp(path.join(tmpdir(), 'ditichso-apache-'));
	const config = path.join(dir, 'httpd.conf');
	const readLog = async (name: string) => (await readFile(path.join(dir, name), 'utf8').catch(() => '')).split('\n').filter(Boolean);
	try {
		const { ports, child } = await spawnOnFreePorts('Apache httpd', 1, async ([port = 0]) => {
			await writeFile(config, apacheHostConfig(docroot, port, dir));
			return spawn(APACHE, ['-X', '-d', dir, '-f', config], { stdio: ['ignore', 'ignore', 'pipe'] });
		});
		return {
			origin: `http://127.0.0.1:${ports[0]}`,
			accessLog: async () => (await readLog('access.log')).map(shortLine),
			errorLog: () => readLog('error.log'),
			stop: () => stopChild(child).then(() => rm(dir, { recursive: true, force: true })),
		};
	} catch (error) {
		const log = (await readLog('error.log')).slice(-5).join('\n');
		await rm(dir, { recursive: true, force: true });
		throw new Error(`${error instanceof Error ? error.message : String(error)}${log ? `\nerror.log:\n${log}` : ''}`);
	}
}

/** `404 GET /a/b?c=d HTTP/1.1` → `GET /a/b 404`: the path as the client sent it, without the query. */
function shortLine(line: string): string {
	const [status, method, target = ''] = line.split(' ');
	return `${method} ${target.split('?')[0]} ${status}`;
}

let compiledIn: Set<string> | undefined;

/** `core`, `log_config`, `unixd`, …: the modules built into the binary (`apache2 -l`). */
function compiledInModules(): Set<string> {
	compiledIn ??= new Set([...execFileSync(APACHE, ['-l'], { encoding: 'utf8' }).matchAll(/^\s*mod_(\w+)\.c$/gm)].map((m) => m[1] ?? ''));
	return compiledIn;
}

function missingModules(): string[] {
	const builtIn = compiledInModules();
	const mpm = ['mod_mpm_event.so', 'mod_mpm_prefork.so'].some((f) => existsSync(path.join(APACHE_MODULES, f))) ? [] : ['mod_mpm_event.so (or mod_mpm_prefork.so)'];
	const others = MODULES.filter((m) => !m.optional && !builtIn.has(m.name.replace(/_module$/, '')) && !existsSync(path.join(APACHE_MODULES, m.file))).map((m) => m.file);
	return [...mpm, ...others];
}

/** o+x on the folders above `root`, o+rx on the folders in it, o+r on its files; symlinks untouched. */
async function letOthersRead(root: string): Promise<void> {
	const add = async (file: string, bits: number) => {
		const { mode } = await stat(file);
		if ((mode & bits) !== bits) await chmod(file, (mode & 0o7777) | bits);
	};
	for (let dir = path.dirname(root); ; dir = path.dirname(dir)) {
		await add(dir, 0o001);
		if (dir === path.dirname(dir)) break;
	}
	await add(root, 0o005);
	for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
		const file = path.join(entry.parentPath, entry.name);
		if (entry.isDirectory()) await add(file, 0o005);
		else if (entry.isFile()) await add(file, 0o004);
	}
}
