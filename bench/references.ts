import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BenchError, childEnv, commandOutput, htmlFiles, runMeasured } from './process.ts';
import type { Run } from './model.ts';

// The two references built over the same Markdown as ditichso: a plain Astro 7 project
// (bench/reference-astro: a glob() content collection, one page per file, no plaques, no images
// unless `images`) and Hugo (bench/reference-hugo, Debian's `hugo` package). Each checks that it
// rendered one page per Markdown file, two per site, and stops the bench if not.

export interface ReferencePlan {
	projectRoot: string;
	/** The synthetic trail's `sites/` folder. */
	sitesDir: string;
	sites: number;
	/** A folder of its own for this build: output, cache, log. */
	workDir: string;
	keep: boolean;
}

export type Measurement = Omit<Run, 'scenario' | 'photos'>;

export async function buildAstroReference({ projectRoot, sitesDir, sites, workDir, keep }: ReferencePlan, { images = false } = {}): Promise<Measurement> {
	const root = path.join(projectRoot, 'bench', 'reference-astro');
	const outDir = path.join(workDir, 'out');
	const cacheDir = path.join(workDir, 'cache');
	await mkdir(cacheDir, { recursive: true });
	// The types and module lists Astro writes into the project: made afresh by every build from its
	// trail, and removed after it, so nothing is left in bench/reference-astro.
	const dotAstro = path.join(root, '.astro');
	await rm(dotAstro, { recursive: true, force: true });
	const measured = await runMeasured(images ? 'The Astro reference with images' : 'The plain Astro reference', process.execPath, [path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', root], {
		cwd: projectRoot,
		env: childEnv({ BENCH_SITES_DIR: sitesDir, BENCH_OUT_DIR: outDir, BENCH_CACHE_DIR: cacheDir, BENCH_ASTRO_IMAGES: images ? '1' : '0' }),
		logFile: path.join(workDir, 'build.log'),
	}).finally(() => rm(dotAstro, { recursive: true, force: true }));
	const pages = (await htmlFiles(outDir)).length;
	if (pages !== 2 * sites) throw new BenchError(`The Astro reference rendered ${pages} pages for ${sites} sites, not ${2 * sites} (one per vi.md and en.md). Its log: ${path.join(workDir, 'build.log')}`);
	if (!keep) await rm(workDir, { recursive: true, force: true });
	return { sites, wallMs: Math.round(measured.wallMs), peakRssBytes: measured.peakRssBytes, peakHwmBytes: measured.peakHwmBytes, htmlFiles: pages };
}

export async function buildHugoReference({ projectRoot, sitesDir, sites, workDir, keep }: ReferencePlan): Promise<Measurement> {
	const source = path.join(projectRoot, 'bench', 'reference-hugo');
	const outDir = path.join(workDir, 'out');
	await mkdir(workDir, { recursive: true });
	// The trail's sites/ mounted as content/sites: one section, each vi.md and en.md a page of it.
	// resourceDir and cacheDir in the work folder, so nothing is written into bench/reference-hugo.
	const mounts = path.join(workDir, 'mounts.toml');
	await writeFile(mounts, `resourceDir = ${toml(path.join(workDir, 'resources'))}\n\n[module]\n[[module.mounts]]\nsource = ${toml(sitesDir)}\ntarget = 'content/sites'\n`);
	const measured = await runMeasured('Hugo', 'hugo', ['--quiet', '--noBuildLock', '--source', source, '--config', `${path.join(source, 'hugo.toml')},${mounts}`, '--destination', outDir, '--cacheDir', path.join(workDir, 'cache')], {
		cwd: projectRoot,
		env: childEnv({}),
		logFile: path.join(workDir, 'build.log'),
	});
	const all = await htmlFiles(outDir);
	const pages = all.filter((f) => /^sites\/[^/]+\/[^/]+\/index\.html$/.test(f)).length;
	if (pages !== 2 * sites) throw new BenchError(`Hugo rendered ${pages} site pages for ${sites} sites, not ${2 * sites} (one per vi.md and en.md). Its log: ${path.join(workDir, 'build.log')}`);
	if (!keep) await rm(workDir, { recursive: true, force: true });
	return { sites, wallMs: Math.round(measured.wallMs), peakRssBytes: measured.peakRssBytes, peakHwmBytes: measured.peakHwmBytes, htmlFiles: all.length };
}

/** A TOML basic string (JSON's escapes are TOML's). */
const toml = (text: string) => JSON.stringify(text);

/** `hugo v0.111.3+extended linux/amd64 …` → `0.111.3+extended`; undefined when Hugo is not installed. */
export async function hugoVersion(): Promise<string | undefined> {
	const out = await commandOutput('hugo', ['version']);
	return out ? (/v(\d+\.\d+\.\d+\S*)/.exec(out)?.[1] ?? out.trim()) : undefined;
}

export async function astroVersion(projectRoot: string): Promise<string> {
	const pkg = JSON.parse(await readFile(path.join(projectRoot, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string };
	return pkg.version;
}
