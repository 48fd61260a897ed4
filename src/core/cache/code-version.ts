import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * A version of the code that makes one kind of file: the source files given and the versions of
 * the packages given. Part of every cache key, so a change to either gives new keys.
 */
export function codeVersion(sources: readonly URL[], packages: readonly string[] = []): string {
	const require = createRequire(import.meta.url);
	const hash = createHash('sha256');
	for (const pkg of packages) hash.update(`${pkg}@${packageVersion(require.resolve(pkg), pkg)}\n`);
	for (const source of sources) hash.update(readFileSync(source));
	return hash.digest('hex');
}

/** The version in the package.json above a package's entry file (pdfkit does not export its package.json). */
export function packageVersion(entry: string, name: string): string {
	for (let dir = path.dirname(entry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
		const file = path.join(dir, 'package.json');
		if (!existsSync(file)) continue;
		const { name: found, version } = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
		if (found === name && version) return version;
	}
	return 'unknown';
}

/**
 * A version of every file under `entries` (folders or files, relative to `root`): their names and
 * bytes. The pages' code version is that of `src/`, `public/`, the Astro config and the lockfile,
 * so any change to a page, a component, a UI string or a dependency renders every page again.
 * `except` names files (relative, with `/`) whose code no page's HTML depends on.
 */
export function treeVersion(root: string, entries: readonly string[], except: readonly string[] = []): string {
	const hash = createHash('sha256');
	for (const entry of entries) {
		for (const file of filesUnder(path.join(root, entry))) {
			const name = path.relative(root, file).split(path.sep).join('/');
			if (!except.includes(name)) hash.update(`${name}\0`).update(readFileSync(file));
		}
	}
	return hash.digest('hex');
}

function filesUnder(entry: string): string[] {
	if (!existsSync(entry)) return [];
	if (!statSync(entry).isDirectory()) return [entry];
	return readdirSync(entry, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => path.join(e.parentPath, e.name))
		.sort();
}
