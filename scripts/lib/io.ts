/** Everything a script touches outside itself, so tests can run `main` in-process with a fake. */
export interface Io {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	cwd: string;
	env: Readonly<Record<string, string | undefined>>;
	/** Colour only on a terminal, and never when NO_COLOR is set. */
	color: boolean;
	/** stderr is a terminal: progress redraws one line there, and prints a line now and then elsewhere (CI logs). */
	liveProgress: boolean;
	/** Milliseconds since some fixed moment: progress rates and stage times (a fake clock in tests). */
	now: () => number;
}

export const nodeIo: Io = {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text),
	cwd: process.cwd(),
	env: process.env,
	color: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'],
	liveProgress: Boolean(process.stderr.isTTY),
	now: () => performance.now(),
};

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, contentErrors: 1, usage: 2, failure: 3 } as const;
