import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { startAdminBundle } from '../../scripts/lib/admin-bundle.ts';
import { PROJECT_ROOT } from '../helpers/trail-copy.ts';

// Issue #7: the build starts bundling the editor's script (in a process of its own) before it
// reads the content, while it is small, and a build that ends before it needs the bundle (a
// content error, a failure, Ctrl-C) stops the bundling. The cache then holds nothing half-made.

const BUNDLE_MS = 120_000;

async function emptyCache(): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), 'ditichso-admin-'));
	onTestFinished(() => rm(dir, { recursive: true, force: true }));
	return dir;
}

const adminEntries = (cache: string) => readdir(path.join(cache, 'admin')).catch(() => [] as string[]);

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
	const end = Date.now() + timeoutMs;
	while (!(await condition())) {
		if (Date.now() > end) throw new Error(`not within ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

test('a bundling stopped half-way removes its folder from the cache', async () => {
	const cache = await emptyCache();
	const started = startAdminBundle(PROJECT_ROOT, cache);
	await until(async () => (await adminEntries(cache)).some((name) => name.endsWith('.tmp')), 30_000);
	await started.stop();
	await expect(started.bundle).rejects.toThrow();
	expect(await adminEntries(cache)).toEqual([]);
}, BUNDLE_MS);

test('a finished bundle is kept, found again without bundling, and stop is then harmless', async () => {
	const cache = await emptyCache();
	const first = startAdminBundle(PROJECT_ROOT, cache);
	const bundle = await first.bundle;
	await first.stop();
	expect(bundle.entry).toMatch(/^\/_astro\/cms\.[\w-]+\.js$/);
	expect(await adminEntries(cache)).toEqual([path.basename(bundle.dir)]);
	const again = startAdminBundle(PROJECT_ROOT, cache);
	expect(await again.bundle).toEqual(bundle);
	await again.stop();
	expect(await readdir(path.join(bundle.dir, '_astro'))).toContain(bundle.entry.slice('/_astro/'.length));
}, BUNDLE_MS);
