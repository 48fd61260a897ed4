import { spawn } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { freePort, spawnOnFreePorts, stopChild, waitForPorts } from '../helpers/server-process.ts';

// A tiny server, in Node itself, stands in for nginx or Apache.
const listenOn = (port: number) => spawn(process.execPath, ['-e', `require('node:net').createServer().listen(${port}, '127.0.0.1')`], { stdio: ['ignore', 'ignore', 'pipe'] });
const failWith = (message: string) => spawn(process.execPath, ['-e', `console.error(${JSON.stringify(message)}); process.exit(1)`], { stdio: ['ignore', 'ignore', 'pipe'] });

describe('spawnOnFreePorts', () => {
	test('retries on other ports when the server exits first (the port race)', async () => {
		const tried: number[][] = [];
		const { ports, child } = await spawnOnFreePorts('test server', 1, async (p) => {
			tried.push(p);
			return tried.length === 1 ? failWith('address already in use') : listenOn(p[0] ?? 0);
		});
		expect(tried).toHaveLength(2);
		expect(tried[1]).toEqual(ports);
		await stopChild(child);
		expect(child.signalCode).toBe('SIGTERM');
	});

	test('gives up after the attempts, with the name and what the server said', async () => {
		await expect(spawnOnFreePorts('test server', 1, async () => failWith('no config'), 2)).rejects.toThrow(/^test server did not start: test server exited \(1\): no config/);
	});
});

describe('waitForPorts', () => {
	test('resolves once every port listens', async () => {
		const ports = [await freePort(), await freePort()];
		const child = spawn(process.execPath, ['-e', `for (const p of ${JSON.stringify(ports)}) require('node:net').createServer().listen(p, '127.0.0.1')`], { stdio: ['ignore', 'ignore', 'pipe'] });
		await expect(waitForPorts(ports, child, 'test server')).resolves.toBeUndefined();
		await stopChild(child);
	});
});

describe('stopChild', () => {
	test('resolves at once for a child already gone', async () => {
		const child = failWith('bye');
		await new Promise((resolve) => child.once('exit', resolve));
		await expect(stopChild(child)).resolves.toBeUndefined();
	});
});
