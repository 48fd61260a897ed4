import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Trail } from '../content/trail.ts';
import { DitichsoError } from '../errors.ts';
import { htaccessFile } from '../hosting/apache.ts';
import { contentSecurityPolicy } from '../hosting/headers.ts';
import { collectInlineCode, emptyInlineCode, type InlineCode } from '../hosting/inline-code.ts';
import { headersFile, redirectsFile } from '../hosting/netlify.ts';
import { nginxConfig } from '../hosting/nginx.ts';
import { staticFallbackFiles } from '../hosting/static-files.ts';
import { siteRoutes } from '../links/routes.ts';

/** Where the nginx configuration expects the site, unless the owner changes it. */
export function defaultServerRoot(baseUrl: string): string {
	return `/var/www/${new URL(baseUrl).hostname}`;
}

/**
 * Writes what each host needs beside the built pages: the plain-host files, then (reading every
 * page for its inline code, which the Content-Security-Policy allows by hash) `_redirects`,
 * `_headers`, `.htaccess` and `_hosting/nginx.conf`. Run after the pages are built.
 */
export interface HostingOptions {
	/** The content editor's policy from the site's (see cms/csp.ts); none when the build has no editor. */
	adminPolicy?: ((sitePolicy: string) => string) | undefined;
}

export async function writeHostingFiles(trail: Pick<Trail, 'settings' | 'sites' | 'retired'>, outDir: string, options: HostingOptions = {}): Promise<InlineCode> {
	const routes = siteRoutes(trail);
	const { baseUrl } = trail.settings;
	for (const file of staticFallbackFiles(routes, baseUrl)) {
		const target = path.join(outDir, ...file.path.split('/'));
		await mkdir(path.dirname(target), { recursive: true });
		if ('copyOf' in file) await copyFile(path.join(outDir, ...file.copyOf.split('/')), target);
		else await writeFile(target, file.text);
	}
	const code = await inlineCodeOf(outDir);
	const https = new URL(baseUrl).protocol === 'https:';
	const adminPolicy = options.adminPolicy?.(contentSecurityPolicy(code, https));
	await writeFile(path.join(outDir, '_redirects'), redirectsFile(routes, baseUrl));
	await writeFile(path.join(outDir, '_headers'), headersFile(code, baseUrl, adminPolicy));
	await writeFile(path.join(outDir, '.htaccess'), htaccessFile(routes, code, baseUrl, adminPolicy));
	await mkdir(path.join(outDir, '_hosting'), { recursive: true });
	await writeFile(path.join(outDir, '_hosting', 'nginx.conf'), nginxConfig(routes, code, { baseUrl, root: defaultServerRoot(baseUrl), adminPolicy }));
	return code;
}

/** Every page's inline scripts and styles; a page with an inline style or handler attribute is a bug. */
async function inlineCodeOf(outDir: string): Promise<InlineCode> {
	const code = emptyInlineCode();
	for (const file of await htmlFiles(outDir)) {
		collectInlineCode(path.relative(outDir, file), await readFile(file, 'utf8'), code);
	}
	if (code.blocked.length) {
		const list = code.blocked.slice(0, 10).map((b) => `  ${b.page}: ${b.attribute}="…"`).join('\n');
		throw new DitichsoError(`${code.blocked.length} page attributes would be blocked by the Content-Security-Policy (inline styles and event handlers are not allowed):\n${list}\nMove them to the stylesheet or a script; please report this bug.`);
	}
	return code;
}

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name)).sort();
}
