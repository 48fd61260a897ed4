import type { ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';

// Starting and stopping a real server (nginx, Apache httpd) as a child process on a free loopback
// port, for the helpers that serve a folder to the tests.

/** A port that was free a moment ago on 127.0.0.1 (another process may take it before we do). */
export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

/**
 * Resolves once every port accepts connections; rejects if the server exits first (often: a port
 * was taken meanwhile) or stays silent for 10 s. `name` and the server's stderr go in the message.
 */
export async function waitForPorts(ports: number[], child: ChildProcess, name: string): Promise<void> {
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
	const exited = new Promise<never>((_, reject) => {
		// 'close', not 'exit': by then stderr has been read to its end.
		child.once('close', (code, signal) => reject(new Error(`${name} exited (${code ?? signal}): ${stderr}`)));
		child.once('error', (error) => reject(new Error(`${name} could not be started: ${error.message}`)));
	});
	exited.catch(() => {});
	const deadline = Date.now() + 10_000;
	for (const port of ports) {
		while (!(await Promise.race([canConnect(port), exited]))) {
			if (Date.now() > deadline) throw new Error(`${name} did not listen on ${port} within 10 s: ${stderr}`);
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	}
}

function canConnect(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		socket.once('connect', () => (socket.destroy(), resolve(true)));
		socket.once('error', () => resolve(false));
	});
}

/** Ends a child started here (SIGTERM) and waits for it; a child already gone resolves at once. */
export function stopChild(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise((resolve) => {
		child.once('exit', () => resolve());
		child.kill('SIGTERM');
	});
}

/**
 * Picks `count` free ports, starts the server on them with `spawnOn(ports)` and waits until it
 * listens on all. A server that exits first (the port race: someone took a port between
 * `freePort` and `listen`) is retried on other ports, `attempts` times in all; then the last error
 * is thrown.
 */
export async function spawnOnFreePorts(name: string, count: number, spawnOn: (ports: number[]) => Promise<ChildProcess>, attempts = 5): Promise<{ ports: number[]; child: ChildProcess }> {
	let lastError: unknown;
	for (let attempt = 0; attempt < attempts; attempt++) {
		const ports = await Promise.all(Array.from({ length: count }, freePort));
		const child = await spawnOn(ports);
		try {
			await waitForPorts(ports, child, name);
			return { ports, child };
		} catch (error) {
			lastError = error;
			await stopChild(child);
		}
	}
	throw new Error(`${name} did not start: ${lastError instanceof Error ? lastError.message : String(lastError)}`);
}
