import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { connect, createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { dev } from 'astro';
import { DitichsoError, LOCAL_BACKEND_PORT } from '../src/core/index.ts';
import { parseCommonArgs } from './lib/args.ts';
import { EXIT, nodeIo, type Io } from './lib/io.ts';
import { reportFailure, reportUsage } from './lib/report.ts';

const USAGE = `Cách dùng / Usage: npm run edit -- [--port CỔNG] [--dev-port CỔNG]
  Mở trình soạn nội dung trên máy này; dừng bằng Ctrl+C.
  Opens the content editor on this computer; stop it with Ctrl+C.
  --port N       cổng của decap-server / decap-server's port (mặc định / default: ${LOCAL_BACKEND_PORT})
  --dev-port N   cổng của trang web / the site's port (mặc định / default: 4321)
`;

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const DECAP_SERVER = createRequire(import.meta.url).resolve('decap-server/dist/index.js');

/**
 * Starts decap-server (which writes what the editor saves into this project's content/ folder)
 * and Astro's dev server (which serves /admin/ and shows the pages as they change), prints where
 * to go, and stops both when `stopped` settles (by default: Ctrl+C).
 */
export async function main(argv: string[], io: Io, stopped: Promise<unknown> = interrupted()): Promise<number> {
	const args = parseCommonArgs(argv, io, { port: { type: 'string' }, 'dev-port': { type: 'string' } });
	if (!args.ok) return reportUsage(USAGE, args.error, io);
	if (args.options.help) return io.stdout(USAGE), EXIT.ok;
	const backendPort = portOf(args.values['port'], LOCAL_BACKEND_PORT);
	const devPort = portOf(args.values['dev-port'], 4321);
	if (backendPort === undefined || devPort === undefined) {
		return reportUsage(USAGE, 'Cổng phải là một số từ 1024 đến 65535.\nA port must be a number from 1024 to 65535.', io);
	}
	let backend: ChildProcess | undefined;
	let site: Awaited<ReturnType<typeof dev>> | undefined;
	try {
		backend = await startDecapServer(backendPort, io);
		site = await dev({ root: PROJECT_ROOT, logLevel: 'warn', server: { host: '127.0.0.1', port: devPort } });
		const url = `http://localhost:${site.address.port}/admin/${backendPort === LOCAL_BACKEND_PORT ? '' : `?port=${backendPort}`}`;
		io.stdout(instructions(url));
		await stopped;
		io.stdout('Đã dừng trình soạn nội dung. / The content editor has stopped.\n');
		return EXIT.ok;
	} catch (error) {
		if (error instanceof PortBusyError) return io.stderr(`${error.message}\n`), EXIT.failure;
		return reportFailure(error, io);
	} finally {
		await site?.stop();
		if (backend) await stopChild(backend);
	}
}

function instructions(url: string): string {
	return [
		'',
		`Trình soạn nội dung đã sẵn sàng: mở ${url} trong trình duyệt, bấm "Đăng nhập" (trên máy này không cần mật khẩu).`,
		'Mỗi lần bấm "Công bố", tệp được ghi thẳng vào thư mục content/ của máy này. Sau đó chạy npm run check.',
		'Dừng: bấm Ctrl+C trong cửa sổ này.',
		'',
		`The content editor is ready: open ${url} in a browser and press "Đăng nhập" (log in; no password on this computer).`,
		'Each "Công bố" (publish) writes the files straight into this computer\'s content/ folder. Then run npm run check.',
		'To stop: press Ctrl+C in this window.',
		'',
	].join('\n');
}

/** decap-server in its file-system mode on this project, listening on loopback only. */
async function startDecapServer(port: number, io: Io): Promise<ChildProcess> {
	// Checked first: on a busy port, a poll would find the other program listening.
	if (!(await isFree(port))) throw new PortBusyError(port);
	const child = spawn(process.execPath, [DECAP_SERVER], {
		cwd: PROJECT_ROOT,
		env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: PROJECT_ROOT, LOG_LEVEL: 'warn' },
		stdio: ['ignore', 'inherit', 'pipe'],
	});
	let output = '';
	child.stderr?.on('data', (chunk: Buffer) => {
		output += chunk.toString('utf8');
		io.stderr(chunk.toString('utf8'));
	});
	const exited = new Promise<never>((_, reject) => {
		child.once('error', reject);
		child.once('exit', (code) => reject(/EADDRINUSE/.test(output) ? new PortBusyError(port) : new DitichsoError(`decap-server stopped (exit ${code}).`)));
	});
	exited.catch(() => {});
	for (const deadline = Date.now() + 15_000; !(await Promise.race([canConnect(port), exited])); ) {
		if (Date.now() > deadline) throw new DitichsoError(`decap-server did not listen on port ${port} within 15 s.`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return child;
}

/** Not a fault of the program: another one holds the port, and the editor can choose another. */
class PortBusyError extends DitichsoError {
	constructor(port: number) {
		super(`Cổng ${port} đang bận (có thể npm run edit đang chạy ở cửa sổ khác). Đóng nó, hoặc chạy npm run edit -- --port ${port + 1}.\n` +
		`Port ${port} is busy (npm run edit may be running in another window). Close it, or run npm run edit -- --port ${port + 1}.`);
		this.name = 'PortBusyError';
	}
}

function isFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

function canConnect(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		socket.once('connect', () => (socket.destroy(), resolve(true)));
		socket.once('error', () => resolve(false));
	});
}

function portOf(value: unknown, fallback: number): number | undefined {
	if (value === undefined) return fallback;
	const port = Number(value);
	return Number.isInteger(port) && port >= 1024 && port <= 65535 ? port : undefined;
}

function interrupted(): Promise<void> {
	return new Promise((resolve) => {
		process.once('SIGINT', resolve);
		process.once('SIGTERM', resolve);
	});
}

function stopChild(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise((resolve) => {
		child.once('exit', () => resolve());
		child.kill('SIGTERM');
	});
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2), nodeIo);
