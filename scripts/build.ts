import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminContentSecurityPolicy, cachedPhotoInspector, CMS_SETTINGS, cmsBackend, createCacheStore, formatReport, ProblemsFoundLate, validateContent, type Problem } from '../src/core/index.ts';
import { parseCommonArgs } from './lib/args.ts';
import { startAdminBundle, type StartedBundle } from './lib/admin-bundle.ts';
import { buildSite, type BuildCounts } from './lib/build-site.ts';
import { EXIT, nodeIo, type Io } from './lib/io.ts';
import { createProgress } from './lib/progress.ts';
import { reportFailure, reportUsage } from './lib/report.ts';
import { cleanUpOnStop, removeLeftovers, removeStaging, stagingFor, startStaging, swapInto } from './lib/staging.ts';

const USAGE = `Cách dùng / Usage: npm run build -- [--content THƯ_MỤC] [--out THƯ_MỤC] [--lang vi|en] [--stats TỆP]
  --content DIR   thư mục nội dung / content folder (mặc định / default: $DITICHSO_CONTENT, content/)
  --out DIR       nơi ghi trang web / where the site is written (mặc định / default: dist/)
  --lang vi|en    ngôn ngữ của thông báo / language of the messages (mặc định / default: vi)
  --stats FILE    ghi thời gian từng bước và bộ nhớ (JSON) / write stage times and memory (JSON), for npm run bench
Bộ nhớ đệm / Cache: $DITICHSO_CACHE (mặc định / default: node_modules/.cache/ditichso/)
`;

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Builds made by this process so far: names each build's staging folder and its bundle. */
let buildCount = 0;

/**
 * Checks the content, then builds the site and the plaques into a staging folder beside the
 * output, and swaps it into place only when everything succeeded: a failed build leaves the
 * previous output exactly as it was, and a content error stops the build before any write.
 * Finished files are kept in a cache by the hash of what made them, so a rebuild after one edit
 * makes only what that edit changed.
 */
export async function main(argv: string[], io: Io): Promise<number> {
	const args = parseCommonArgs(argv, io, { out: { type: 'string' }, stats: { type: 'string' } });
	if (!args.ok) return reportUsage(USAGE, args.error, io);
	if (args.options.help) return io.stdout(USAGE), EXIT.ok;
	const started = io.now();
	const outDir = path.resolve(io.cwd, (args.values.out as string | undefined) ?? 'dist');
	const buildId = `${process.pid}-${++buildCount}`;
	const staging = stagingFor(outDir, buildId);
	const lang = args.options.lang;
	const progress = createProgress(io);
	let report: ((problems: readonly Problem[]) => string) | undefined;
	let admin: StartedBundle | undefined;
	try {
		const cacheDir = path.resolve(io.cwd, io.env['DITICHSO_CACHE'] ?? path.join(PROJECT_ROOT, 'node_modules', '.cache', 'ditichso'));
		const cache = createCacheStore(cacheDir);
		admin = startAdminBundle(PROJECT_ROOT, cacheDir);
		const check = progress.stage('check', lang === 'vi' ? 'Kiểm tra nội dung' : 'Checking the content');
		const result = await validateContent({ contentDir: args.options.contentDir, cwd: io.cwd, inspectPhoto: cachedPhotoInspector(cache) });
		// A content error is the whole answer: stdout has the report, stderr stays empty.
		if (result.ok) check.end();
		report = (problems) => formatReport(problems, { lang, sources: result.sources, color: io.color, sites: result.siteFolders });
		if (!result.ok || !result.trail) return io.stdout(report(result.problems)), EXIT.contentErrors;
		if (result.problems.length) io.stdout(report(result.problems));
		// The editor's backend (DITICHSO_CMS_*): a wrong setting stops the build here, naming it.
		const backend = cmsBackend(Object.fromEntries(CMS_SETTINGS.map((name) => [name, io.env[name]])));
		await removeLeftovers(outDir);
		startStaging(staging, outDir);
		const counts = await buildSite(staging, result.trail, {
			projectRoot: PROJECT_ROOT,
			contentDir: args.options.contentDir,
			buildId,
			cacheDir,
			cache,
			progress,
			lang,
			adminPolicy: (sitePolicy) => adminContentSecurityPolicy(sitePolicy, backend),
			adminBundle: admin.bundle,
		});
		await swapInto(staging, outDir);
		const { sites } = result.trail;
		io.stdout(summary(sites.length, result.trail.settings.languages.length, path.relative(io.cwd, outDir) || '.', counts));
		const stats = args.values.stats as string | undefined;
		if (stats) await writeFile(path.resolve(io.cwd, stats), `${JSON.stringify(buildStats(sites.length, result.trail.settings.languages.length, io.now() - started, progress.times(), counts), null, '\t')}\n`);
		return EXIT.ok;
	} catch (error) {
		await removeStaging(staging);
		// A photo damaged past what the check reads: the editor's to fix, told as the check tells it.
		if (error instanceof ProblemsFoundLate && report) return io.stdout(report(error.problems)), EXIT.contentErrors;
		return reportFailure(error, io);
	} finally {
		await admin?.stop();
	}
}

function summary(sites: number, langs: number, where: string, counts: BuildCounts): string {
	const { plaques } = counts;
	const kept = KINDS.map((kind) => [kind, counts[kind]] as const).map(([kind, made]) => `${made.fromCache}/${made.made + made.fromCache} ${KIND_NAMES[kind]}`);
	return `Đã xây dựng ${sites} di tích × ${langs} ngôn ngữ và ${sites} bảng QR vào ${where}/ (bảng in ở ${where}/plaques/).\n` +
		`Built ${sites} sites × ${langs} languages and ${sites} QR plaques into ${where}/ (plaques in ${where}/plaques/).\n` +
		`Tệp bảng in: ${plaques.made} tệp vẽ mới, ${plaques.fromCache} tệp lấy lại từ lần trước. / Plaque files: ${plaques.made} drawn, ${plaques.fromCache} from the cache.\n` +
		`Lấy lại từ lần trước / From the cache: ${kept.join(', ')}.\n`;
}

type Kind = Exclude<keyof BuildCounts, 'renderedSitePages'>;
const KINDS: readonly Kind[] = ['plaques', 'pages', 'photos', 'shareImages', 'compressed'];
const KIND_NAMES: Record<Kind, string> = {
	plaques: 'tệp bảng in / plaque files',
	pages: 'trang / pages',
	photos: 'ảnh / photos',
	shareImages: 'ảnh chia sẻ / share images',
	compressed: 'bản nén / compressed copies',
};

/** What `--stats` writes: the figures `npm run bench` tabulates. */
function buildStats(sites: number, languages: number, wallMs: number, stages: Record<string, number>, counts: BuildCounts) {
	const made = Object.fromEntries(KINDS.map((kind) => [kind, counts[kind].made]));
	const fromCache = Object.fromEntries(KINDS.map((kind) => [kind, counts[kind].fromCache]));
	const pages = counts.pages.made + counts.pages.fromCache;
	return { sites, languages, pages, renderedSitePages: counts.renderedSitePages ?? [], wallMs: Math.round(wallMs), maxRssBytes: process.resourceUsage().maxRSS * 1024, stages: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, Math.round(v)])), made, fromCache };
}

const STOPPED =
	'Đã dừng: trang web của lần xây dựng trước vẫn giữ nguyên, thư mục tạm đã được xoá.\n' +
	'Stopped: the site of the previous build is left as it was; the temporary folder was removed.\n';

if (import.meta.main) {
	cleanUpOnStop(() => nodeIo.stderr(STOPPED));
	process.exitCode = await main(process.argv.slice(2), nodeIo);
}
