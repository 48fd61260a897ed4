import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
	closestMatch,
	folderClaimedBy,
	knownCodes,
	loadTrail,
	NEW_REFUSALS,
	newSiteText,
	newTranslationText,
	nextPlaqueCode,
	siteTemplate,
	slugify,
	todayInVietnam,
	translationTemplate,
	type LoadResult,
	type TranslationLang,
} from '../src/core/index.ts';
import { parseCommonArgs, type CommonOptions } from './lib/args.ts';
import { EXIT, nodeIo, type Io } from './lib/io.ts';
import { reportFailure, reportUsage } from './lib/report.ts';

const USAGE = `Cách dùng / Usage: npm run new -- "TÊN DI TÍCH" [--content THƯ_MỤC] [--lang vi|en]
       npm run new -- --translate THƯ_MỤC_DI_TÍCH NGÔN_NGỮ [--content THƯ_MỤC] [--lang vi|en]
  "TÊN DI TÍCH"    tên tiếng Việt của di tích mới / the new site's Vietnamese name
  --translate SITE LANG  bắt đầu một bản dịch, ví dụ --translate dinh-tan-binh en / start a translation
  --content DIR    thư mục nội dung / content folder (mặc định / default: $DITICHSO_CONTENT, content/)
  --lang vi|en     ngôn ngữ của thông báo / language of the messages (mặc định / default: vi)
`;

/**
 * Starts a site (`vi.md` from the template, with the next free plaque code) or a translation.
 * Never overwrites: an existing folder or file is a refusal (exit 2). Exit 0 when a file was created.
 */
export async function main(argv: string[], io: Io): Promise<number> {
	const args = parseCommonArgs(argv, io, { translate: { type: 'boolean' } }, { positionals: true });
	if (!args.ok) return reportUsage(USAGE, args.error, io);
	if (args.options.help) return io.stdout(USAGE), EXIT.ok;
	try {
		const sitesDir = path.join(args.options.contentDir, 'sites');
		if (!(await isDir(sitesDir))) return refuse(NEW_REFUSALS.noSitesFolder(`${shown(io, sitesDir)}/`), io);
		const load = await loadTrail({ contentDir: args.options.contentDir, cwd: io.cwd });
		const today = todayInVietnam(new Date());
		if (args.values.translate) return await startTranslation(args.positionals, { load, sitesDir, today, options: args.options }, io);
		return await startSite(args.positionals.join(' '), { load, sitesDir, today, options: args.options }, io);
	} catch (error) {
		return reportFailure(error, io);
	}
}

interface Context {
	load: LoadResult;
	sitesDir: string;
	/** YYYY-MM-DD, Vietnam time. */
	today: string;
	options: CommonOptions;
}

async function startSite(typed: string, { load, sitesDir, today, options }: Context, io: Io): Promise<number> {
	const title = typed.normalize('NFC').replace(/\s+/g, ' ').trim();
	if (!title) return reportUsage(USAGE, NEW_REFUSALS.noName(), io);
	const slug = slugify(title);
	if (!slug) return refuse(NEW_REFUSALS.noSlug(title), io);
	const dir = path.join(sitesDir, slug);
	const claimed = folderClaimedBy(slug, load);
	if (claimed) return refuse(NEW_REFUSALS.folderClaimed(slug, claimed), io);
	const code = nextPlaqueCode(knownCodes(load));
	const file = path.join(dir, 'vi.md');
	// mkdir without `recursive` fails on an existing folder, and 'wx' on an existing file: nothing is ever overwritten.
	if (!(await create(file, siteTemplate({ title, code, updated: today }), { newDir: dir }))) return refuse(NEW_REFUSALS.folderExists(`${shown(io, dir)}/`), io);
	io.stdout(newSiteText({ file: shown(io, file), dir: `${shown(io, dir)}/`, code }, options.lang));
	return EXIT.ok;
}

async function startTranslation(positionals: readonly string[], { load, sitesDir, today, options }: Context, io: Io): Promise<number> {
	const [siteArg, langArg, ...rest] = positionals;
	if (!siteArg || !langArg || rest.length) return reportUsage(USAGE, NEW_REFUSALS.translateArgs(), io);
	if (!load.trail) return refuse(NEW_REFUSALS.settingsBroken(), io);
	const offered = load.trail.settings.languages.filter((l): l is TranslationLang => l !== 'vi');
	const lang = offered.find((l) => l === langArg.toLowerCase());
	if (langArg.toLowerCase() === 'vi') return refuse(NEW_REFUSALS.langIsVi(), io);
	if (!lang) return refuse(NEW_REFUSALS.langNotOffered(langArg, offered), io);
	const slug = await findSite(siteArg, load, sitesDir);
	if (!slug) {
		const typed = slugify(siteArg) || siteArg;
		const folders = (await readdir(sitesDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
		return refuse(NEW_REFUSALS.siteMissing(siteArg, `${shown(io, path.join(sitesDir, typed))}/`, closestMatch(typed, folders)), io);
	}
	const site = load.sites.find((s) => s.slug === slug);
	const file = path.join(sitesDir, slug, `${lang}.md`);
	const text = translationTemplate({ lang, updated: today, vi: site && { title: site.data.title, summary: site.data.summary } });
	if (!(await create(file, text))) return refuse(NEW_REFUSALS.translationExists(shown(io, file)), io);
	io.stdout(newTranslationText({ file: shown(io, file), lang }, options.lang));
	return EXIT.ok;
}

/** The folder of the site named by its folder, its Vietnamese name or its plaque code. */
async function findSite(typed: string, load: LoadResult, sitesDir: string): Promise<string | undefined> {
	const slug = slugify(typed);
	if (slug && (await isFile(path.join(sitesDir, slug, 'vi.md')))) return slug;
	return load.sites.find((s) => s.data.code === typed.trim().toUpperCase())?.slug;
}

/** Writes a new file (and its new folder); false when either already exists. */
async function create(file: string, text: string, { newDir }: { newDir?: string } = {}): Promise<boolean> {
	try {
		if (newDir) await mkdir(newDir);
		await writeFile(file, text, { flag: 'wx' });
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw error;
	}
}

/** A refusal the editor can act on without the usage text: the message says what to do. */
function refuse(message: string, io: Io): number {
	io.stderr(`${message}\n`);
	return EXIT.usage;
}

function shown(io: Io, abs: string): string {
	return (path.relative(io.cwd, abs) || '.').split(path.sep).join('/');
}

const isDir = (p: string) => stat(p).then((s) => s.isDirectory(), () => false);
const isFile = (p: string) => stat(p).then((s) => s.isFile(), () => false);

if (import.meta.main) process.exitCode = await main(process.argv.slice(2), nodeIo);
