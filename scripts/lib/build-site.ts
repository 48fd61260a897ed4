import { cp, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { build as astroBuild } from 'astro';
import { createPlaqueRenderer, loadPlaqueFonts, mapConcurrently, savePrintKitManifest, sitePageKeys, treeVersion, writeKeptPageList, writeCompressedCopies, writeHostingFiles, writeIcons, writePhotos, writePrintKit, writeShareImages, writeAudio, type CacheStore, type Made, type Trail } from '../../src/core/index.ts';
import type { AdminBundle } from './admin-bundle.ts';
import type { ReportLang } from './args.ts';
import type { Progress } from './progress.ts';

export interface BuildPlan {
	projectRoot: string;
	contentDir: string;
	buildId: string;
	cacheDir: string;
	cache: CacheStore;
	progress: Progress;
	lang: ReportLang;
	/** The content editor's Content-Security-Policy, from the site's. */
	adminPolicy: (sitePolicy: string) => string;
	/** The content editor's script, being bundled since the build started (`startAdminBundle`). */
	adminBundle: Promise<AdminBundle>;
}

export interface BuildCounts {
	plaques: Made;
	/** Site pages rendered by Astro in this build (the others came from the cache), by address. */
	renderedSitePages?: string[];
	pages: Made;
	photos: Made;
	shareImages: Made;
	compressed: Made;
}

/** The key under which `src/site/trail.ts` finds the trail this build has checked. */
const HANDED_TRAIL = Symbol.for('ditichso.checked-trail');

/** What the pages read the code of: any change there renders every page again. */
const PAGE_CODE = ['src', 'public', 'astro.config.mjs', 'package-lock.json'];
/**
 * Code that draws plaques and nothing else: the pages show a plaque's size, code and title, never
 * its layout, so a change here draws every plaque again (their cache keys hold the layout) and
 * renders no page. The print page, which lists the files, is rendered in every build anyway.
 */
const PLAQUE_DRAWING_CODE = ['src/core/plaque/layout.ts', 'src/core/plaque/fit-text.ts', 'src/core/plaque/label-sheet.ts', 'src/core/plaque/render-pdf.ts', 'src/core/plaque/render-svg.ts', 'src/core/publish/render-worker.ts'];

/**
 * Builds the checked trail into `staging`: plaques, pages, images, host files, compressed copies,
 * in that order, each stage timed and its progress shown.
 */
export async function buildSite(staging: string, trail: Trail, plan: BuildPlan): Promise<BuildCounts> {
	const { progress, cache } = plan;
	const say = (vi: string, en: string) => (plan.lang === 'vi' ? vi : en);
	await rm(staging, { recursive: true, force: true });
	// Only now, with the content checked: the output may go into a folder that does not exist yet.
	await mkdir(path.dirname(staging), { recursive: true });
	const fonts = loadPlaqueFonts();
	// Plaques first: the print page shows their file sizes, and Astro empties its output folder.
	const plaqueStage = progress.stage('plaques', say('Bảng QR', 'QR plaques'));
	const renderer = createPlaqueRenderer({ fonts, cacheDir: path.join(plan.cacheDir, 'plaques'), workers: availableParallelism() });
	// Written beside the staging folder as it is drawn, moved in after Astro (which empties its output).
	const kit = await writePrintKit(trail, fonts, renderer, `${staging}.plaques`, { cache, onProgress: (done, total) => plaqueStage.update(done, total) }).finally(() => renderer.close());
	const manifest = `${staging}.print-kit.json`;
	await savePrintKitManifest(manifest, kit);
	plaqueStage.end();
	const pages = await renderPages(staging, trail, plan, manifest, say);
	const images = progress.stage('images', say('Ảnh', 'Images'));
	const photos = await writePhotos(trail, staging, { cache, onProgress: (done, total) => images.update(done, total) });
	const shareImages = await writeShareImages(trail, staging, fonts, { cache, onProgress: (done, total) => images.update(done, total) });
	await writeAudio(trail, staging);
	await writeIcons(path.join(plan.projectRoot, 'public', 'favicon.svg'), staging);
	images.end();
	await rename(`${staging}.plaques`, path.join(staging, 'plaques'));
	// Last: the host files read every page, and the compressed copies are of the final files.
	const hosting = progress.stage('hosting', say('Tệp cho máy chủ', 'Host files'));
	await writeHostingFiles(trail, staging, { adminPolicy: plan.adminPolicy });
	hosting.end();
	const compress = progress.stage('compress', say('Nén', 'Compressing'));
	const compressed = await writeCompressedCopies(staging, { cache, onProgress: (done, total) => compress.update(done, total) });
	compress.end();
	return { plaques: renderer.stats(), pages: pages.made, renderedSitePages: pages.rendered, photos, shareImages: { made: shareImages.made, fromCache: shareImages.fromCache }, compressed };
}

/**
 * Renders with Astro only the pages the cache does not hold (and every page of the whole trail),
 * then copies the kept ones in and keeps the new ones.
 */
async function renderPages(staging: string, trail: Trail, plan: BuildPlan, manifest: string, say: (vi: string, en: string) => string): Promise<{ made: Made; rendered: string[] }> {
	const stage = plan.progress.stage('pages', say('Trang', 'Pages'));
	const keys = sitePageKeys(trail, treeVersion(plan.projectRoot, PAGE_CODE, PLAQUE_DRAWING_CODE));
	const kept = (await mapConcurrently(keys, async (page) => ((await plan.cache.has('pages', page.key)) ? page : undefined), 8)).filter((p) => p !== undefined);
	const keptList = `${staging}.kept-pages.json`;
	await writeKeptPageList(keptList, kept.map((p) => p.path));
	const admin = await plan.adminBundle;
	const env = { DITICHSO_CONTENT: plan.contentDir, DITICHSO_BUILD_ID: plan.buildId, DITICHSO_PRINT_KIT: manifest, DITICHSO_KEPT_PAGES: keptList, DITICHSO_ADMIN_SCRIPT: admin.entry };
	Object.assign(process.env, env);
	(globalThis as Record<symbol, unknown>)[HANDED_TRAIL] = { key: `${plan.contentDir}\0${plan.buildId}`, trail };
	try {
		await astroBuild({ root: plan.projectRoot, outDir: staging, logLevel: 'warn', vite: freshBundleNames(plan.buildId) });
	} finally {
		for (const name of Object.keys(env)) delete process.env[name];
		delete (globalThis as Record<symbol, unknown>)[HANDED_TRAIL];
		await rm(manifest, { force: true });
		await rm(keptList, { force: true });
	}
	await cp(path.join(admin.dir, '_astro'), path.join(staging, '_astro'), { recursive: true });
	const pageFile = (pagePath: string) => path.join(staging, ...pagePath.split('/').filter(Boolean), 'index.html');
	const keptPaths = new Set(kept.map((p) => p.path));
	const fresh = keys.filter((p) => !keptPaths.has(p.path));
	await mapConcurrently(fresh, (page) => plan.cache.copyIn('pages', page.key, pageFile(page.path)), 8);
	await mapConcurrently(kept, async (page) => {
		if (!(await plan.cache.copyOut('pages', page.key, pageFile(page.path)))) throw new Error(`The page ${page.path} went missing from the cache during the build (${plan.cacheDir}); build again.`);
	}, 8);
	const all = (await readdir(staging, { recursive: true })).filter((f) => f.endsWith('.html')).length;
	stage.end(say(`${all} trang, ${kept.length} lấy lại`, `${all} pages, ${kept.length} kept`));
	return { made: { made: all - kept.length, fromCache: kept.length }, rendered: fresh.map((p) => p.path) };
}

/**
 * Astro imports its prerender bundle with `import()`. With an output folder outside the project it
 * writes the bundle to one fixed folder, and the same code gives the same file names, so a second
 * build in this process would get the first build's modules (and their cached pages) from Node's
 * import cache. A build id in every file name makes each build import its own bundle. The
 * "prerender-entry" prefix is the one Astro looks for (astro/dist/core/build/vite-build-config.js).
 */
function freshBundleNames(buildId: string) {
	const output = { entryFileNames: `prerender-entry.${buildId}.[hash].mjs`, chunkFileNames: `chunks/[name].${buildId}.[hash].mjs` };
	return { environments: { prerender: { build: { rolldownOptions: { output } } } } };
}
