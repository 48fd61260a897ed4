import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, onTestFinished, test } from 'vitest';
import { loadPlaqueFonts } from '../../../src/core/plaque/fonts.ts';
import { layoutPlaque, type PlaqueContent } from '../../../src/core/plaque/layout.ts';
import { PLAQUE_SIZES } from '../../../src/core/plaque/sizes.ts';
import { createPlaqueRenderer } from '../../../src/core/publish/plaque-renderer.ts';
import { createQrMatrix } from '../../../src/core/qr/matrix.ts';

const fonts = loadPlaqueFonts();
const CONTENT: PlaqueContent = { code: 'DH01', titles: [{ lang: 'vi', text: 'Đình Đầm Hà' }], categoryLine: 'Di tích lịch sử · Cấp tỉnh', shortUrlText: 'damha.example.vn/DH01', owner: 'Đoàn Thanh niên xã Đầm Hà' };
const layout = (title = 'Đình Đầm Hà') =>
	layoutPlaque({ content: { ...CONTENT, titles: [{ lang: 'vi', text: title }] }, size: PLAQUE_SIZES.a6, bleedMm: 3, matrix: createQrMatrix('https://DAMHA.EXAMPLE.VN/DH01'), measure: fonts.measure });
const META = { title: 'DH01', creationDate: new Date('2025-07-01T00:00:00Z'), id: 'DH01:2025-07-01' };

const dirs: string[] = [];
async function cacheDir(): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), 'ditichso-cache-'));
	dirs.push(dir);
	return dir;
}
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('createPlaqueRenderer', () => {
	test('worker threads draw the same bytes as this thread', async () => {
		const here = createPlaqueRenderer({ fonts });
		const pool = createPlaqueRenderer({ fonts, workers: 2 });
		onTestFinished(() => pool.close());
		const [pdfHere, svgHere, pdfPool, svgPool] = await Promise.all([here.pdf([layout()], META), here.svg(layout()), pool.pdf([layout()], META), pool.svg(layout())]);
		expect(Buffer.from(pdfPool).equals(Buffer.from(pdfHere))).toBe(true);
		expect(Buffer.from(svgPool).equals(Buffer.from(svgHere))).toBe(true);
		expect(Buffer.from(pdfHere.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
	});

	test('a second renderer on the same cache draws nothing and returns the same bytes', async () => {
		const dir = await cacheDir();
		const first = createPlaqueRenderer({ fonts, cacheDir: dir });
		const pdf = await first.pdf([layout()], META);
		const svg = await first.svg(layout());
		expect(first.stats()).toEqual({ made: 2, fromCache: 0 });
		const second = createPlaqueRenderer({ fonts, cacheDir: dir });
		expect(Buffer.from(await second.pdf([layout()], META)).equals(Buffer.from(pdf))).toBe(true);
		expect(Buffer.from(await second.svg(layout())).equals(Buffer.from(svg))).toBe(true);
		expect(second.stats()).toEqual({ made: 0, fromCache: 2 });
		expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	});

	test('a changed layout or changed metadata is drawn again', async () => {
		const dir = await cacheDir();
		const renderer = createPlaqueRenderer({ fonts, cacheDir: dir });
		await renderer.pdf([layout()], META);
		await renderer.pdf([layout('Đình Tràng Y')], META);
		await renderer.pdf([layout()], { ...META, id: 'DH01:2025-08-01' });
		await renderer.pdf([layout()], META);
		expect(renderer.stats()).toEqual({ made: 3, fromCache: 1 });
	});

	test('a group kept under its key comes back whole without calling make; a changed key or a lost file makes it again', async () => {
		const dir = await cacheDir();
		const makeGroup = (renderer: ReturnType<typeof createPlaqueRenderer>, title: string) => async () => [
			{ path: 'a6/DH01.pdf', bytes: await renderer.pdf([layout(title)], META) },
			{ path: 'a6/DH01.svg', bytes: await renderer.svg(layout(title)) },
		];
		const first = createPlaqueRenderer({ fonts, cacheDir: dir });
		const made = await first.group({ site: 'DH01', title: 'Đình Đầm Hà' }, makeGroup(first, 'Đình Đầm Hà'));
		const second = createPlaqueRenderer({ fonts, cacheDir: dir });
		let called = false;
		const kept = await second.group({ site: 'DH01', title: 'Đình Đầm Hà' }, async () => ((called = true), []));
		expect(called).toBe(false);
		expect(kept.map((f) => f.path)).toEqual(['a6/DH01.pdf', 'a6/DH01.svg']);
		kept.forEach((file, i) => expect(Buffer.from(file.bytes).equals(Buffer.from(made[i]!.bytes))).toBe(true));
		expect(second.stats()).toEqual({ made: 0, fromCache: 2 });
		const third = createPlaqueRenderer({ fonts, cacheDir: dir });
		await third.group({ site: 'DH01', title: 'Đình Tràng Y' }, makeGroup(third, 'Đình Tràng Y'));
		expect(third.stats()).toEqual({ made: 2, fromCache: 0 });
		await rm(path.join(dir, 'files'), { recursive: true });
		const fourth = createPlaqueRenderer({ fonts, cacheDir: dir });
		await fourth.group({ site: 'DH01', title: 'Đình Đầm Hà' }, makeGroup(fourth, 'Đình Đầm Hà'));
		expect(fourth.stats()).toEqual({ made: 2, fromCache: 0 });
	});

	test('without a cache folder every file is drawn', async () => {
		const renderer = createPlaqueRenderer({ fonts });
		await renderer.svg(layout());
		await renderer.svg(layout());
		expect(renderer.stats()).toEqual({ made: 2, fromCache: 0 });
	});

	test('a drawing that fails in a worker is a program failure with the reason', async () => {
		const pool = createPlaqueRenderer({ fonts, workers: 2 });
		onTestFinished(() => pool.close());
		await expect(pool.pdf([], META)).rejects.toThrow(/could not be drawn in a worker thread/);
	});
});
