import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { EXIT, nodeIo, type Io } from './lib/io.ts';
import { reportFailure, reportUsage } from './lib/report.ts';
import { startStaticServer } from './lib/static-server.ts';

const USAGE = `Cách dùng / Usage: npm run audit -- [--out THƯ_MỤC] [--page ĐƯỜNG_DẪN]… [--strict]
  --out DIR     trang đã xây dựng / the built site (mặc định / default: dist/; run npm run build first)
  --page PATH   trang cần đo / a page to audit (mặc định / default: /vi/dinh-dam-ha/ and /vi/)
  --strict      thoát với mã 1 khi chưa đạt mục tiêu / exit 1 when a goal is missed
`;

/** The goals: performance ≥ 95, the other three categories 100. */
export const GOALS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof GOALS;
const CATEGORIES = Object.keys(GOALS) as Category[];

const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface AuditRow {
	page: string;
	scores: Record<Category, number>;
	/** Audits that cost points, as "category: title". */
	failing: string[];
}

/** Runs Lighthouse (mobile profile, simulated slow 4G) on each page of a built site, served from loopback. */
export async function main(argv: string[], io: Io): Promise<number> {
	let values;
	try {
		values = parseArgs({ args: argv, options: { out: { type: 'string' }, page: { type: 'string', multiple: true }, strict: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, strict: true }).values;
	} catch (error) {
		return reportUsage(USAGE, (error as Error).message, io);
	}
	if (values.help) return io.stdout(USAGE), EXIT.ok;
	const root = path.resolve(io.cwd, values.out ?? 'dist');
	if (!(await stat(path.join(root, 'index.html')).catch(() => undefined))) {
		return reportUsage(USAGE, `Chưa có trang web trong ${root}: hãy chạy npm run build trước.\nNo built site in ${root}: run npm run build first.`, io);
	}
	try {
		const rows = await auditPages(root, values.page ?? ['/vi/dinh-dam-ha/', '/vi/'], io);
		io.stdout(formatRows(rows));
		const missed = rows.some((row) => CATEGORIES.some((c) => row.scores[c] < GOALS[c]));
		return missed && values.strict ? EXIT.contentErrors : EXIT.ok;
	} catch (error) {
		return reportFailure(error, io);
	}
}

async function auditPages(root: string, pages: string[], io: Io): Promise<AuditRow[]> {
	const server = await startStaticServer(root);
	const profile = await mkdtemp(path.join(tmpdir(), 'ditichso-audit-'));
	const chromium = await launchChromium(io.env['CHROME_PATH'] ?? '/usr/bin/chromium', profile);
	try {
		const rows: AuditRow[] = [];
		for (const page of pages) rows.push(await auditPage(`${server.url}${page}`, chromium.port, page));
		return rows;
	} finally {
		await stopChromium(chromium.process);
		await server.close();
		await rm(profile, { recursive: true, force: true });
	}
}

async function auditPage(url: string, port: number, page: string): Promise<AuditRow> {
	const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`);
	const failed = result.lhr.runtimeError;
	if (failed) throw new Error(`Lighthouse could not audit ${url}: ${failed.code} ${failed.message}`);
	const { categories, audits } = result.lhr;
	const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
	const failing = CATEGORIES.flatMap((c) =>
		(categories[c]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1).map((ref) => `${c}: ${audits[ref.id]?.title ?? ref.id}`),
	);
	return { page, scores, failing };
}

/** Starts Chromium with a DevTools port and waits until it says where it listens. */
function launchChromium(executable: string, profile: string): Promise<{ process: ChildProcess; port: number }> {
	const child = spawn(executable, [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
	return new Promise((resolve, reject) => {
		let text = '';
		const timer = setTimeout(() => reject(new Error(`Chromium (${executable}) did not open its DevTools port within 30 s.\n${text}`)), 30_000);
		child.on('error', (error) => reject(new Error(`Chromium could not start from ${executable}: ${error.message}. Install Debian's chromium or set CHROME_PATH.`)));
		child.stderr?.on('data', (chunk: Buffer) => {
			text += chunk.toString();
			const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
			if (match) {
				clearTimeout(timer);
				resolve({ process: child, port: Number(match[1]) });
			}
		});
	});
}

function stopChromium(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null) return Promise.resolve();
	return new Promise((resolve) => {
		child.once('exit', () => resolve());
		child.kill();
	});
}

function formatRows(rows: AuditRow[]): string {
	const width = Math.max(6, ...rows.map((row) => row.page.length)) + 2;
	const line = (first: string, cells: string[]) => first.padEnd(width) + cells.map((cell) => cell.padEnd(16)).join('');
	const table = [
		line('page', CATEGORIES),
		line('goal', CATEGORIES.map((c) => `≥ ${GOALS[c]}`)),
		...rows.map((row) => line(row.page, CATEGORIES.map((c) => `${row.scores[c]}${row.scores[c] < GOALS[c] ? ' ✗' : ''}`))),
	];
	const notes = rows.flatMap((row) => row.failing.map((f) => `  ${row.page} · ${f}`));
	return ['Lighthouse 12.2.3, mobile profile (emulated phone, simulated slow 4G), Debian Chromium', ...table, ...(notes.length ? ['Audits that cost points:', ...notes] : [])].join('\n') + '\n';
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2), nodeIo);
