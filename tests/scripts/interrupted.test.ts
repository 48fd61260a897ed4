import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { main as build } from '../../scripts/build.ts';
import { main as check } from '../../scripts/check.ts';
import { probeImage } from '../../src/core/index.ts';
import { captureIo } from '../helpers/io.ts';
import { PROJECT_ROOT, trailCopy, type TrailCopy } from '../helpers/trail-copy.ts';
import { compareTrees, readTree, treeChanges } from '../helpers/tree.ts';

// Issue #8, "nothing half-made": a build that fails late, or is stopped half-way, leaves the
// previous output byte for byte as it was and nothing beside it, and the next build succeeds; no
// build and no `check` writes into the content folder. Each test builds the minimal trail once
// into `<copy>/site` (the previous output, copied to `<copy>/reference`), then breaks a second
// build. All share one cache, so only the first build of the file is cold.

/** Two or three builds of the minimal trail, on a loaded 2-core machine. */
const BUILDS_MS = 240_000;

let cache: string;
beforeAll(async () => {
	cache = await mkdtemp(path.join(tmpdir(), 'ditichso-cache-'));
});
afterAll(async () => {
	if (cache) await rm(cache, { recursive: true, force: true });
});

interface Previous {
	copy: TrailCopy;
	out: string;
	/** A copy of `out` as the build left it. */
	reference: string;
}

const contentOf = (copy: TrailCopy) => readTree(copy.content, { mtimes: true });
/** What is beside the output: a build's staging folder, or an old output, is hidden. */
const leftovers = async (copy: TrailCopy) => (await readdir(copy.root)).filter((name) => name.startsWith('.'));

async function buildInProcess(copy: TrailCopy, env: Record<string, string> = { DITICHSO_CACHE: cache }) {
	const content = await contentOf(copy);
	const io = captureIo(copy.root, env);
	const code = await build(['--content', 'content', '--out', 'site'], io);
	expect(treeChanges(content, await contentOf(copy)), 'the build wrote into the content folder').toEqual([]);
	return { code, io };
}

async function previousBuild(): Promise<Previous> {
	const copy = await trailCopy('minimal');
	const { code, io } = await buildInProcess(copy);
	expect(code, io.out() + io.err()).toBe(0);
	const previous = { copy, out: path.join(copy.root, 'site'), reference: path.join(copy.root, 'reference') };
	await cp(previous.out, previous.reference, { recursive: true });
	return previous;
}

async function expectPreviousIntact({ copy, out, reference }: Previous): Promise<void> {
	expect(await compareTrees(reference, out)).toBe('');
	expect(await leftovers(copy)).toEqual([]);
}

/** The build after a broken one: it succeeds, shows the content as it is now, leaves nothing beside. */
async function expectNextBuildWorks(previous: Previous, shows: string): Promise<void> {
	const { code, io } = await buildInProcess(previous.copy);
	expect(code, io.out() + io.err()).toBe(0);
	expect(await leftovers(previous.copy)).toEqual([]);
	expect(await readFile(path.join(previous.out, 'vi', 'den-cap', 'index.html'), 'utf8')).toContain(shows);
}

/** 3000 × 2000 pixels of gradients: seconds of encoding, a small PNG. */
async function largePhoto(): Promise<Buffer> {
	const [width, height] = [3000, 2000];
	const pixels = Buffer.alloc(width * height * 3);
	for (let i = 0; i < width * height; i++) pixels.set([(i % width) % 256, Math.floor(i / width) % 256, (i * 7) % 251], i * 3);
	return sharp(pixels, { raw: { width, height, channels: 3 } }).png().toBuffer();
}

/** The stages a build's stderr says have ended ("Trang: 4.1 s · …"), not its lines of progress. */
const stagesEnded = (stderr: string) => stderr.match(/^[^:\n]+(?=: )/gm) ?? [];

const retitle = async (copy: TrailCopy) => {
	const file = path.join(copy.content, 'sites', 'den-cap', 'vi.md');
	await writeFile(file, (await readFile(file, 'utf8')).replace('title: Đền Cấp', 'title: Đền Cấp Mới'));
};

describe('a build that fails late, issue #8', () => {
	test('a photo the check reads but sharp cannot decode whole stops the build at the images, with the check\'s message; the previous output stays', async () => {
		const previous = await previousBuild();
		const cover = path.join(previous.copy.content, 'sites', 'dinh-mau', 'cover.jpg');
		const whole = await readFile(cover);
		// The last 16 bytes of the scan cut away, the end-of-image marker kept: a copy that stopped short.
		const cut = Buffer.concat([whole.subarray(0, whole.length - 18), whole.subarray(-2)]);
		await writeFile(cover, cut);
		// The other site's photo, large, is still being encoded when that one fails: the build must
		// wait for it before removing its staging folder, or its files would land there afterwards.
		await writeFile(path.join(previous.copy.content, 'sites', 'den-cap', 'cover.png'), await largePhoto());
		// The premise: the check's probe (header, placeholder shrunk on load) reads it. If this fails,
		// the check now catches this photo: find another that only the images stage refuses.
		expect(await probeImage(cut)).toMatchObject({ widthPx: 640, heightPx: 400 });
		const { code, io } = await buildInProcess(previous.copy);
		// Late: after the check, the plaques and the pages.
		expect(stagesEnded(io.err())).toEqual(['Kiểm tra nội dung', 'Bảng QR', 'Trang']);
		// The editor's mistake, told as `check` tells it: exit 1, the file and line, no stack.
		expect(code).toBe(1);
		expect(io.out()).toMatch(/^Lỗi · content\/sites\/dinh-mau\/vi\.md:\d+:\d+ · dòng \d+, trường "cover\.src"/);
		expect(io.out()).toContain('Ảnh "cover.jpg" bị cắt cụt hoặc bị hỏng');
		expect(io.out().trimEnd().split('\n').at(-1)).toBe('1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.');
		expect(io.out() + io.err()).not.toMatch(/\n\s+at /);
		await expectPreviousIntact(previous);
		await writeFile(cover, whole);
		await expectNextBuildWorks(previous, 'Đền Cấp');
	}, BUILDS_MS);

	test('a failure of the machine at the images (the cache cannot be written) exits 3 with the details; the previous output stays', async () => {
		const previous = await previousBuild();
		// A file where the cache keeps its photos: the first photo encoded cannot be kept.
		const broken = path.join(previous.copy.root, 'broken-cache');
		await cp(cache, broken, { recursive: true });
		await rm(path.join(broken, 'photos'), { recursive: true });
		await writeFile(path.join(broken, 'photos'), 'not a folder');
		const { code, io } = await buildInProcess(previous.copy, { DITICHSO_CACHE: broken });
		expect(stagesEnded(io.err()).slice(0, 3)).toEqual(['Kiểm tra nội dung', 'Bảng QR', 'Trang']);
		expect(stagesEnded(io.err())).not.toContain('Ảnh');
		// Not the editor's fault, and no content problem to point at: the technical side gets the
		// error with its stack, since a wrong path may as well be a bug.
		expect(code).toBe(3);
		expect(io.err()).toContain('This is a fault in the program, not in the content.');
		expect(io.err()).toMatch(/ENOTDIR: not a directory, mkdir '[^']*broken-cache\/photos\/[0-9a-f]{2}'\n\s+at /);
		await expectPreviousIntact(previous);
		await expectNextBuildWorks(previous, 'Đền Cấp');
	}, BUILDS_MS);
});

/** `npx node scripts/build.ts` in a process group of its own, so a signal reaches npx and the build, as Ctrl-C in a terminal does. */
function spawnBuild(copy: TrailCopy) {
	const args = ['node', 'scripts/build.ts', '--content', copy.content, '--out', path.join(copy.root, 'site')];
	const child = spawn('npx', args, { cwd: PROJECT_ROOT, detached: true, env: { ...process.env, DITICHSO_CACHE: cache }, stdio: ['ignore', 'pipe', 'pipe'] });
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
	const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
	const group = child.pid;
	if (!group) throw new Error('npx could not be started');
	const stop = (signal: NodeJS.Signals) => process.kill(-group, signal);
	onTestFinished(() => void (child.exitCode === null && child.signalCode === null && stop('SIGKILL')));
	let ended = false;
	void closed.then(() => (ended = true));
	/** Resolves once `ready` holds; rejects if the build ends first. */
	const until = async (what: string, ready: () => boolean | Promise<boolean>) => {
		while (!(await ready())) {
			if (ended) throw new Error(`The build ended before ${what}:\n${stdout}\n${stderr}`);
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
	};
	return { until, stop, closed, stdout: () => stdout, stderr: () => stderr };
}

/**
 * Files of the build `id` in Astro's prerender bundle, which it writes under the project's .astro/
 * for an output outside the project, with the build id in every file name (scripts/lib/build-site.ts).
 */
const bundleOf = async (id: string) => (await readdir(path.join(PROJECT_ROOT, '.astro', '.prerender'), { recursive: true }).catch(() => [])).filter((name) => name.includes(`.${id}.`));

/**
 * Starts a build of the edited trail and stops it with `signal` half-way: its plaques drawn, Astro
 * rendering the pages from its bundle. Returns how it ended and the build's id.
 */
async function stopHalfWay(previous: Previous, signal: NodeJS.Signals) {
	await retitle(previous.copy);
	const content = await contentOf(previous.copy);
	const run = spawnBuild(previous.copy);
	await run.until('the plaques were drawn', () => /^Bảng QR: /m.test(run.stderr()));
	const id = /^\.site-staging-(\d+-1)/m.exec((await leftovers(previous.copy)).join('\n'))?.[1] ?? '';
	expect(id, 'its staging folder is beside the output').not.toBe('');
	await run.until('Astro bundled the pages', async () => (await bundleOf(id)).some((name) => name.startsWith('prerender-entry.')));
	run.stop(signal);
	const ended = await run.closed;
	expect(run.stdout()).not.toContain('Built ');
	expect(treeChanges(content, await contentOf(previous.copy)), 'the build wrote into the content folder').toEqual([]);
	return { ...ended, id, stderr: run.stderr() };
}

/** The build after a stopped one succeeds, and nothing the stopped one made is left, here or in .astro/. */
async function expectNothingLeftOf(previous: Previous, id: string): Promise<void> {
	await expectNextBuildWorks(previous, 'Đền Cấp Mới');
	expect(await bundleOf(id)).toEqual([]);
}

describe('a build stopped half-way, issue #8', () => {
	test('killed (SIGKILL), it leaves the previous output as it was; the next build removes what it left and succeeds', async () => {
		const previous = await previousBuild();
		const ended = await stopHalfWay(previous, 'SIGKILL');
		expect(ended).toMatchObject({ code: null, signal: 'SIGKILL' });
		expect(await compareTrees(previous.reference, previous.out)).toBe('');
		// A kill cannot be caught: its staging stays until the next build, which knows its process is gone.
		expect(await leftovers(previous.copy)).toContainEqual(expect.stringMatching(new RegExp(`^\\.site-staging-${ended.id}`)));
		await expectNothingLeftOf(previous, ended.id);
	}, BUILDS_MS);

	test.each(['SIGINT', 'SIGTERM'] as const)('stopped by %s, it removes its staging folder, keeps the previous output and says so; the next build succeeds', async (signal) => {
		const previous = await previousBuild();
		const ended = await stopHalfWay(previous, signal);
		expect(ended.stderr).toContain('Stopped: the site of the previous build is left as it was; the temporary folder was removed.\n');
		// npx had the signal too: it ends by it, once the build under it has exited (the pipes closed).
		expect(ended).toMatchObject({ code: null, signal });
		await expectPreviousIntact(previous);
		await expectNothingLeftOf(previous, ended.id);
	}, BUILDS_MS);
});

describe('the content folder, issue #8', () => {
	test('npm run check, with --json, --translations or --lang en, writes nothing into it', async () => {
		const copy = await trailCopy('sample');
		const before = await contentOf(copy);
		for (const args of [[], ['--json'], ['--translations'], ['--lang', 'en']]) {
			const io = captureIo(copy.root);
			expect(await check(['--content', 'content', ...args], io), io.out() + io.err()).toBe(0);
		}
		expect(treeChanges(before, await contentOf(copy))).toEqual([]);
	});
});
