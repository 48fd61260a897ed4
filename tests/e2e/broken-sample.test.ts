import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { lstat, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main as build } from '../../scripts/build.ts';
import { main as check } from '../../scripts/check.ts';
import { captureIo } from '../helpers/io.ts';
import { replaceRoot } from '../helpers/replace-root.ts';
import { PROJECT_ROOT, trailCopy, type Edit, type TrailCopy } from '../helpers/trail-copy.ts';

// Issue #2, "Done when": breaking the sample on purpose gives one clear message, with file, line
// and field, and the build writes nothing: an existing dist/ stays byte for byte as it was, a
// missing one stays missing, and no staging folder is left behind. `check` reports the same.

/** Replaces `from` with `to`, and fails if `from` is not there, so a stale edit cannot pass silently. */
function swap(from: string, to: string): Edit {
	return (text) => {
		if (!text.includes(from)) throw new Error(`The edit expected ${JSON.stringify(from)} in the file; the sample has changed.`);
		return text.replace(from, to);
	};
}

const BROKEN = {
	wrongType: { 'sites/dinh-dam-ha/vi.md': swap('\ntrail: 1\n', '\ntrail: "ba"\n') },
	decimalComma: { 'sites/dinh-dam-ha/vi.md': swap('\n  lat: 21.352\n', '\n  lat: "21,352"\n') },
	duplicateCode: { 'sites/chua-dam-ha-mieu-quan-lon/vi.md': swap('\ncode: DH02\n', '\ncode: DH01\n') },
	swappedCoordinates: { 'sites/dinh-dam-ha/vi.md': swap('\n  lat: 21.352\n  lng: 107.599\n', '\n  lat: 107.599\n  lng: 21.352\n') },
	missingPhoto: { 'sites/dinh-dam-ha/cover.jpg': null },
} satisfies Record<string, Record<string, Edit>>;

/** Every entry under `dir` with its kind, mode, size, modification time and content hash: equal listings mean untouched. */
async function fingerprint(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const lines = await Promise.all(
		entries.map(async (entry) => {
			const file = path.join(entry.parentPath, entry.name);
			const stat = await lstat(file);
			const hash = stat.isFile() ? createHash('sha256').update(await readFile(file)).digest('hex') : '-';
			return `${path.relative(dir, file)} ${stat.isDirectory() ? 'dir' : 'file'} ${stat.mode.toString(8)} ${stat.size} ${stat.mtimeMs} ${hash}`;
		}),
	);
	return lines.sort();
}

/** A previous build: a few pages, a plaque and a marker file. */
async function writePreviousDist(dist: string): Promise<void> {
	await mkdir(path.join(dist, 'plaques'), { recursive: true });
	await mkdir(path.join(dist, 'vi', 'dinh-dam-ha'), { recursive: true });
	await writeFile(path.join(dist, 'index.html'), '<!doctype html><html lang="vi"><title>Bản trước</title></html>\n');
	await writeFile(path.join(dist, 'vi', 'dinh-dam-ha', 'index.html'), '<!doctype html><html lang="vi"><title>Đình Đầm Hà</title></html>\n');
	await writeFile(path.join(dist, 'plaques', 'DH01.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]));
	await writeFile(path.join(dist, 'previous-build.marker'), 'built before the content was broken\n');
}

interface BrokenBuild {
	trail: TrailCopy;
	/** Build's exit code and its report, temporary paths replaced with `<root>`. */
	code: number;
	out: string;
	err: string;
}

/**
 * Copies the sample, breaks it with `edits`, optionally puts a previous build in `<root>/dist`,
 * runs `npm run build` in-process, and checks that nothing was written: dist/ exactly as before
 * (or still absent), and no `.dist-staging-*` or `.dist-old-*` folder beside it.
 */
async function buildBroken(edits: Record<string, Edit>, options: { previousDist: boolean; lang?: 'vi' | 'en' }): Promise<BrokenBuild> {
	const trail = await trailCopy('sample', edits);
	const dist = path.join(trail.root, 'dist');
	if (options.previousDist) await writePreviousDist(dist);
	const before = options.previousDist ? await fingerprint(dist) : undefined;

	const io = captureIo(trail.root);
	const code = await build(['--content', trail.content, '--out', dist, ...(options.lang ? ['--lang', options.lang] : [])], io);

	if (before) expect(await fingerprint(dist), 'dist/ changed although the build failed').toEqual(before);
	else expect(existsSync(dist), 'the build created dist/ although it failed').toBe(false);
	expect((await readdir(trail.root)).filter((name) => name.startsWith('.dist-'))).toEqual([]);
	expect((await readdir(trail.root)).sort()).toEqual(options.previousDist ? ['content', 'dist'] : ['content']);
	return { trail, code, out: replaceRoot(io.out(), trail.root), err: replaceRoot(io.err(), trail.root) };
}

/** `npm run check` in-process on the same broken copy. */
async function checkReport(trail: TrailCopy, lang: 'vi' | 'en' = 'vi'): Promise<{ code: number; out: string; err: string }> {
	const io = captureIo(trail.root);
	const code = await check(['--content', trail.content, '--lang', lang], io);
	return { code, out: replaceRoot(io.out(), trail.root), err: replaceRoot(io.err(), trail.root) };
}

/** Exit 1, nothing on stderr, exactly one error, and `check` says word for word the same. */
async function expectOneContentError(result: BrokenBuild, lang: 'vi' | 'en' = 'vi'): Promise<void> {
	expect(result.code).toBe(1);
	expect(result.err).toBe('');
	expect(result.out.match(lang === 'vi' ? /^Lỗi · /gm : /^Error · /gm)).toHaveLength(1);
	expect(result.out).not.toMatch(/^(?:Cảnh báo|Warning) · /m);
	const checked = await checkReport(result.trail, lang);
	expect(checked.code).toBe(1);
	expect(checked.err).toBe('');
	expect(checked.out).toBe(result.out);
}

describe('npm run build on a broken sample', () => {
	test('a field of the wrong type gives one message with file, line and field, and creates no dist/, issue #2', async () => {
		const result = await buildBroken(BROKEN.wrongType, { previousDist: false });
		expect(result.out).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-dam-ha/vi.md:24:8 · dòng 24, trường "trail" (thứ tự trên tuyến)
			  Giá trị "ba" không đúng kiểu. Trường này cần số.
			  Cách sửa: Hãy viết một số, dùng dấu chấm cho phần thập phân, không đặt trong ngoặc kép.
			    23 |   credit: Ảnh minh họa (placeholder), ditichso
			  > 24 | trail: "ba"
			       |        ^
			    25 | updated: 2026-11-28

			1 lỗi, 0 cảnh báo trong 9 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		await expectOneContentError(result);
	});

	test('a coordinate written with a decimal comma gives one message with file, line and field, issue #2', async () => {
		const result = await buildBroken(BROKEN.decimalComma, { previousDist: true });
		expect(result.out).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-dam-ha/vi.md:16:8 · dòng 16, trường "location.lat" (vĩ độ)
			  Số "21,352" được viết với dấu phẩy. Trong tệp này, phần thập phân phải đặt sau dấu chấm.
			  Cách sửa: Hãy viết: lat: 21.352
			    15 | location:
			  > 16 |   lat: "21,352"
			       |        ^
			    17 |   lng: 107.599

			1 lỗi, 0 cảnh báo trong 9 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		await expectOneContentError(result);
	});

	test('a duplicate code gives one message that names both files, issue #2', async () => {
		const result = await buildBroken(BROKEN.duplicateCode, { previousDist: true });
		expect(result.out).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-dam-ha/vi.md:4:7 · dòng 4, trường "code" (mã bảng)
			  Mã bảng "DH01" đã được dùng ở content/sites/chua-dam-ha-mieu-quan-lon/vi.md (dòng 3). Mỗi di tích cần một mã riêng; mã đã in trên bảng thì không được đổi.
			  Cách sửa: Hãy đặt cho di tích chưa in bảng một mã mới chưa dùng.
			    3 | # Mã bảng: đã in lên bảng QR thì không bao giờ đổi.
			  > 4 | code: DH01
			      |       ^
			    5 | title: Đình Đầm Hà

			1 lỗi, 0 cảnh báo trong 9 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(result.out).toContain('content/sites/dinh-dam-ha/vi.md');
		expect(result.out).toContain('content/sites/chua-dam-ha-mieu-quan-lon/vi.md');
		await expectOneContentError(result);
	});

	test('swapped coordinates give one message with the corrected pair as a hint, issue #2', async () => {
		const result = await buildBroken(BROKEN.swappedCoordinates, { previousDist: true });
		expect(result.out).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-dam-ha/vi.md:16:8 · dòng 16, trường "location.lat" (vĩ độ)
			  Vĩ độ 107.599 và kinh độ 21.352 nằm ngoài Việt Nam.
			  Cách sửa: Có vẻ vĩ độ và kinh độ bị đổi chỗ cho nhau. Hãy thử:
			      lat: 21.352
			      lng: 107.599
			    15 | location:
			  > 16 |   lat: 107.599
			       |        ^
			    17 |   lng: 21.352

			1 lỗi, 0 cảnh báo trong 9 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(result.out).toMatch(/lat: 21\.352\n\s*lng: 107\.599/);
		await expectOneContentError(result);
	});

	test('swapped coordinates are reported in English with --lang en, issue #2', async () => {
		const result = await buildBroken(BROKEN.swappedCoordinates, { previousDist: true, lang: 'en' });
		expect(result.out).toMatchInlineSnapshot(`
			"Error · content/sites/dinh-dam-ha/vi.md:16:8 · line 16, field "location.lat" (latitude)
			  Latitude 107.599 and longitude 21.352 are outside Vietnam.
			  How to fix: Latitude and longitude look swapped. Try:
			      lat: 21.352
			      lng: 107.599
			    15 | location:
			  > 16 |   lat: 107.599
			       |        ^
			    17 |   lng: 21.352

			1 error, 0 warnings in 9 sites. Nothing was written to dist/.
			"
		`);
		await expectOneContentError(result, 'en');
	});

	test('a missing photo gives one message with file, line and field, issue #2', async () => {
		const result = await buildBroken(BROKEN.missingPhoto, { previousDist: true });
		expect(result.out).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-dam-ha/vi.md:21:8 · dòng 21, trường "cover.src" (tệp ảnh)
			  Không tìm thấy ảnh "cover.jpg" trong thư mục content/sites/dinh-dam-ha/.
			  Cách sửa: Hãy kiểm tra tên tệp (chữ hoa và chữ thường là khác nhau) hoặc chép ảnh vào thư mục này.
			    20 | cover:
			  > 21 |   src: cover.jpg
			       |        ^
			    22 |   alt: Ảnh minh họa tạm thời, chưa phải ảnh chụp đình Đầm Hà. Nền chuyển màu xanh lục, giữa ảnh là hình vẽ đơn giản một mái đình, góc trên có dòng chữ Ảnh minh họa · DH01.

			1 lỗi, 0 cảnh báo trong 9 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		await expectOneContentError(result);
	});

	test('a content error leaves the previous dist/ exactly as it was, marker file included, issue #2', async () => {
		// buildBroken compares every file's bytes, mode and time before and after.
		const result = await buildBroken(BROKEN.missingPhoto, { previousDist: true });
		expect(result.code).toBe(1);
		const dist = path.join(result.trail.root, 'dist');
		expect(await readFile(path.join(dist, 'previous-build.marker'), 'utf8')).toBe('built before the content was broken\n');
		expect(existsSync(path.join(dist, 'DH01'))).toBe(false);
	});
});

describe('npm run check, run as a real command', () => {
	test('exits 1 on a broken sample and prints without colour codes when not on a terminal, issue #2', async () => {
		const trail = await trailCopy('sample', BROKEN.swappedCoordinates);
		const env: NodeJS.ProcessEnv = { ...process.env };
		delete env['NO_COLOR'];
		delete env['FORCE_COLOR'];
		const result = spawnSync('npx', ['node', 'scripts/check.ts', '--content', trail.content], {
			cwd: PROJECT_ROOT,
			env,
			stdio: ['ignore', 'pipe', 'pipe'],
			encoding: 'utf8',
			timeout: 60_000,
		});
		expect(result.error).toBeUndefined();
		expect(result.status, result.stderr).toBe(1);
		expect(result.stdout).not.toMatch(/\u001b\[/);
		expect(result.stderr).not.toMatch(/\u001b\[/);
		// Paths are relative to where the command ran.
		expect(replaceRoot(result.stdout, path.relative(PROJECT_ROOT, trail.root))).toMatchInlineSnapshot(`
			"Lỗi · <root>/content/sites/dinh-dam-ha/vi.md:16:8 · dòng 16, trường "location.lat" (vĩ độ)
			  Vĩ độ 107.599 và kinh độ 21.352 nằm ngoài Việt Nam.
			  Cách sửa: Có vẻ vĩ độ và kinh độ bị đổi chỗ cho nhau. Hãy thử:
			      lat: 21.352
			      lng: 107.599
			    15 | location:
			  > 16 |   lat: 107.599
			       |        ^
			    17 |   lng: 21.352

			1 lỗi, 0 cảnh báo trong 9 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
	});
});
