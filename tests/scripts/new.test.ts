import { spawnSync } from 'node:child_process';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main as check } from '../../scripts/check.ts';
import { main } from '../../scripts/new.ts';
import { todayInVietnam } from '../../src/core/index.ts';
import { captureIo } from '../helpers/io.ts';
import { PROJECT_ROOT, trailCopy, type TrailCopy } from '../helpers/trail-copy.ts';

const CONTENT = ['--content', 'content'];

async function run(copy: TrailCopy, argv: string[]) {
	const io = captureIo(copy.root);
	const code = await main([...argv, ...CONTENT], io);
	return { code, out: io.out(), err: io.err() };
}

async function runCheck(copy: TrailCopy) {
	const io = captureIo(copy.root);
	const code = await check(CONTENT, io);
	return { code, out: io.out() };
}

/** The fields a report names as errors in `file`, in report order. */
const errorFields = (report: string, file: string) => [...report.matchAll(new RegExp(`^Lỗi · ${file}:\\d+:\\d+ · dòng \\d+, trường "([^"]+)"`, 'gm'))].map((m) => m[1]);
const errorCount = (report: string) => report.match(/^Lỗi · /gm)?.length ?? 0;

/** Types each value after the colon of its empty field, as an editor would. */
async function fillIn(file: string, values: Record<string, string>): Promise<void> {
	let text = await readFile(file, 'utf8');
	for (const [key, value] of Object.entries(values)) {
		const next = text.replace(new RegExp(`^(\\s*)${key}:$`, 'm'), `$1${key}: ${value}`);
		expect(next, `an empty "${key}:" line to fill`).not.toBe(text);
		text = next;
	}
	await writeFile(file, text);
}

describe('new main', () => {
	test('issue #6: a new site in a copy of the sample passes npm run check once only its required fields are filled', async () => {
		const copy = await trailCopy('sample');
		const created = await run(copy, ['Đình Tân Bình']);
		expect(created.code).toBe(0);
		expect(created.err).toBe('');
		expect(created.out).toMatchInlineSnapshot(`
			"Đã tạo content/sites/dinh-tan-binh/vi.md, mã bảng DH10.
			Việc tiếp theo:
			  1. Chép ảnh bìa (JPEG, PNG hoặc WebP) vào content/sites/dinh-tan-binh/.
			  2. Điền các trường có ghi "bắt buộc" trong vi.md và viết phần giới thiệu dưới mỗi tiêu đề.
			  3. Chạy npm run check rồi sửa theo thông báo cho đến khi không còn lỗi.
			Created content/sites/dinh-tan-binh/vi.md, plaque code DH10. Next: copy a cover photo into the folder, fill in the required fields, then run npm run check.
			"
		`);
		const dir = path.join(copy.content, 'sites', 'dinh-tan-binh');
		const text = await readFile(path.join(dir, 'vi.md'), 'utf8');
		for (const line of ['code: DH10', 'title: Đình Tân Bình', `updated: ${todayInVietnam(new Date())}`]) expect(text).toContain(`\n${line}\n`);

		const before = await runCheck(copy);
		expect(before.code).toBe(1);
		const required = ['category', 'ranking', 'address', 'location.lat', 'location.lng', 'summary', 'cover.src', 'cover.alt', 'cover.credit'];
		expect(errorFields(before.out, 'content/sites/dinh-tan-binh/vi.md')).toEqual(required);
		expect(errorCount(before.out)).toBe(required.length);

		await copyFile(path.join(copy.content, 'sites', 'chua-sau', 'cover.jpg'), path.join(dir, 'cong-dinh.jpg'));
		await fillIn(path.join(dir, 'vi.md'), {
			category: 'historic',
			ranking: 'unranked',
			address: 'Thôn Tân Bình, xã Đầm Hà, tỉnh Quảng Ninh',
			lat: '21.37',
			lng: '107.62',
			summary: 'Ngôi đình làng thờ Thành hoàng, nơi họp làng của thôn Tân Bình.',
			src: 'cong-dinh.jpg',
			alt: 'Cổng đình nhìn từ sân.',
			credit: 'Nguyễn Văn An',
		});
		const after = await runCheck(copy);
		expect(after.out).not.toMatch(/^Lỗi · /m);
		expect(after.code).toBe(0);
	});

	test('issue #6: --translate starts a translation that passes npm run check once its title and summary are filled', async () => {
		const copy = await trailCopy('sample');
		const created = await run(copy, ['--translate', 'chua-sau', 'zh']);
		expect(created.code).toBe(0);
		expect(created.out).toMatchInlineSnapshot(`
			"Đã tạo bản dịch tiếng Trung content/sites/chua-sau/zh.md.
			Việc tiếp theo:
			  1. Dịch tên (title), tóm tắt (summary) và các mục của vi.md vào tệp này.
			  2. Chạy npm run check rồi sửa theo thông báo cho đến khi không còn lỗi.
			Created the Chinese translation content/sites/chua-sau/zh.md. Next: translate the title, the summary and the sections of vi.md, then run npm run check.
			"
		`);
		const file = path.join(copy.content, 'sites', 'chua-sau', 'zh.md');
		const text = await readFile(file, 'utf8');
		expect(text).toContain('Tên tiếng Việt: Chùa Sâu\ntitle:\n');
		expect(text.match(/^## .*$/gm)).toEqual(['## 历史', '## 建筑', '## 节庆', '## 参观指南']);

		const before = await runCheck(copy);
		expect(before.code).toBe(1);
		expect(errorFields(before.out, 'content/sites/chua-sau/zh.md')).toEqual(['title', 'summary']);
		expect(errorCount(before.out)).toBe(2);

		await fillIn(file, { title: '深寺', summary: '位于18A号国道旁山丘上的佛寺。' });
		expect((await runCheck(copy)).code).toBe(0);
	});

	test('finds the site to translate by its Vietnamese name or its plaque code too', async () => {
		const copy = await trailCopy('sample');
		expect((await run(copy, ['--translate', 'Chùa Sâu', 'ko'])).out).toContain('content/sites/chua-sau/ko.md');
		expect((await run(copy, ['--translate', 'dh04', 'zh'])).out).toContain('content/sites/don-den/zh.md');
	});

	test('joins the words of a name typed without quotes, and gives two sites started in a row different codes', async () => {
		const copy = await trailCopy('sample');
		expect((await run(copy, ['Đình', 'Tân', 'Bình'])).out).toContain('content/sites/dinh-tan-binh/vi.md, mã bảng DH10.');
		expect((await run(copy, ['Miếu Bà'])).out).toContain('content/sites/mieu-ba/vi.md, mã bảng DH11.');
	});

	test('speaks English with --lang en', async () => {
		const copy = await trailCopy('sample');
		const { out } = await run(copy, ['Đình Tân Bình', '--lang', 'en']);
		expect(out.split('\n').slice(0, 2)).toEqual(['Created content/sites/dinh-tan-binh/vi.md, plaque code DH10.', 'Next:']);
		expect(out).not.toContain('Đã tạo');
	});
});

describe('new refusals', () => {
	test('an existing folder: exit 2, nothing written, the file byte-identical', async () => {
		const copy = await trailCopy('sample');
		const file = path.join(copy.content, 'sites', 'dinh-dam-ha', 'vi.md');
		const bytes = await readFile(file);
		const refused = await run(copy, ['Đình Đầm Hà']);
		expect(refused.code).toBe(2);
		expect(refused.out).toBe('');
		expect(refused.err).toMatchInlineSnapshot(`
			"Thư mục content/sites/dinh-dam-ha/ đã có, nên không tạo gì và không ghi đè tệp nào. Hãy mở tệp trong thư mục đó để sửa, hoặc đặt tên khác cho di tích mới.
			The folder content/sites/dinh-dam-ha/ already exists, so nothing was created or overwritten. Open the file in that folder to edit it, or give the new site another name.
			"
		`);
		expect(await readFile(file)).toEqual(bytes);
		expect(await readdir(path.dirname(file))).toEqual(['cover.jpg', 'en.md', 'ko.md', 'vi.md', 'zh.md']);
	});

	test('an existing translation: exit 2, the file byte-identical', async () => {
		const copy = await trailCopy('sample');
		const file = path.join(copy.content, 'sites', 'dinh-dam-ha', 'en.md');
		const bytes = await readFile(file);
		const refused = await run(copy, ['--translate', 'dinh-dam-ha', 'en']);
		expect(refused.code).toBe(2);
		expect(refused.err).toContain('Bản dịch content/sites/dinh-dam-ha/en.md đã có, nên không ghi đè.');
		expect(await readFile(file)).toEqual(bytes);
	});

	test.each([
		['no name', [], 'Chưa có tên di tích.', 'No site name given.'],
		['a name with no Latin letter', ['潭河亭'], 'Tên "潭河亭" không có chữ cái Latin', 'has no Latin letter or digit'],
		['--translate without a language', ['--translate', 'chua-sau'], 'Cần tên thư mục của di tích và ngôn ngữ', 'Give the site folder and the language'],
		['a language settings.yaml does not offer', ['--translate', 'chua-sau', 'fr'], 'Ngôn ngữ "fr" không có trong languages của settings.yaml. Chọn một trong: en, zh, ko.', 'Choose one of: en, zh, ko.'],
		['vi as the language of a translation', ['--translate', 'chua-sau', 'vi'], 'vi.md là bản gốc tiếng Việt, không phải bản dịch.', 'vi.md is the Vietnamese original'],
		['a site that does not exist', ['--translate', 'chua-suo', 'en'], 'Không có di tích "chua-suo": không tìm thấy content/sites/chua-suo/vi.md. Có phải ý bạn là chua-sau?', 'Did you mean chua-sau?'],
	])('%s: exit 2, in both languages, nothing written', async (_name, argv, vi, en) => {
		const copy = await trailCopy('sample');
		const sitesBefore = await readdir(path.join(copy.content, 'sites'), { recursive: true });
		const refused = await run(copy, argv);
		expect(refused.code).toBe(2);
		expect(refused.out).toBe('');
		expect(refused.err).toContain(vi);
		expect(refused.err).toContain(en);
		expect(await readdir(path.join(copy.content, 'sites'), { recursive: true })).toEqual(sitesBefore);
	});

	test('a folder name a retired site keeps: exit 2, naming retired.yaml', async () => {
		const copy = await trailCopy('sample', { 'retired.yaml': '- code: DH20\n  title:\n    vi: Miếu Cổ\n  reason: closed\n  date: 2026-11-20\n  folder: mieu-co\n' });
		const refused = await run(copy, ['Miếu Cổ']);
		expect(refused.code).toBe(2);
		expect(refused.err).toContain('Tên thư mục mieu-co đã thuộc về content/retired.yaml');
	});

	test('a content folder without sites/: exit 2, naming it', async () => {
		const copy = await trailCopy('sample');
		const io = captureIo(copy.root);
		expect(await main(['Đình Tân Bình', '--content', 'nowhere'], io)).toBe(2);
		expect(io.err()).toContain('Không có thư mục nowhere/sites/.');
	});
});

describe('npm run new (spawned)', () => {
	test('runs the real entry on Node 24: creates the site and exits 0', async () => {
		const copy = await trailCopy('sample');
		// Inside vitest, process.execPath is the Node 24 of the node@24 dev-dependency.
		const result = spawnSync(process.execPath, ['scripts/new.ts', 'Đình Tân Bình', '--content', copy.content], { cwd: PROJECT_ROOT, encoding: 'utf8' });
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('dinh-tan-binh/vi.md, mã bảng DH10.');
		expect(await readFile(path.join(copy.content, 'sites', 'dinh-tan-binh', 'vi.md'), 'utf8')).toContain('\ncode: DH10\n');
	});
});

describe('a new site whose photo knows where it was taken (issue #6)', () => {
	test('check suggests the photo’s position for the empty location, beside the errors still to fix', async () => {
		const { phoneJpeg } = await import('../helpers/phone-photos.ts');
		const target = await trailCopy('sample');
		const io = captureIo(target.root);
		expect(await main(['--content', 'content', 'Đình Tân Bình'], io)).toBe(0);
		const vi = path.join(target.content, 'sites', 'dinh-tan-binh', 'vi.md');
		await writeFile(path.join(target.content, 'sites', 'dinh-tan-binh', 'cong-dinh.jpg'), await phoneJpeg(1200, 800));
		await writeFile(vi, (await readFile(vi, 'utf8')).replace(/^(\s*src:).*$/m, '$1 cong-dinh.jpg'));
		const report = captureIo(target.root);
		expect(await check(['--content', 'content', '--lang', 'en', '--json'], report)).toBe(1);
		const problems = JSON.parse(report.out()) as Array<{ code: string; severity: string; params: unknown }>;
		expect(problems.find((p) => p.code === 'location-from-photo')).toMatchObject({ severity: 'warning', params: { src: 'cong-dinh.jpg', lat: 21.3512, lng: 107.5996 } });
		expect(problems.filter((p) => p.severity === 'error').length).toBeGreaterThan(0);
	});
});
