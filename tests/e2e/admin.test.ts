import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main as check } from '../../scripts/check.ts';
import { adminContentSecurityPolicy, contentSecurityPolicy, emptyInlineCode, LOCAL_BACKEND_URL } from '../../src/core/index.ts';
import { launchChromium, phoneContext } from '../helpers/browser.ts';
import { buildSampleCopy } from '../helpers/built-sample.ts';
import { captureIo } from '../helpers/io.ts';
import { startNginx, staticHostConfig, type StaticHost } from '../helpers/nginx.ts';
import { spawnOnFreePorts, stopChild } from '../helpers/server-process.ts';
import { removeTrailCopy, SAMPLE_CONTENT, type TrailCopy } from '../helpers/trail-copy.ts';

// Issue #6, "Edit in the browser": the built /admin/ page, served by a real nginx under the
// editor's own Content-Security-Policy, against a real decap-server in its file-system mode on a
// copy of the sample, on a phone-sized screen. Only loopback addresses are involved.

const DECAP_SERVER = createRequire(import.meta.url).resolve('decap-server/dist/index.js');

let copy: TrailCopy;
let out: string;
let decap: { port: number; child: ChildProcess };
let host: StaticHost;
let browser: Browser;

beforeAll(async () => {
	({ copy, out } = await buildSampleCopy());
	const started = await spawnOnFreePorts('decap-server', 1, async ([port]) =>
		spawn(process.execPath, [DECAP_SERVER], {
			cwd: copy.root,
			env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: copy.root, LOG_LEVEL: 'warn' },
			stdio: ['ignore', 'ignore', 'pipe'],
		}),
	);
	decap = { port: started.ports[0]!, child: started.child };
	const policy = adminContentSecurityPolicy(contentSecurityPolicy(emptyInlineCode(), false), { name: 'proxy', proxy_url: LOCAL_BACKEND_URL }, [`http://127.0.0.1:${decap.port}`]);
	host = await startNginx(([port], dir) => adminHostConfig(out, port ?? 0, dir, policy), 1);
	browser = await launchChromium();
}, 240_000);

afterAll(async () => {
	await browser?.close();
	await host?.stop();
	if (decap) await stopChild(decap.child);
	if (copy) await removeTrailCopy(copy);
});

describe('the content editor at /admin/', () => {
	test('each list shows its own files: the sites their vi.md, each translation list its language', async () => {
		const { context } = await phoneContext(browser, { viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(`${host.origin}/admin/?port=${decap.port}`);
		await page.getByRole('button', { name: 'Đăng nhập' }).click();
		await expect.poll(() => page.getByText(/^DH\d\d · /).count(), { timeout: 15_000 }).toBe(9);
		expect(await page.getByText('Đầm Hà Communal House').count()).toBe(0);
		await page.getByRole('link', { name: 'Bản dịch tiếng Anh' }).click();
		await expect.poll(() => page.getByText('Đầm Hà Communal House').count(), { timeout: 15_000 }).toBe(1);
		expect(await page.getByText(/^DH\d\d · /).count()).toBe(0);
		await context.close();
	}, 60_000);

	test('issue #6: a site created through the form is saved as content/sites/<folder>/vi.md with its photo, and passes npm run check', async () => {
		const { context, requests } = await phoneContext(browser);
		await context.addInitScript(() => {
			const seen: string[] = [];
			Object.assign(window, { cspViolations: seen });
			document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
		});
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));

		await page.goto(`${host.origin}/admin/?port=${decap.port}`);
		// The Vietnamese interface: Decap's own words, then our schema's labels.
		await page.getByRole('button', { name: 'Đăng nhập' }).click();
		await page.goto(`${host.origin}/admin/?port=${decap.port}#/collections/sites/new`);
		await page.getByLabel('Mã bảng').fill('DH10');
		await page.getByLabel('Tên di tích').fill('Đình Tân Bình');
		await choose(page, 'Loại hình', 'Di tích lịch sử (historic)');
		await choose(page, 'Xếp hạng', 'Chưa xếp hạng (unranked)');
		await page.getByLabel('Địa chỉ', { exact: true }).fill('Thôn Tân Bình, xã Đầm Hà, tỉnh Quảng Ninh');
		await page.getByLabel('Vĩ độ').fill('21.36');
		await page.getByLabel('Kinh độ').fill('107.58');
		await page.getByLabel('Tóm tắt').fill('Ngôi đình của thôn Tân Bình, thờ Thành hoàng làng.');

		// The cover: uploaded through Decap's media library, kept in the new site's own folder.
		const photo = path.join(copy.root, 'mai-dinh.jpg');
		await copyFile(path.join(SAMPLE_CONTENT, 'sites', 'dinh-dam-ha', 'cover.jpg'), photo);
		await page.getByRole('button', { name: 'Chọn một hình' }).click();
		await page.locator('input[type=file]').setInputFiles(photo);
		await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
		await page.getByLabel('Mô tả ảnh (alt)').fill('Mái đình Tân Bình nhìn từ sân, hai bên có cây đa.');
		await page.getByLabel('Nguồn ảnh').fill('Đoàn thanh niên xã Đầm Hà');

		await page.locator('[data-slate-editor]').click();
		await page.keyboard.type('Đình được dựng lại năm 2010 trên nền đình cũ.');

		await page.getByRole('button', { name: 'Công bố', exact: true }).click();
		await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();

		const file = path.join(copy.content, 'sites', 'dinh-tan-binh', 'vi.md');
		await expect.poll(() => stat(file).then(() => true, () => false), { timeout: 15_000 }).toBe(true);
		const text = await readFile(file, 'utf8');
		expect(text).toMatch(/^---\ncode: DH10\ntitle: Đình Tân Bình\ncategory: historic\n/);
		expect(text).toContain('  src: mai-dinh.jpg\n');
		expect(text).toMatch(/\nupdated: \d{4}-\d{2}-\d{2}\n/);
		expect(text).toMatch(/---\nĐình được dựng lại năm 2010 trên nền đình cũ\.\n?$/);
		// Optional fields left blank are left out, not written empty.
		expect(text).not.toMatch(/: ''|: \[\]|: \{\}/);
		expect((await stat(path.join(copy.content, 'sites', 'dinh-tan-binh', 'mai-dinh.jpg'))).size).toBeGreaterThan(1000);

		const io = captureIo(copy.root);
		expect(await check(['--content', copy.content], io), io.out()).toBe(0);
		expect(io.out()).toContain('10 di tích');

		// Under the editor's policy nothing was blocked, and nothing came from a CDN.
		expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
		expect(errors).toEqual([]);
		const foreign = requests.filter((url) => !/^(blob|data):/.test(url) && ![host.origin, `http://127.0.0.1:${decap.port}`].includes(new URL(url).origin));
		expect(foreign).toEqual([]);
		expect(requests.some((url) => url.startsWith(`${host.origin}/_astro/`))).toBe(true);
		await context.close();
	}, 120_000);
});

/** Picks an option of a Decap select (react-select) by typing its label. */
async function choose(page: import('playwright-core').Page, label: string, option: string): Promise<void> {
	await page.getByLabel(label, { exact: true }).fill(option);
	await page.getByRole('option', { name: option }).click();
}

/** The plain static host of helpers/nginx.ts, plus the editor's own Content-Security-Policy on /admin/. */
function adminHostConfig(root: string, port: number, dir: string, policy: string): string {
	const admin = `location /admin/ { add_header Content-Security-Policy "${policy}" always; try_files $uri $uri/ =404; }`;
	return staticHostConfig(root, port, dir).replace('location / {', `${admin}\n\t\tlocation / {`);
}
