import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { measure, type Measured } from './measure.ts';

// What every measured build shares: the environment, the log, failing loudly, counting pages.

export class BenchError extends Error {}

/** Telemetry off (no network), no colour codes in the logs; the rest of the environment as given. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	return { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/** Runs and measures one build; a failed build stops the bench with the end of its log. */
export async function runMeasured(what: string, command: string, args: readonly string[], { cwd, env, logFile }: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }): Promise<Measured> {
	let measured: Measured;
	try {
		measured = await measure(command, args, { cwd, env, logFile });
	} catch (error) {
		throw new BenchError(`${what}: could not start ${command}: ${(error as Error).message}`);
	}
	if (measured.exitCode !== 0) {
		const how = measured.signal ? `was stopped by ${measured.signal}` : `exited with code ${measured.exitCode}`;
		const end = await tail(logFile, 40);
		throw new BenchError(`${what} ${how}. The end of its log (${logFile}):\n${end}${hint(end)}`);
	}
	return measured;
}

/** Astro writes every build's prerender bundle into one folder of the project, and empties it after. */
function hint(log: string): string {
	return /ERR_MODULE_NOT_FOUND[^\n]*[/\\]\.astro[/\\]\.prerender[/\\]/.test(log)
		? '\nbench: probably another build of this checkout ran at the same time (npm run build, npm test) and removed .astro/.prerender under it: run the bench alone.'
		: '';
}

export async function tail(file: string, lines: number): Promise<string> {
	const text = (await readFile(file, 'utf8').catch(() => '')).replace(/\u001b\[[0-9;]*m/g, '');
	return text.split('\n').slice(-lines - 1).join('\n');
}

/** The HTML files under `dir`, as paths relative to it with forward slashes. */
export async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
	return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

export async function commandOutput(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string | undefined> {
	try {
		const { stdout } = await promisify(execFile)(command, [...args], { ...options, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 });
		return stdout;
	} catch (error) {
		// A usage error still prints its usage: take what was written.
		const stdout = (error as { stdout?: string }).stdout;
		return stdout || undefined;
	}
}
