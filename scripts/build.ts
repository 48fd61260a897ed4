import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as astroBuild } from 'astro';
import { adminContentSecurityPolicy, CMS_SETTINGS, cmsBackend, createPlaqueRenderer, formatReport, loadPlaqueFonts, makePrintKit, validateContent, writeAudio, writeCompressedCopies, writeHostingFiles, writeIcons, writeKitFiles, writePhotos, writePrintKitManifest, writeShareImages, type Trail } from '../src/core/index.ts';
import { parseCommonArgs } from './lib/args.ts';
import { EXIT, nodeIo, type Io } from './lib/io.ts';
import { reportFailure, reportUsage } from './lib/report.ts';

const USAGE = `Cách dùng / Usage: npm run build -- [--content THƯ_MỤC] [--out THƯ_MỤC] [--lang vi|en]
  --content DIR   thư mục nội dung / content folder (mặc định / default: $DITICHSO_CONTENT, content/)
  --out DIR       nơi ghi trang web / where the site is written (mặc định / default: dist/)
  --lang vi|en    ngôn ngữ của thông báo / language of the messages (mặc định / default: vi)
`;

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Builds made by this process so far: names each build's staging folder and cache key. */
let buildCount = 0;

/**
 * Checks the content, then builds the site and the plaques into a staging folder beside the
 * output, and swaps it into place only when everything succeeded: a failed build leaves the
 * previous output exactly as it was, and a content error stops the build before any write.
 */
export async function main(argv: string[], io: Io): Promise<number> {
	const args = parseCommonArgs(argv, io, { out: { type: 'string' } });
	if (!args.ok) return reportUsage(USAGE, args.error, io);
	if (args.options.help) return io.stdout(USAGE), EXIT.ok;
	const outDir = path.resolve(io.cwd, (args.values.out as string | undefined) ?? 'dist');
	const buildId = `${process.pid}-${++buildCount}`;
	const staging = path.join(path.dirname(outDir), `.${path.basename(outDir)}-staging-${buildId}`);
	try {
		const result = await validateContent({ contentDir: args.options.contentDir, cwd: io.cwd });
		if (!result.ok || !result.trail) {
			io.stdout(formatReport(result.problems, { lang: args.options.lang, sources: result.sources, color: io.color, sites: result.siteFolders }));
			return EXIT.contentErrors;
		}
		if (result.problems.length) io.stdout(formatReport(result.problems, { lang: args.options.lang, sources: result.sources, color: io.color, sites: result.siteFolders }));
		const cacheDir = path.resolve(io.cwd, io.env['DITICHSO_CACHE'] ?? path.join(PROJECT_ROOT, 'node_modules', '.cache', 'ditichso'));
		// The editor's backend (DITICHSO_CMS_*): a wrong setting stops the build here, naming it.
		const backend = cmsBackend(Object.fromEntries(CMS_SETTINGS.map((name) => [name, io.env[name]])));
		const adminPolicy = (sitePolicy: string) => adminContentSecurityPolicy(sitePolicy, backend);
		const plaques = await buildInto(staging, result.trail, { contentDir: args.options.contentDir, buildId, cacheDir, adminPolicy });
		await swapInto(staging, outDir);
		io.stdout(summary(result.trail, outDir, io.cwd, plaques));
		return EXIT.ok;
	} catch (error) {
		await rm(staging, { recursive: true, force: true });
		return reportFailure(error, io);
	}
}

interface BuildPlan {
	contentDir: string;
	buildId: string;
	/** Plaque files kept between builds, by the hash of what made them. */
	cacheDir: string;
	/** The content editor's Content-Security-Policy, from the site's. */
	adminPolicy: (sitePolicy: string) => string;
}

/** Builds into `staging`; returns how many plaque files were drawn and how many came from the cache. */
async function buildInto(staging: string, trail: Trail, { contentDir, buildId, cacheDir, adminPolicy }: BuildPlan): Promise<{ made: number; fromCache: number }> {
	await rm(staging, { recursive: true, force: true });
	// Only now, with the content checked: the output may go into a folder that does not exist yet.
	await mkdir(path.dirname(staging), { recursive: true });
	// The pages load the same content folder through src/site/trail.ts, once per build.
	process.env['DITICHSO_CONTENT'] = contentDir;
	process.env['DITICHSO_BUILD_ID'] = buildId;
	// Plaques first, in memory: the print page shows their file sizes, and Astro empties its output folder.
	const fonts = loadPlaqueFonts();
	const renderer = createPlaqueRenderer({ fonts, cacheDir: path.join(cacheDir, 'plaques'), workers: availableParallelism() });
	const kit = await makePrintKit(trail, fonts, renderer).finally(() => renderer.close());
	const manifest = `${staging}.print-kit.json`;
	await writePrintKitManifest(manifest, kit);
	process.env['DITICHSO_PRINT_KIT'] = manifest;
	try {
		await astroBuild({ root: PROJECT_ROOT, outDir: staging, logLevel: 'warn', vite: freshBundleNames(buildId) });
	} finally {
		delete process.env['DITICHSO_PRINT_KIT'];
		await rm(manifest, { force: true });
	}
	await writePhotos(trail, staging);
	await writeAudio(trail, staging);
	await writeShareImages(trail, staging, fonts);
	await writeIcons(path.join(PROJECT_ROOT, 'public', 'favicon.svg'), staging);
	await writeKitFiles(kit, staging);
	// Last: the host files read every page, and the compressed copies are of the final files.
	await writeHostingFiles(trail, staging, { adminPolicy });
	await writeCompressedCopies(staging);
	return renderer.stats();
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

/** Replaces `outDir` with `staging` in two renames, so no reader ever sees a half-written site. */
async function swapInto(staging: string, outDir: string): Promise<void> {
	const old = path.join(path.dirname(outDir), `.${path.basename(outDir)}-old-${process.pid}`);
	const exists = await stat(outDir).then(() => true, () => false);
	if (exists) await rename(outDir, old);
	await rename(staging, outDir);
	if (exists) await rm(old, { recursive: true, force: true });
}

function summary(trail: Trail, outDir: string, cwd: string, plaques: { made: number; fromCache: number }): string {
	const where = path.relative(cwd, outDir) || '.';
	const n = trail.sites.length;
	const langs = trail.settings.languages.length;
	return `Đã xây dựng ${n} di tích × ${langs} ngôn ngữ và ${n} bảng QR vào ${where}/ (bảng in ở ${where}/plaques/).\n` +
		`Built ${n} sites × ${langs} languages and ${n} QR plaques into ${where}/ (plaques in ${where}/plaques/).\n` +
		`Tệp bảng in: ${plaques.made} tệp vẽ mới, ${plaques.fromCache} tệp lấy lại từ lần trước. / Plaque files: ${plaques.made} drawn, ${plaques.fromCache} from the cache.\n`;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2), nodeIo);
