import type { Io } from './io.ts';

// How far a long build has got, on stderr: on a terminal one line redrawn in place (stage,
// done/total, rate, time left); elsewhere (CI logs) a plain line every few seconds and one when a
// stage ends, so a log shows progress without thousands of lines.

/** A plain line at most this often when stderr is not a terminal. */
const PLAIN_EVERY_MS = 5000;
/** A terminal line at most this often: redrawing on every file would cost more than the files. */
const LIVE_EVERY_MS = 100;

export interface StageTimer {
	/** `done` of `total` items so far. */
	update(done: number, total: number): void;
	/** The stage is over: its time is recorded and its last line printed. */
	end(note?: string): void;
}

export interface Progress {
	stage(name: string, label: string): StageTimer;
	/** Milliseconds each stage took, by name, in the order they ran (a stage run twice adds up). */
	times(): Record<string, number>;
}

export function createProgress(io: Pick<Io, 'stderr' | 'liveProgress' | 'now'>, { quiet = false } = {}): Progress {
	const times: Record<string, number> = {};
	return {
		times: () => ({ ...times }),
		stage(name, label) {
			const started = io.now();
			let printed = started;
			let last = { done: 0, total: 0 };
			const line = () => progressLine(label, last.done, last.total, io.now() - started);
			return {
				update(done, total) {
					last = { done, total };
					const now = io.now();
					if (quiet || now - printed < (io.liveProgress ? LIVE_EVERY_MS : PLAIN_EVERY_MS)) return;
					printed = now;
					io.stderr(io.liveProgress ? `\r\x1b[2K${line()}` : `${line()}\n`);
				},
				end(note) {
					const ms = io.now() - started;
					times[name] = (times[name] ?? 0) + ms;
					if (quiet) return;
					const text = `${label}: ${seconds(ms)}${last.total ? ` · ${last.total}` : ''}${note ? ` · ${note}` : ''}`;
					io.stderr(io.liveProgress ? `\r\x1b[2K${text}\n` : `${text}\n`);
				},
			};
		},
	};
}

/** `Ảnh / Photos 340/1000 (34 %) · 85/s · ~8 s` */
export function progressLine(label: string, done: number, total: number, elapsedMs: number): string {
	const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
	const left = rate > 0 ? (total - done) / rate : undefined;
	const percent = total ? Math.floor((done * 100) / total) : 0;
	return `${label} ${done}/${total} (${percent} %) · ${rate >= 10 ? Math.round(rate) : rate.toFixed(1)}/s${left !== undefined ? ` · ~${seconds(left * 1000)}` : ''}`;
}

function seconds(ms: number): string {
	const s = ms / 1000;
	if (s < 60) return `${s < 10 ? s.toFixed(1) : Math.round(s)} s`;
	return `${Math.floor(s / 60)} min ${String(Math.round(s % 60)).padStart(2, '0')} s`;
}
