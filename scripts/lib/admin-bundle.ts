import { execFile, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { access, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
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

export interface StartedBundle {
	bundle: Promise<AdminBundle>;
	/** Ends the bundling process if it still runs (it removes its half-made folder), and waits until it has. */
	stop(): Promise<void>;
}

/**
 * The content editor's script (Decap CMS, about 11 MB of JavaScript), bundled by Vite on its own
 * and kept in the cache: it depends on its code and the locked packages only, never on the
 * content, so Astro does not bundle it again in every build (it took most of a small build's time
 * and memory). Started when the build starts and awaited by the pages stage: bundling while the
 * build is small (still reading the content) keeps its 1 GB from adding to the peak of a big
 * trail's build, which comes later (issue #7).
 */
export function startAdminBundle(projectRoot: string, cacheDir: string): StartedBundle {
	let child: ChildProcess | undefined;
	let stopped = false;
	const bundle = (async () => {
		const found = await keptBundle(projectRoot, cacheDir);
		if (found || stopped) return found ?? Promise.reject(new Error('The editor bundle was not needed: the build stopped first.'));
		// In a process of its own: bundling Decap takes about 1 GB, which a province's build needs for itself.
		// NODE_ENV is set, not inherited: Vite bundles otherwise under another NODE_ENV (vitest sets
		// 'test'), and the cache key does not hold it, so a build in a test would have kept a bundle a
		// real build then publishes (issue #8, same input, same output).
		const env = { ...process.env, NODE_ENV: 'production' };
		const stdout = await new Promise<string>((resolve, reject) => {
			// The callback runs once the process has exited: after a stop, its folder is gone by then.
			child = execFile(process.execPath, [fileURLToPath(import.meta.url), projectRoot, cacheDir], { maxBuffer: 1 << 20, env }, (error, out) => (error ? reject(error) : resolve(out)));
		});
		return JSON.parse(stdout) as AdminBundle;
	})();
	// A failure before the pages stage awaits it must not end the build as an unhandled rejection.
	const settled = bundle.then(() => undefined, () => undefined);
	const stop = () => {
		stopped = true;
		child?.kill('SIGTERM');
		return settled;
	};
	return { bundle, stop };
}

async function keptBundle(projectRoot: string, cacheDir: string): Promise<AdminBundle | undefined> {
	const dir = path.join(cacheDir, 'admin', treeVersion(projectRoot, INPUTS));
	const kept = await readFile(path.join(dir, 'entry.json'), 'utf8').then((text) => JSON.parse(text) as { entry: string }, () => undefined);
	return kept && (await access(path.join(dir, ...kept.entry.split('/'))).then(() => true, () => false)) ? { dir, entry: kept.entry } : undefined;
}

async function bundleAndKeep(projectRoot: string, cacheDir: string): Promise<AdminBundle> {
	const dir = path.join(cacheDir, 'admin', treeVersion(projectRoot, INPUTS));
	const temporary = `${dir}.${process.pid}.tmp`;
	// Stopped by a build that failed or was stopped: nothing half-made stays in the cache.
	for (const signal of ['SIGTERM', 'SIGINT'] as const) {
		process.once(signal, () => {
			rmSync(temporary, { recursive: true, force: true });
			process.exit(128 + (signal === 'SIGTERM' ? 15 : 2));
		});
	}
	// Made first, so there is never a half-made folder the handlers above do not know of.
	await mkdir(temporary, { recursive: true });
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
