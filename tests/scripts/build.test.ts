import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../scripts/build.ts';
import { captureIo } from '../helpers/io.ts';
import { removeTrailCopy, trailCopy, type TrailCopy } from '../helpers/trail-copy.ts';

// One real build (Astro in-process, a few seconds) shared by the tests that read its output.
let copy: TrailCopy;
let out: string;
let exitCode: number;
let io: ReturnType<typeof captureIo>;

beforeAll(async () => {
	copy = await trailCopy('minimal');
	out = path.join(copy.root, 'site');
	// A cache of its own, so the counts below do not depend on earlier builds on this machine.
	io = captureIo(copy.root, { DITICHSO_CACHE: 'cache' });
	exitCode = await main(['--content', 'content', '--out', 'site'], io);
});

afterAll(async () => {
	if (copy) await removeTrailCopy(copy);
});

const exists = (p: string) => stat(p).then(() => true, () => false);

describe('build main', () => {
	test('exits 0 and says what it built and where', () => {
		// stderr is not a terminal here: one plain line per stage, as a CI log shows them.
		expect(io.err().split('\n').map((line) => line.split(':')[0])).toEqual(['Kiểm tra nội dung', 'Bảng QR', 'Trang', 'Ảnh', 'Tệp cho máy chủ', 'Nén', '']);
		expect(exitCode).toBe(0);
		expect(io.out()).toMatch(
			new RegExp(
				'^Đã xây dựng 2 di tích × 2 ngôn ngữ và 2 bảng QR vào site/ \\(bảng in ở site/plaques/\\)\\.\n' +
					'Built 2 sites × 2 languages and 2 QR plaques into site/ \\(plaques in site/plaques/\\)\\.\n' +
					'Tệp bảng in: 33 tệp vẽ mới, 0 tệp lấy lại từ lần trước\\. / Plaque files: 33 drawn, 0 from the cache\\.\n' +
					'Lấy lại từ lần trước / From the cache: 0/33 tệp bảng in / plaque files, 0/\\d+ trang / pages, 0/\\d+ ảnh / photos, 0/2 ảnh chia sẻ / share images, \\d+/\\d+ bản nén / compressed copies\\.\n$',
			),
		);
	});

	test('a second build with no change draws no plaque file, and gives the same bytes (print issue)', async () => {
		const again = captureIo(copy.root, { DITICHSO_CACHE: 'cache' });
		expect(await main(['--content', 'content', '--out', 'site-again'], again)).toBe(0);
		expect(again.out()).toContain('Plaque files: 0 drawn, 33 from the cache.');
		for (const file of ['TE01.pdf', 'a4/TE02.svg', 'TE01.png', 'tat-ca-a6.pdf', 'nhan-a4.pdf', 'bang-qr.zip']) {
			expect(Buffer.compare(await readFile(path.join(out, 'plaques', file)), await readFile(path.join(copy.root, 'site-again', 'plaques', file))), file).toBe(0);
		}
	});

	test('an edited title draws that site\'s plaques again and takes the other site\'s from the cache', async () => {
		await writeFile(path.join(copy.content, 'sites', 'den-cap', 'vi.md'), (await readFile(path.join(copy.content, 'sites', 'den-cap', 'vi.md'), 'utf8')).replace('title: Đền Cấp', 'title: Đền Cấp Xưa'));
		const edited = captureIo(copy.root, { DITICHSO_CACHE: 'cache' });
		expect(await main(['--content', 'content', '--out', 'site-edited'], edited)).toBe(0);
		// The edited site's 13 files, and the 7 sheets that hold every site, are drawn again.
		expect(edited.out()).toContain('Plaque files: 20 drawn, 13 from the cache.');
	});

	test.each([
		'vi/dinh-mau/index.html',
		'en/dinh-mau/index.html',
		'vi/den-cap/index.html',
		'en/den-cap/index.html',
		'vi/index.html',
		'en/index.html',
		'TE01/index.html',
		'TE02/index.html',
		'404.html',
		'plaques/TE01.pdf',
		'plaques/TE01.svg',
		'plaques/TE02.pdf',
	])('writes %s', async (file) => {
		expect(await exists(path.join(out, file))).toBe(true);
	});

	test('writes the pages in their language, with the translated or Vietnamese text', async () => {
		const en = await readFile(path.join(out, 'en', 'dinh-mau', 'index.html'), 'utf8');
		expect(en).toMatch(/<html[^>]*lang="en"/);
		expect(en).toContain('Mau Communal House');
		const vi = await readFile(path.join(out, 'vi', 'dinh-mau', 'index.html'), 'utf8');
		expect(vi).toMatch(/<html[^>]*lang="vi"/);
		expect(vi).toContain('Đình Mẫu');
	});

	test('writes real PDF plaques and the published photos', async () => {
		expect((await readFile(path.join(out, 'plaques', 'TE01.pdf'))).subarray(0, 5).toString('latin1')).toBe('%PDF-');
		// One photo of 480 px or a bit more: one width in AVIF, WebP and JPEG, plus the site's 1200 × 630 share image.
		const files = (await readdir(path.join(out, 'anh', 'dinh-mau'))).sort();
		expect(files.map((f) => f.replace(/-[0-9a-f]{12}/, ''))).toEqual(['chia-se.jpg', 'cover-480.avif', 'cover-480.jpg', 'cover-480.webp']);
	});

	test('leaves no staging or old folder beside the output', async () => {
		expect((await readdir(copy.root)).filter((name) => name.startsWith('.'))).toEqual([]);
	});

	test('a content error stops the build before any write: the old output stays as it was', async () => {
		const broken = await trailCopy('minimal', { 'sites/den-cap/vi.md': (s) => s.replace('lat: 21.4\n  lng: 107.5', 'lat: 107.5\n  lng: 21.4') });
		const previous = path.join(broken.root, 'dist');
		await mkdir(previous);
		await writeFile(path.join(previous, 'index.html'), 'bản cũ');
		const brokenIo = captureIo(broken.root);
		expect(await main(['--content', 'content'], brokenIo)).toBe(1);
		expect(brokenIo.out()).toContain('Lỗi · content/sites/den-cap/vi.md:8:8');
		expect(brokenIo.out().trimEnd().split('\n').at(-1)).toBe('1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.');
		expect(await readdir(previous)).toEqual(['index.html']);
		expect(await readFile(path.join(previous, 'index.html'), 'utf8')).toBe('bản cũ');
		expect((await readdir(broken.root)).filter((name) => name.includes('-staging-') || name.includes('-old-'))).toEqual([]);
		expect((await readdir(broken.root)).sort()).toEqual(['content', 'dist']);
	});

	test('a second build in the same process shows the content as it is now, not as the first build read it', async () => {
		// Astro imports its prerender bundle from a fixed path (node_modules/.astro/.prerender/ when the
		// staging folder is outside process.cwd(), else the staging folder, whose name depends only on the
		// pid): Node's module cache then hands the second build the first build's pages.
		const second = await trailCopy('minimal', { 'sites/den-cap/vi.md': (s) => s.replace('title: Đền Cấp', 'title: Đền Cấp Mới') });
		const secondIo = captureIo(second.root);
		expect(await main(['--content', 'content', '--out', 'site'], secondIo)).toBe(0);
		const html = await readFile(path.join(second.root, 'site', 'vi', 'den-cap', 'index.html'), 'utf8');
		expect(html).toContain('Đền Cấp Mới');
	});

	test('refuses an unknown flag with exit 2 before doing anything', async () => {
		const usageIo = captureIo(copy.root);
		expect(await main(['--outdir', 'x'], usageIo)).toBe(2);
		expect(usageIo.err()).toContain('Cách dùng / Usage: npm run build');
		expect(await exists(path.join(copy.root, 'x'))).toBe(false);
	});
});
