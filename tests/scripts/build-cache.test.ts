import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { main } from '../../scripts/build.ts';
import { captureIo } from '../helpers/io.ts';
import { PROJECT_ROOT, removeTrailCopy, trailCopy, type TrailCopy } from '../helpers/trail-copy.ts';

// The persistent cache (issue #7): one trail built again and again with the same cache, after
// each kind of edit. Each build's --stats says what it made and what it took from the cache, and
// which site pages Astro rendered; the test checks that it is exactly what the edit touched.

interface Stats {
	made: Record<'plaques' | 'pages' | 'photos' | 'shareImages' | 'compressed', number>;
	fromCache: Record<'plaques' | 'pages' | 'photos' | 'shareImages' | 'compressed', number>;
	renderedSitePages: string[];
}

let copy: TrailCopy;
let builds = 0;
const pagesOf = (slug: string, code: string) => [`/vi/${slug}/`, `/en/${slug}/`, `/${code}/`, `/in-an/${code}/`];
const DINH_MAU = pagesOf('dinh-mau', 'TE01');
const DEN_CAP = pagesOf('den-cap', 'TE02');
const ALL_SITE_PAGES = [...DINH_MAU, ...DEN_CAP];
/** Every plaque file of one site: 7 sizes × PDF and SVG, the top-level PDF and SVG are the same drawings, and a PNG preview. */
const ONE_SITES_PLAQUE_FILES = 15;

async function build(): Promise<Stats> {
	const io = captureIo(copy.root, { DITICHSO_CACHE: 'cache' });
	const stats = `stats-${++builds}.json`;
	const code = await main(['--content', 'content', '--out', `site-${builds}`, '--stats', stats], io);
	expect(code, io.out() + io.err()).toBe(0);
	return JSON.parse(await readFile(path.join(copy.root, stats), 'utf8')) as Stats;
}

const edit = async (file: string, change: (text: string) => string) => writeFile(path.join(copy.content, file), change(await readFile(path.join(copy.content, file), 'utf8')));
const sorted = (list: readonly string[]) => [...list].sort();

let cold: Stats;
beforeAll(async () => {
	copy = await trailCopy('minimal');
	cold = await build();
});
afterAll(async () => {
	if (copy) await removeTrailCopy(copy);
});

describe('the build cache', () => {
	test('a cold build makes everything', () => {
		expect(sorted(cold.renderedSitePages)).toEqual(sorted(ALL_SITE_PAGES));
		// Files with the same bytes (a page and its copy for plain hosts) are compressed once.
		expect(cold.fromCache).toMatchObject({ plaques: 0, pages: 0, photos: 0, shareImages: 0 });
		expect(cold.made.compressed).toBeGreaterThan(cold.fromCache.compressed);
		expect(cold.made.photos).toBeGreaterThan(0);
		expect(cold.made.shareImages).toBe(2);
	});

	test('with nothing changed, no plaque, page of a site, image or compressed copy is made', async () => {
		const again = await build();
		expect(again.renderedSitePages).toEqual([]);
		expect(again.made).toMatchObject({ plaques: 0, photos: 0, shareImages: 0, compressed: 0 });
		expect(again.fromCache.pages).toBe(ALL_SITE_PAGES.length);
		expect(await readFile(path.join(copy.root, `site-${builds}`, 'vi', 'den-cap', 'index.html'))).toEqual(await readFile(path.join(copy.root, 'site-1', 'vi', 'den-cap', 'index.html')));
	});

	test("editing a site's text renders that site's pages and nothing else", async () => {
		await edit('sites/den-cap/vi.md', (text) => `${text}\nMột đoạn mới thêm vào sau khi in.\n`);
		const stats = await build();
		expect(sorted(stats.renderedSitePages)).toEqual(sorted(DEN_CAP));
		expect(stats.made).toMatchObject({ plaques: 0, photos: 0, shareImages: 0 });
		expect(await readFile(path.join(copy.root, `site-${builds}`, 'vi', 'den-cap', 'index.html'), 'utf8')).toContain('Một đoạn mới thêm vào sau khi in.');
	});

	test("replacing a photo encodes that photo, its site's share image and pages, and no plaque", async () => {
		const cover = path.join(copy.content, 'sites', 'dinh-mau', 'cover.jpg');
		await writeFile(cover, await sharp(await readFile(cover)).flop().jpeg({ quality: 90 }).toBuffer());
		const stats = await build();
		expect(sorted(stats.renderedSitePages)).toEqual(sorted(DINH_MAU));
		expect(stats.made.plaques).toBe(0);
		expect(stats.made.shareImages).toBe(1);
		expect(stats.made.photos).toBeGreaterThan(0);
		expect(stats.fromCache.photos).toBeGreaterThan(0);
		expect(stats.made.photos + stats.fromCache.photos).toBe(cold.made.photos);
	});

	test("changing the owner in settings.yaml renders every page and draws every plaque again, and encodes no photo", async () => {
		await edit('settings.yaml', (text) => text.replace('owner: Đoàn Thanh niên xã Thử Nghiệm', 'owner: Đoàn Thanh niên phường Thử Nghiệm'));
		const stats = await build();
		expect(sorted(stats.renderedSitePages)).toEqual(sorted(ALL_SITE_PAGES));
		expect(stats.made.plaques).toBeGreaterThanOrEqual(2 * ONE_SITES_PLAQUE_FILES - 4);
		expect(stats.made.photos).toBe(0);
	});

	test('a change to the plaque layout code draws every plaque again and renders no page of a site', async () => {
		// A copy of the project whose layout code differs by one constant, sharing the cache. It sits
		// inside the project (not node_modules/, where Node strips no types) so that its imports find
		// the project's packages, as the real one does. .gitignore names it.
		const project = await mkdtemp(path.join(PROJECT_ROOT, '.test-project-'));
		onTestFinished(() => rm(project, { recursive: true, force: true }));
		for (const entry of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) await cp(path.join(PROJECT_ROOT, entry), path.join(project, entry), { recursive: true });
		const run = async () => {
			const stats = path.join(copy.root, `stats-${++builds}.json`);
			const args = [path.join(project, 'scripts', 'build.ts'), '--content', copy.content, '--out', path.join(copy.root, `site-${builds}`), '--stats', stats];
			// Run from the project, as npm does: Astro writes its prerender bundle under the working directory.
			await promisify(execFile)(process.execPath, args, { cwd: project, env: { ...process.env, DITICHSO_CACHE: path.join(copy.root, 'cache') } });
			return JSON.parse(await readFile(stats, 'utf8')) as Stats;
		};
		const before = await run();
		expect(before.made.plaques).toBe(0);
		const layout = path.join(project, 'src', 'core', 'plaque', 'layout.ts');
		const code = await readFile(layout, 'utf8');
		expect(code).toContain('export const TEXT_DESCENT_EM = 0.27;');
		await writeFile(layout, code.replace('export const TEXT_DESCENT_EM = 0.27;', 'export const TEXT_DESCENT_EM = 0.3;'));
		const after = await run();
		expect(after.renderedSitePages).toEqual([]);
		expect(after.made.plaques).toBe(before.fromCache.plaques);
		expect(after.made).toMatchObject({ photos: 0, shareImages: 0 });
	}, 120_000);
});
