import type { Io } from '../../scripts/lib/io.ts';

/** An `Io` that records what a script prints, for running `main` in-process. */
export function captureIo(cwd: string, env: Record<string, string | undefined> = {}): Io & { out: () => string; err: () => string } {
	let out = '';
	let err = '';
	return {
		stdout: (text) => void (out += text),
		stderr: (text) => void (err += text),
		cwd,
		env,
		color: false,
		liveProgress: false,
		now: () => performance.now(),
		out: () => out,
		err: () => err,
	};
}
