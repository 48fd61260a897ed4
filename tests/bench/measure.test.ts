import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { measure } from '../../bench/measure.ts';

// The one impure part of the bench that is cheap to run: a child that holds ~200 MB, and a
// grandchild that holds ~100 MB at the same time, measured through /proc (Linux only).
const dir = await mkdtemp(path.join(os.tmpdir(), 'ditichso-bench-test-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const HOLD = (mb: number) => `const b = Buffer.alloc(${mb} * 1024 * 1024, 1); setTimeout(() => b.length, 600);`;

describe.runIf(process.platform === 'linux')('measure', () => {
	test('wall time, exit code, the log, and the peak RSS of the whole process tree', async () => {
		const logFile = path.join(dir, 'log.txt');
		const script = `${HOLD(200)} const { spawnSync } = require('node:child_process'); console.log('child'); spawnSync(process.execPath, ['-e', ${JSON.stringify(HOLD(100))}]);`;
		const m = await measure(process.execPath, ['-e', script], { cwd: dir, env: process.env, logFile });
		expect(m.exitCode).toBe(0);
		expect(m.wallMs).toBeGreaterThan(500);
		expect(m.processes).toBeGreaterThanOrEqual(2);
		expect(m.peakRssBytes).toBeGreaterThan(300 * 1024 ** 2);
		expect(m.peakHwmBytes).toBeGreaterThan(200 * 1024 ** 2);
		expect(await readFile(logFile, 'utf8')).toMatch(/^\$ .+\nchild\n$/);
	});

	test('a failing command gives its exit code', async () => {
		const m = await measure(process.execPath, ['-e', 'process.exit(3)'], { cwd: dir, env: process.env, logFile: path.join(dir, 'fail.txt') });
		expect(m.exitCode).toBe(3);
	});
});
