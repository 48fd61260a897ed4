import { execFile } from 'node:child_process';
import { access, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { treeVersion } from '../../src/core/index.ts';

/** The browser side of /admin/, and what it is bundled from: a change to either bundles it again. */
const ENTRY = 'src/pages/admin/_cms.ts';
const INPUTS = [ENTRY, 'package-lock.json', 'scripts/lib/admin-bundle.ts'];

export interface AdminBundle {
	/** A folder holding `_astro/…`: copied into the site as it is. */
	dir: string;
	/** The entry script's address, e.g. `/_astro/cms.Ab12Cd34.js`. */
	entry: string;
}

/**
 * The content editor's script (Decap CMS, about 11 MB of JavaScript), bundled by Vite on its own
 * and kept in the cache: it depends on its code and the locked packages only, never on the
 * content, so Astro does not bundle it again in every build (it took most of a small build's time
 * and memory).
 */
export async function adminBundle(projectRoot: string, cacheDir: string): Promise<AdminBundle> {
	const found = await keptBundle(projectRoot, cacheDir);
	if (found) return found;
	// In a process of its own: bundling Decap takes about 1 GB, which a province's build needs for itself.
	// NODE_ENV is set, not inherited: Vite bundles otherwise under another NODE_ENV (vitest sets
	// 'test'), and the cache key does not hold it, so a build in a test would have kept a bundle a
	// real build then publishes (issue #8, same input, same output).
	const env = { ...process.env, NODE_ENV: 'production' };
	const { stdout } = await promisify(execFile)(process.execPath, [fileURLToPath(import.meta.url), projectRoot, cacheDir], { maxBuffer: 1 << 20, env });
	return JSON.parse(stdout) as AdminBundle;
}

async function keptBundle(projectRoot: string, cacheDir: string): Promise<AdminBundle | undefined> {
	const dir = path.join(cacheDir, 'admin', treeVersion(projectRoot, INPUTS));
	const kept = await readFile(path.join(dir, 'entry.json'), 'utf8').then((text) => JSON.parse(text) as { entry: string }, () => undefined);
	return kept && (await access(path.join(dir, ...kept.entry.split('/'))).then(() => true, () => false)) ? { dir, entry: kept.entry } : undefined;
}

async function bundleAndKeep(projectRoot: string, cacheDir: string): Promise<AdminBundle> {
	const dir = path.join(cacheDir, 'admin', treeVersion(projectRoot, INPUTS));
	const temporary = `${dir}.${process.pid}.tmp`;
	await bundle(projectRoot, temporary);
	const entry = `/_astro/${(await readdir(path.join(temporary, '_astro'))).find((name) => /^cms\..*\.js$/.test(name))}`;
	await writeFile(path.join(temporary, 'entry.json'), JSON.stringify({ entry }));
	await rm(dir, { recursive: true, force: true });
	await mkdir(path.dirname(dir), { recursive: true });
	await rename(temporary, dir);
	return { dir, entry };
}

async function bundle(projectRoot: string, outDir: string): Promise<void> {
	const output = { entryFileNames: '_astro/cms.[hash].js', chunkFileNames: '_astro/[name].[hash].js', assetFileNames: '_astro/[name].[hash][extname]' };
	await build({
		root: projectRoot,
		configFile: false,
		publicDir: false,
		logLevel: 'error',
		define: { 'process.env.NODE_ENV': JSON.stringify('production') },
		build: { outDir, emptyOutDir: true, copyPublicDir: false, manifest: false, rolldownOptions: { input: path.join(projectRoot, ENTRY), output } },
	});
}

if (import.meta.main) process.stdout.write(JSON.stringify(await bundleAndKeep(process.argv[2]!, process.argv[3]!)));
