import { spawnSync } from 'node:child_process';
import { cp, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main as build } from '../../scripts/build.ts';
import { main as checkMain } from '../../scripts/check.ts';
import { main } from '../../scripts/plaques.ts';
import { captureIo } from '../helpers/io.ts';
import { PROJECT_ROOT, removeTrailCopy, trailCopy, type TrailCopy } from '../helpers/trail-copy.ts';

// One real build of the minimal trail (two plaques, TE01 and TE02), shared by the in-process tests;
// each test edits its own copy of the output. The spawned run below needs no build.
let copy: TrailCopy;

/** A copy of the built site with only the default-size plaques, which get every degradation: quicker to check. */
async function siteCopy(name: string): Promise<string> {
	const dir = path.join(copy.root, name);
	await cp(path.join(copy.root, 'site', 'plaques'), path.join(dir, 'plaques'), { recursive: true, filter: (source) => !/plaques[\\/][^\\/]+[\\/]/.test(path.relative(copy.root, source)) });
	return name;
}

async function run(argv: string[]) {
	const io = captureIo(copy.root);
	const code = await main(['--content', 'content', ...argv], io);
	return { code, out: io.out(), err: io.err() };
}

describe('plaques main --verify', () => {
	beforeAll(async () => {
		copy = await trailCopy('minimal');
		const io = captureIo(copy.root);
		const code = await build(['--content', 'content', '--out', 'site'], io);
		if (code !== 0) throw new Error(`The minimal trail did not build (exit ${code}):\n${io.out()}\n${io.err()}`);
	});

	afterAll(async () => {
		if (copy) await removeTrailCopy(copy);
	});

	test('exits 0 when both decoders read every plaque under every degradation', async () => {
		const { code, out, err } = await run(['--verify', '--out', 'site']);
		expect(err).toBe('');
		expect(code).toBe(0);
		expect(out).toContain('plaques/TE01.pdf · TE01 → ');
		expect(out).toMatch(/phone 5 px\/module, blot 12% of area +✓ +✓\n/);
		// Every size's PDFs are checked, recursively; the all-in-one sheets are listed as not checked.
		expect(out).toMatch(/^QR plaques: (\d+) of \1 read right; (\d+) of \2 decodes right\.\n$/m);
		expect(out).toMatch(/not checked \(not named after a code\): .*tat-ca-a5\.pdf/);
	}, 120_000);

	test('exits 1 and shows what was read when two plaque files are swapped', async () => {
		const out = await siteCopy('swapped');
		const dir = path.join(copy.root, out, 'plaques');
		await rename(path.join(dir, 'TE01.pdf'), path.join(dir, 'tmp.pdf'));
		await rename(path.join(dir, 'TE02.pdf'), path.join(dir, 'TE01.pdf'));
		await rename(path.join(dir, 'tmp.pdf'), path.join(dir, 'TE02.pdf'));
		const result = await run(['--verify', '--out', out]);
		expect(result.code).toBe(1);
		expect(result.out).toMatch(/print 300 dpi, whole page +✗ +✗ +read: "[^"]*\/TE02"\n/);
		expect(result.out).toContain('QR plaques: 0 of 2 read right; 0 of 32 decodes right.\n');
	});

	test('exits 1 when a site has no plaque file', async () => {
		const out = await siteCopy('missing');
		await rm(path.join(copy.root, out, 'plaques', 'TE02.pdf'));
		const result = await run(['--verify', '--out', out]);
		expect(result.code).toBe(1);
		expect(result.out).toContain('plaques/TE02.pdf · TE02 → ');
		expect(result.out).toContain('✗ the file is missing: build the site first\n');
	});

	test('prints the results as JSON for tools', async () => {
		const result = await run(['--verify', '--out', await siteCopy('json'), '--json']);
		const checks = JSON.parse(result.out) as Array<{ code: string; ok: boolean; rows: unknown[] }>;
		expect(checks.map((c) => [c.code, c.ok, c.rows.length])).toEqual([['TE01', true, 8], ['TE02', true, 8]]);
	});

	test('exits 3 with the package to install when pdftoppm cannot be run', async () => {
		const pathBefore = process.env['PATH'];
		process.env['PATH'] = path.join(copy.root, 'no-tools-here');
		try {
			const result = await run(['--verify', '--out', 'site']);
			expect(result.code).toBe(3);
			expect(result.err).toContain('pdftoppm (from poppler) could not be run');
			expect(result.err).toContain('apt-get install poppler-utils');
		} finally {
			process.env['PATH'] = pathBefore;
		}
	});

	test('exits 2 without --verify or --mark-printed, printing usage', async () => {
		const result = await run([]);
		expect(result.code).toBe(2);
		expect(result.err).toContain('Nothing to do: add --verify or --mark-printed (one of them).');
		expect(result.err).toContain('Usage: npm run plaques -- --verify');
	});
});

describe('plaques main --mark-printed (issue #5)', () => {
	async function mark(target: TrailCopy, ...argv: string[]) {
		const io = captureIo(target.root);
		const code = await main(['--content', 'content', '--mark-printed', ...argv], io);
		return { code, out: io.out(), err: io.err(), register: await readFile(path.join(target.content, 'printed.yaml'), 'utf8').catch(() => undefined) };
	}

	test('starts the register with its explanation, then one entry per plaque: address, size, date, folder', async () => {
		const target = await trailCopy('minimal');
		const first = await mark(target, 'TE01', '--date', '2026-12-01');
		expect(first.code).toBe(0);
		expect(first.out).toBe('Đã ghi / Added: TE01 https://TRAIL.EXAMPLE.VN/TE01 (a5, 2026-12-01) → content/printed.yaml\n');
		expect(first.register).toContain('# Sổ các bảng QR đã in (printed plaques register).');
		expect(first.register?.slice(first.register.indexOf('- code'))).toBe('- code: "TE01"\n  url: https://TRAIL.EXAMPLE.VN/TE01\n  size: a5\n  date: 2026-12-01\n  folder: dinh-mau\n');
		const second = await mark(target, 'te02', 'TE01', '--date', '2026-12-02');
		expect(second.out).toContain('Already in the register: TE01');
		expect(second.register?.startsWith(first.register ?? '')).toBe(true);
		expect(second.register?.match(/- code: /g)).toHaveLength(2);
		const check = captureIo(target.root);
		expect(await checkMain(['--content', 'content'], check)).toBe(0);
	});

	test('refuses an unknown code or a bad date and leaves the register as it was', async () => {
		const target = await trailCopy('minimal');
		await mark(target, 'TE01', '--date', '2026-12-01');
		const before = await readFile(path.join(target.content, 'printed.yaml'), 'utf8');
		const unknown = await mark(target, 'TE01', 'TE09');
		expect([unknown.code, unknown.register]).toEqual([2, before]);
		expect(unknown.err).toContain('No site has the code TE09; the register was not changed.');
		const badDate = await mark(target, 'TE02', '--date', '01/12/2026');
		expect([badDate.code, badDate.register]).toEqual([2, before]);
		expect(badDate.err).toContain('The date "01/12/2026" is not valid');
		expect((await mark(target)).err).toContain('No plaque code given');
	});
});

describe('npm run plaques (spawned)', () => {
	test('runs the real entry on Node 24: without arguments it prints usage on stderr, without colour, and exits 2', () => {
		// Inside vitest, process.execPath is the Node 24 of the node@24 dev-dependency.
		const { NO_COLOR: _noColor, ...env } = process.env;
		const result = spawnSync(process.execPath, ['scripts/plaques.ts'], { cwd: PROJECT_ROOT, encoding: 'utf8', env });
		expect(result.stdout).toBe('');
		expect(result.status).toBe(2);
		expect(result.stderr).not.toMatch(/\u001b\[/);
		expect(result.stderr).toMatchInlineSnapshot(`
			"Chưa chọn việc cần làm: thêm --verify hoặc --mark-printed (một trong hai).
			Nothing to do: add --verify or --mark-printed (one of them).

			Cách dùng / Usage: npm run plaques -- --verify [--out THƯ_MỤC] [--content THƯ_MỤC] [--all] [--json]
			       npm run plaques -- --mark-printed MÃ [MÃ …] [--date NĂM-THÁNG-NGÀY] [--content THƯ_MỤC]
			  --verify        in thử mọi bảng QR và giải mã bằng hai bộ đọc / rasterise every plaque and decode it with two decoders
			  --out DIR       trang web đã xây dựng / the built site (mặc định / default: dist/)
			  --content DIR   thư mục nội dung / content folder (mặc định / default: $DITICHSO_CONTENT, content/)
			  --all           đủ mọi kiểu hư hại cho mọi cỡ bảng / every degradation on every size (slower)
			  --json          in kết quả dạng JSON / print the results as JSON
			  --mark-printed CODE…  ghi các bảng vừa in vào sổ content/printed.yaml / add the plaques just printed to the register
			  --date YYYY-MM-DD     ngày in (mặc định: hôm nay, giờ Việt Nam) / the date printed (default: today, Vietnam time)
			"
		`);
	});
});
