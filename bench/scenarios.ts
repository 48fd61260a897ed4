import { appendFile, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { seconds, sites as siteCount } from './goals.ts';
import { readStats, type Run, type Scenario } from './model.ts';
import { PHONE_PHOTO, SMALL_PHOTO, photoMaker, type PhotoSize } from './photos.ts';
import { childEnv, htmlFiles, runMeasured } from './process.ts';
import { buildAstroReference, buildHugoReference, type Measurement } from './references.ts';
import { syntheticSite, writeSyntheticTrail } from './synthetic-trail.ts';

// The builds measured for one trail size. Small covers (the sample's 640×480): ditichso cold with
// an empty cache, warm after editing one site, warm with nothing changed, then the plain Astro and
// Hugo references over the same Markdown. Phone photos (4000×3000): ditichso cold and warm, and
// Astro's own image pipeline when asked. Writing the trail is not timed.

export interface BenchContext {
	projectRoot: string;
	/** The bench's temporary folder. */
	tmp: string;
	/** Generated photos, kept between runs. */
	photoCache: string;
	keep: boolean;
	/** scripts/build.ts knows --stats. */
	buildStats: boolean;
	/** Progress, to stderr. */
	progress: (text: string) => void;
}

/** One progress line: "bench: 1,000 sites: ditichso cold… 52.3 s". */
async function step<T extends { wallMs?: number }>(ctx: BenchContext, sites: number, label: string, work: () => Promise<T>): Promise<T> {
	ctx.progress(`bench: ${siteCount(sites)} sites: ${label}… `);
	const started = performance.now();
	try {
		const result = await work();
		ctx.progress(`${seconds(result.wallMs ?? performance.now() - started)}\n`);
		return result;
	} catch (error) {
		ctx.progress('failed\n');
		throw error;
	}
}

async function writeTrail(ctx: BenchContext, dir: string, sites: number, size: PhotoSize): Promise<string> {
	const content = path.join(dir, 'content');
	const what = size === PHONE_PHOTO ? 'writing the trail (phone photos, made once and kept)' : 'writing the trail';
	await step(ctx, sites, what, () => writeSyntheticTrail(content, { sites, photoFor: photoMaker(size, ctx.photoCache) }).then(() => ({})));
	return content;
}

/** `scripts/build.ts` in its own process, measured from outside; its own figures from --stats when it has them. */
async function buildDitichso(ctx: BenchContext, dir: string, name: string, content: string, cacheDir: string, sites: number): Promise<Measurement> {
	const outDir = path.join(dir, `out-${name}`);
	const statsFile = path.join(dir, `stats-${name}.json`);
	const args = [path.join(ctx.projectRoot, 'scripts', 'build.ts'), '--content', content, '--out', outDir, ...(ctx.buildStats ? ['--stats', statsFile] : [])];
	const logFile = path.join(dir, `build-${name}.log`);
	const measured = await runMeasured(`The ditichso build (${name}, ${siteCount(sites)} sites)`, process.execPath, args, {
		cwd: ctx.projectRoot,
		env: childEnv({ DITICHSO_CACHE: cacheDir }),
		logFile,
	});
	const stats = ctx.buildStats
		? await readFile(statsFile, 'utf8')
				.then((text) => readStats(JSON.parse(text)))
				.catch(() => undefined)
		: undefined;
	const pages = (await htmlFiles(outDir)).length;
	if (!ctx.keep) await rm(outDir, { recursive: true, force: true });
	return { sites, wallMs: Math.round(measured.wallMs), peakRssBytes: measured.peakRssBytes, peakHwmBytes: measured.peakHwmBytes, htmlFiles: pages, ...(stats ? { stats } : {}) };
}

/** A sentence added to the body of one site's vi.md, the middle one: what an editor's fix looks like. */
export async function editOneSite(content: string, sites: number): Promise<string> {
	const file = path.join(content, 'sites', syntheticSite(Math.floor(sites / 2)).folder, 'vi.md');
	await appendFile(file, '\nNăm 2026, ban quản lý di tích bổ sung câu này để đo thời gian xây dựng lại.\n');
	return file;
}

const run = (scenario: Scenario, photos: Run['photos'], m: Measurement): Run => ({ scenario, photos, ...m });

export async function benchSmallCovers(ctx: BenchContext, sites: number, onRun: (run: Run) => void): Promise<void> {
	const dir = path.join(ctx.tmp, `sites-${sites}`);
	const content = await writeTrail(ctx, dir, sites, SMALL_PHOTO);
	const cache = path.join(dir, 'cache');
	await mkdir(cache, { recursive: true });
	const ours = async (scenario: Scenario, label: string, name: string) =>
		onRun(run(scenario, 'small', await step(ctx, sites, label, () => buildDitichso(ctx, dir, name, content, cache, sites))));
	await ours('cold', 'ditichso cold', 'cold');
	await editOneSite(content, sites);
	await ours('warm-edit', 'ditichso warm after editing one site', 'warm-edit');
	await ours('no-change', 'ditichso warm, nothing changed', 'no-change');
	const plan = { projectRoot: ctx.projectRoot, sitesDir: path.join(content, 'sites'), sites, keep: ctx.keep };
	onRun(run('astro', 'small', await step(ctx, sites, 'plain Astro 7', () => buildAstroReference({ ...plan, workDir: path.join(dir, 'astro') }))));
	onRun(run('hugo', 'small', await step(ctx, sites, 'Hugo', () => buildHugoReference({ ...plan, workDir: path.join(dir, 'hugo') }))));
	if (!ctx.keep) await rm(dir, { recursive: true, force: true });
}

export async function benchPhonePhotos(ctx: BenchContext, sites: number, { astroImages }: { astroImages: boolean }, onRun: (run: Run) => void): Promise<void> {
	const dir = path.join(ctx.tmp, `phone-photos-${sites}`);
	const content = await writeTrail(ctx, dir, sites, PHONE_PHOTO);
	const cache = path.join(dir, 'cache');
	await mkdir(cache, { recursive: true });
	const ours = async (scenario: Scenario, label: string, name: string) =>
		onRun(run(scenario, 'phone', await step(ctx, sites, label, () => buildDitichso(ctx, dir, name, content, cache, sites))));
	await ours('photos-cold', 'ditichso cold, phone photos', 'photos-cold');
	await ours('photos-warm', 'ditichso warm, phone photos, nothing changed', 'photos-warm');
	if (astroImages) {
		const plan = { projectRoot: ctx.projectRoot, sitesDir: path.join(content, 'sites'), sites, keep: ctx.keep, workDir: path.join(dir, 'astro-images') };
		onRun(run('astro-images', 'phone', await step(ctx, sites, 'Astro, astro:assets <Image>', () => buildAstroReference(plan, { images: true }))));
	}
	if (!ctx.keep) await rm(dir, { recursive: true, force: true });
}
