import { writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBenchArgs, USAGE } from './args.ts';
import { renderChart } from './chart.ts';
import { evaluateGoals, seconds } from './goals.ts';
import { stopCurrent } from './measure.ts';
import type { Machine, Results, Run } from './model.ts';
import { commandOutput } from './process.ts';
import { astroVersion, hugoVersion } from './references.ts';
import { benchPhonePhotos, benchSmallCovers, type BenchContext } from './scenarios.ts';
import { formatReport } from './table.ts';

// `npm run bench` (issue #7): builds synthetic trails of several sizes with ditichso and with two
// references, prints a table and the goals, writes results.json and chart.svg. See USAGE.

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'ditichso-bench');
const EXIT = { ok: 0, usage: 2, failure: 3, interrupted: 130 } as const;

const progress = (text: string) => void process.stderr.write(text);

export async function main(argv: readonly string[]): Promise<number> {
	const parsed = parseBenchArgs(argv, PROJECT_ROOT);
	if (!parsed.ok) return progress(`bench: ${parsed.error}\n\n${USAGE}`), EXIT.usage;
	if (parsed.help) return process.stdout.write(USAGE), EXIT.ok;
	const options = parsed.options;
	const hugo = await hugoVersion();
	if (!hugo) return progress('bench: Hugo is not installed: the bench builds the same trail with Hugo as a reference (apt-get install hugo).\n'), EXIT.failure;
	const buildStats = await buildKnowsStats();
	if (!buildStats) progress('bench: scripts/build.ts has no --stats option yet: stage times and made/cached counts are shown as –.\n');
	const machine = await describeMachine(hugo);
	const tmp = await mkdtemp(path.join(os.tmpdir(), 'ditichso-bench-'));
	const ctx: BenchContext = { projectRoot: PROJECT_ROOT, tmp, photoCache: path.join(CACHE, 'photos'), keep: options.keep, buildStats, progress };
	const stop = (signal: NodeJS.Signals) => {
		progress(`\nbench: ${signal}: stopping the build and removing ${tmp}; what was measured is in ${path.relative(PROJECT_ROOT, path.join(CACHE, 'results.partial.json'))}\n`);
		stopCurrent();
		void (options.keep ? Promise.resolve() : rm(tmp, { recursive: true, force: true })).finally(() => process.exit(EXIT.interrupted));
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
	progress(`bench: sizes ${options.sites.join(', ')}${options.photoSites.length ? `; phone photos ${options.photoSites.join(', ')}` : '; no phone-photo trail'}; working in ${tmp}\n`);

	const started = performance.now();
	const runs: Run[] = [];
	// Each run is on disk as soon as it is measured: a full run takes hours, and one stopped at
	// 10,000 sites still has the figures of the smaller sizes.
	const partial = path.join(CACHE, 'results.partial.json');
	await mkdir(CACHE, { recursive: true });
	const measured = (r: Run) => {
		runs.push(r);
		writeFileSync(partial, `${JSON.stringify({ machine, date: new Date().toISOString(), args: [...argv], buildStats, runs }, null, '\t')}\n`);
	};
	let failure: unknown;
	try {
		for (const n of options.sites) await benchSmallCovers(ctx, n, measured);
		for (const n of options.photoSites) await benchPhonePhotos(ctx, n, { astroImages: options.astroImages }, measured);
	} catch (error) {
		failure = error;
	} finally {
		process.off('SIGINT', stop);
		process.off('SIGTERM', stop);
		if (options.keep) progress(`bench: kept ${tmp}\n`);
		else await rm(tmp, { recursive: true, force: true });
	}
	const goals = evaluateGoals(runs);
	const results: Results = { machine, date: new Date().toISOString(), args: [...argv], buildStats, runs, goals };
	if (runs.length) process.stdout.write(`\n${formatReport(runs, goals)}`);
	const took = `The bench took ${seconds(performance.now() - started)}.`;
	if (failure) {
		const file = path.join(CACHE, 'results.failed.json');
		await writeResults(results, file, path.join(CACHE, 'chart.failed.svg'), machine);
		progress(`\nbench: ${(failure as Error).message ?? failure}\nbench: the runs measured before the failure are in ${path.relative(PROJECT_ROOT, file)}. ${took}\n`);
		return EXIT.failure;
	}
	await writeResults(results, options.resultsFile, options.chartFile, machine);
	process.stdout.write(`\nResults: ${path.relative(PROJECT_ROOT, options.resultsFile)}; chart: ${path.relative(PROJECT_ROOT, options.chartFile)}. ${took}\n`);
	return EXIT.ok;
}

async function writeResults(results: Results, resultsFile: string, chartFile: string, machine: Machine): Promise<void> {
	await mkdir(path.dirname(resultsFile), { recursive: true });
	await writeFile(resultsFile, `${JSON.stringify(results, null, '\t')}\n`);
	await mkdir(path.dirname(chartFile), { recursive: true });
	const subtitle = `${machine.cpus} × ${machine.cpuModel}, ${machine.memGB} GB · Node ${machine.node} · Astro ${machine.astro} · Hugo ${machine.hugo} · ${results.date.slice(0, 10)}`;
	await writeFile(chartFile, renderChart(results.runs, { subtitle }));
}

/** Whether scripts/build.ts takes `--stats FILE` (it is being added): its usage says so. */
async function buildKnowsStats(): Promise<boolean> {
	const usage = await commandOutput(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'build.ts'), '--help'], { cwd: PROJECT_ROOT });
	return /--stats\b/.test(usage ?? '');
}

async function describeMachine(hugo: string): Promise<Machine> {
	const cpus = os.cpus();
	return {
		cpus: cpus.length,
		cpuModel: cpus[0]?.model.trim() ?? 'unknown',
		memGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
		node: process.version,
		hugo,
		astro: await astroVersion(PROJECT_ROOT),
		platform: `${os.platform()} ${os.release()}`,
	};
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
