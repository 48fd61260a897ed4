import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { constants } from 'node:os';
import path from 'node:path';

// A build writes into a staging folder beside the output and swaps it into place at the end, so
// the output is either the previous build or the new one, never half of each (issue #8).

/** Staging folders of the builds under way in this process, with their output: what a stop removes. */
const underWay = new Map<string, string>();

/** The folder a build writes into, beside the output, hidden; its plaques and manifest beside it. */
export function stagingFor(outDir: string, buildId: string): string {
	return path.join(path.dirname(outDir), `.${path.basename(outDir)}-staging-${buildId}`);
}

/** What a build makes beside the output: the staging folder, and the files beside it. */
const besideStaging = (staging: string) => [staging, `${staging}.plaques`, `${staging}.print-kit.json`, `${staging}.kept-pages.json`];
const oldFor = (outDir: string, pid = process.pid) => path.join(path.dirname(outDir), `.${path.basename(outDir)}-old-${pid}`);

/** Notes that a build is writing into `staging` for `outDir`, until `removeStaging` or `swapInto`. */
export function startStaging(staging: string, outDir: string): void {
	underWay.set(staging, outDir);
}

/** Removes a staging folder and what was made beside it. */
export async function removeStaging(staging: string): Promise<void> {
	await Promise.all(besideStaging(staging).map((p) => rm(p, { recursive: true, force: true })));
	underWay.delete(staging);
}

/** Replaces `outDir` with `staging` in two renames, so no reader ever sees a half-written site. */
export async function swapInto(staging: string, outDir: string): Promise<void> {
	const old = oldFor(outDir);
	const exists = await stat(outDir).then(() => true, () => false);
	if (exists) await rename(outDir, old);
	await rename(staging, outDir);
	underWay.delete(staging);
	if (exists) await rm(old, { recursive: true, force: true });
}

/**
 * Removes what builds stopped before they could clean up (SIGKILL, a power cut) left beside
 * `outDir`: their staging folders, and an old output a swap had moved aside. A build stopped
 * between the swap's two renames left no output at all: its old output is put back first. What a
 * build whose process still runs has made is left alone: that build may be writing it now.
 */
export async function removeLeftovers(outDir: string): Promise<void> {
	const prefix = `.${path.basename(outDir)}-`;
	const left = (await readdir(path.dirname(outDir)).catch(() => [])).flatMap((name) => {
		const match = name.startsWith(prefix) ? /^(staging|old)-(\d+)(?:-\d+)?(?:\.plaques|\.print-kit\.json|\.kept-pages\.json)?$/.exec(name.slice(prefix.length)) : null;
		return match && !isRunning(Number(match[2])) ? [{ name, old: match[1] === 'old', pid: Number(match[2]) }] : [];
	});
	const lost = !existsSync(outDir) && left.find((l) => l.old);
	if (lost) await rename(oldFor(outDir, lost.pid), outDir);
	await Promise.all(left.filter((l) => l !== lost).map((l) => rm(path.join(path.dirname(outDir), l.name), { recursive: true, force: true })));
}

function isRunning(pid: number): boolean {
	if (pid === process.pid) return true;
	try {
		process.kill(pid, 0);
	} catch (error) {
		// EPERM: it runs, as another user.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
	// A killed process nobody has reaped yet (a container's init may never) still answers: a zombie.
	return !/^\d+ \(.*\) Z/s.test(readProcStat(pid));
}

const readProcStat = (pid: number) => {
	try {
		return readFileSync(`/proc/${pid}/stat`, 'utf8');
	} catch {
		return '';
	}
};

/**
 * On Ctrl-C (SIGINT) or a polite stop (SIGTERM, from CI or a service manager), removes the staging
 * folders under way, puts back an output a swap had just moved aside, calls `tell` and exits as
 * Node would have (130, 143). All of it synchronously, then exit at once: no task of the build
 * still running gets a turn to write into a folder after it was removed. For the CLI entry only.
 */
export function cleanUpOnStop(tell: (signal: 'SIGINT' | 'SIGTERM') => void): void {
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.once(signal, () => {
			for (const [staging, outDir] of underWay) {
				if (!existsSync(outDir) && existsSync(oldFor(outDir))) renameSync(oldFor(outDir), outDir);
				for (const p of besideStaging(staging)) rmSync(p, { recursive: true, force: true, maxRetries: 3 });
			}
			tell(signal);
			process.exit(128 + constants.signals[signal]);
		});
	}
}
