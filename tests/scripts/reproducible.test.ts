import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT, removeTrailCopy, trailCopy, type TrailCopy } from '../helpers/trail-copy.ts';
import { compareTrees, readTree } from '../helpers/tree.ts';

// Issue #8, "same input, same output": two builds of the same content give byte-identical dist/
// trees. The sample is built three times, each as a user runs it (`npx node scripts/build.ts`, a
// process of its own): twice cold, from two copies of the content into two folders with a cache
// each, by two checkouts of the code in two folders, the first with the test runner's environment;
// then once more with the second build's cache, by the first checkout, so every file it can take
// comes from a cache another checkout filled. Any clock, random id, pid, absolute path, variable
// or order of finishing that reached a file shows up here. The code is copied once, at the start:
// the builds must not see edits made to the project meanwhile (an editor saving a file, another
// engineer's change).

const BUILD_MS = 300_000;
/** What a build reads of the project besides the content; node_modules is linked, not copied. */
const CODE = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'src', 'public', 'scripts'];

let work: string;
let first: TrailCopy;
let second: TrailCopy;
const outOf = (copy: TrailCopy) => path.join(copy.root, 'site');
const cacheOf = (copy: TrailCopy) => path.join(copy.root, 'cache');
const checkout = (n: 1 | 2) => path.join(work, `code-${n}`);

async function copyCode(from: string, to: string): Promise<void> {
	await mkdir(to, { recursive: true });
	for (const name of CODE) await cp(path.join(from, name), path.join(to, name), { recursive: true });
	await symlink(path.join(PROJECT_ROOT, 'node_modules'), path.join(to, 'node_modules'), 'dir');
}

/**
 * Builds `copy` with the code in `code`, the cache in `cache`; returns stdout. `asUser` leaves out
 * the test runner's NODE_ENV ('test') and VITEST* variables, as a user's shell has none of them.
 */
async function build(code: string, copy: TrailCopy, cache: string, { asUser = true } = {}): Promise<string> {
	const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !asUser || (name !== 'NODE_ENV' && !name.startsWith('VITEST'))));
	const args = ['node', 'scripts/build.ts', '--content', copy.content, '--out', outOf(copy)];
	const { stdout } = await promisify(execFile)('npx', args, { cwd: code, env: { ...env, DITICHSO_CACHE: cache }, maxBuffer: 16 * 1024 * 1024 });
	return stdout;
}

beforeAll(async () => {
	work = await mkdtemp(path.join(tmpdir(), 'ditichso-code-'));
	await copyCode(PROJECT_ROOT, checkout(1));
	await copyCode(checkout(1), checkout(2));
	[first, second] = await Promise.all([trailCopy('sample'), trailCopy('sample')]);
	// With the test runner's environment, as the builds in the other tests run: their output must
	// be what a user's build publishes.
	await build(checkout(1), first, cacheOf(first), { asUser: false });
}, BUILD_MS);

afterAll(async () => {
	await Promise.all([first, second].filter(Boolean).map(removeTrailCopy));
	if (work) await rm(work, { recursive: true, force: true });
});

describe('the build is reproducible, issue #8', () => {
	test('a cold build by another checkout, from another copy into another folder, gives the same tree byte for byte', async () => {
		await build(checkout(2), second, cacheOf(second));
		expect(await compareTrees(outOf(first), outOf(second))).toBe('');
	}, BUILD_MS);

	test("a warm build that takes every file from the other checkout's cache gives the same tree", async () => {
		const warm = await trailCopy('sample');
		const out = await build(checkout(1), warm, cacheOf(second));
		// Proof that it was warm: a cache key holding an absolute path would have made it cold.
		// Every plaque, photo, share image, compressed copy and site page is taken; the pages of the
		// whole trail (its index, the print page, 404…) are rendered in every build.
		const [, plaques, pages, photos, shareImages, compressed] = /From the cache: (\S+) tệp bảng in.*, (\S+) trang.*, (\S+) ảnh \/.*, (\S+) ảnh chia sẻ.*, (\S+) bản nén/.exec(out) ?? [];
		const all = (count = '') => count.split('/')[0] === count.split('/')[1];
		expect({ plaques, photos, shareImages, compressed }, out).toSatisfy((counts: Record<string, string>) => Object.values(counts).every(all));
		// 9 sites × 6 pages: 4 languages, the page its code opens, its plaque preview.
		expect(Number(pages?.split('/')[0]), out).toBe(9 * 6);
		expect(await compareTrees(outOf(first), outOf(warm))).toBe('');
	}, BUILD_MS);

	test('the comparison names a file that differs by one byte, with its line', async () => {
		// Without this, a comparison that never finds anything would pass the two tests above.
		const changed = path.join(second.root, 'changed');
		await cp(outOf(first), changed, { recursive: true });
		const page = path.join(changed, 'vi', 'index.html');
		await writeFile(page, (await readFile(page, 'utf8')).replace('</title>', ' </title>'));
		const message = await compareTrees(outOf(first), changed);
		expect(message).toContain(`1 differing path(s) between ${outOf(first)} and ${changed}:\nvi/index.html: other bytes`);
		expect(message).toMatch(/vi\/index\.html: first difference at byte \d+, line \d+:\n {2}a: .*<\/title>.*\n {2}b: .* <\/title>/);
		expect((await readTree(changed)).size).toBe((await readTree(outOf(first))).size);
	});
});
