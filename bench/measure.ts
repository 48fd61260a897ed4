import { spawn } from 'node:child_process';
import { open, readFile, readdir } from 'node:fs/promises';

// Runs one command and measures it from outside: wall time, and the peak memory of the whole
// process tree. Every ~50 ms the tree is walked from the child's pid (/proc/<pid>/task/*/children)
// and the VmRSS of every process in it is added up; the peak is the largest sum seen. VmHWM (each
// process's own high-water mark, kept by the kernel between samples) is also read, so a spike
// shorter than the polling interval still shows in `peakHwmBytes`.

export interface Measured {
	exitCode: number | null;
	signal: NodeJS.Signals | null;
	wallMs: number;
	/** Largest sum of VmRSS over the process tree, over all samples. */
	peakRssBytes: number;
	/** Largest VmHWM of any one process of the tree. */
	peakHwmBytes: number;
	/** Processes seen in the tree. */
	processes: number;
	samples: number;
}

export interface MeasureOptions {
	cwd: string;
	env: NodeJS.ProcessEnv;
	/** The child's stdout and stderr go here (appended). */
	logFile: string;
	intervalMs?: number;
}

/** The child being measured, so that an interrupted bench can stop it. */
let current: ReturnType<typeof spawn> | undefined;

export function stopCurrent(): void {
	if (current?.pid) {
		try {
			process.kill(-current.pid, 'SIGTERM');
		} catch {
			current.kill('SIGTERM');
		}
	}
}

export async function measure(command: string, args: readonly string[], { cwd, env, logFile, intervalMs = 50 }: MeasureOptions): Promise<Measured> {
	const log = await open(logFile, 'a');
	try {
		await log.write(`$ ${[command, ...args].join(' ')}\n`);
		const started = performance.now();
		// Its own process group, so stopCurrent() reaches the grandchildren too.
		const child = spawn(command, args, { cwd, env, stdio: ['ignore', log.fd, log.fd], detached: true });
		current = child;
		const hwm = new Map<number, number>();
		let peakRssBytes = 0;
		let samples = 0;
		let sampling = false;
		const sample = async () => {
			if (sampling || child.pid === undefined) return;
			sampling = true;
			try {
				const statuses = await treeStatus(child.pid);
				if (statuses.length) {
					samples++;
					peakRssBytes = Math.max(peakRssBytes, statuses.reduce((sum, s) => sum + s.rssBytes, 0));
					for (const s of statuses) hwm.set(s.pid, Math.max(hwm.get(s.pid) ?? 0, s.hwmBytes));
				}
			} finally {
				sampling = false;
			}
		};
		const timer = setInterval(() => void sample(), intervalMs);
		void sample();
		const { exitCode, signal } = await new Promise<{ exitCode: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
			child.once('error', reject);
			child.once('exit', (code, sig) => resolve({ exitCode: code, signal: sig }));
		}).finally(() => clearInterval(timer));
		const wallMs = performance.now() - started;
		current = undefined;
		return { exitCode, signal, wallMs, peakRssBytes, peakHwmBytes: Math.max(0, ...hwm.values()), processes: hwm.size, samples };
	} finally {
		await log.close();
	}
}

interface ProcStatus {
	pid: number;
	rssBytes: number;
	hwmBytes: number;
}

/** The status of `root` and all its descendants that are still alive. */
async function treeStatus(root: number): Promise<ProcStatus[]> {
	const out: ProcStatus[] = [];
	const seen = new Set<number>();
	const queue = [root];
	while (queue.length) {
		const pid = queue.shift()!;
		if (seen.has(pid)) continue;
		seen.add(pid);
		const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => undefined);
		if (!status) continue;
		out.push({ pid, ...parseStatus(status) });
		queue.push(...(await childrenOf(pid)));
	}
	return out;
}

async function childrenOf(pid: number): Promise<number[]> {
	const tasks = await readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
	const lists = await Promise.all(tasks.map((task) => readFile(`/proc/${pid}/task/${task}/children`, 'utf8').catch(() => '')));
	return lists.flatMap((list) => list.split(/\s+/).filter(Boolean).map(Number));
}

/** VmRSS and VmHWM of a /proc/<pid>/status text, in bytes (0 when absent, as for a zombie). */
export function parseStatus(status: string): { rssBytes: number; hwmBytes: number } {
	const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
	return { rssBytes: kb('VmRSS'), hwmBytes: kb('VmHWM') };
}
