import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { MAX_PHOTO_BYTES } from '../images/accepted.ts';
import { inspectPhoto } from '../images/process.ts';
import { zodIssuesToProblems } from '../problems/from-zod.ts';
import type { Problem, ProblemAt } from '../problems/problem.ts';
import { isLang, LANGUAGES, PrintedRegisterSchema, RetiredListSchema, SettingsSchema, SiteSchema, TranslationSchema, type Lang, type Settings } from '../schema/index.ts';
import { orderSites } from '../trail/order.ts';
import { parseFrontMatter, parseYaml, type FieldPositions, type ParsedMarkdown } from './front-matter.ts';
import { mapConcurrently } from '../publish/pool.ts';
import { isBlank, readContentText } from './read-text.ts';
import { locateSiteFiles } from './site-files.ts';
import type { RegisterEntry, SiteEntry, Trail, TranslationEntry, UnloadedSite } from './trail.ts';

export interface LoadOptions {
	contentDir: string;
	/** Problems name files relative to this folder (the editor's working directory). */
	cwd: string;
	/** Reads a photo (`inspectPhoto` unless given: the build passes one that remembers, see cache/photo-info.ts). */
	inspectPhoto?: typeof inspectPhoto | undefined;
}

export interface LoadResult {
	/** Undefined when settings.yaml is missing or wrong: nothing can be built without it. */
	trail: Trail | undefined;
	/** Every site that parsed, whether or not settings did: the checks look at them all. */
	sites: SiteEntry[];
	/** The printed register and the retired sites, whether or not settings parsed. */
	printed: Trail['printed'];
	retired: Trail['retired'];
	/** vi.md files that did not load, for the checks that can still read them. */
	unloaded: UnloadedSite[];
	/** Site folders found, parsed or not: the count the report speaks of. */
	siteFolders: number;
	problems: Problem[];
	/** File texts by display path, for code frames in messages. */
	sources: Map<string, string>;
}

/** Reads the content folder: the only place in core that touches the file system for content. */
export async function loadTrail(options: LoadOptions): Promise<LoadResult> {
	const ctx: Ctx = { ...options, problems: [], sources: new Map(), unloaded: [] };
	const contentDir = path.resolve(options.contentDir);
	const settings = await loadSettings(contentDir, ctx);
	const { sites, folders } = await loadSites(path.join(contentDir, 'sites'), ctx);
	const printed = await loadRegister(ctx, path.join(contentDir, 'printed.yaml'), PrintedRegisterSchema);
	const retired = await loadRegister(ctx, path.join(contentDir, 'retired.yaml'), RetiredListSchema);
	const ordered = orderSites(sites);
	const trail = settings ? { contentDir, settings, sites: ordered, printed, retired } : undefined;
	return { trail, sites: ordered, printed, retired, unloaded: ctx.unloaded, siteFolders: folders, problems: ctx.problems, sources: ctx.sources };
}

interface Ctx extends LoadOptions {
	problems: Problem[];
	sources: Map<string, string>;
	unloaded: UnloadedSite[];
}

function display(ctx: Ctx, abs: string): string {
	return path.relative(ctx.cwd, abs).split(path.sep).join('/') || '.';
}

function report(ctx: Ctx, file: string, problems: readonly ProblemAt[]): void {
	for (const p of problems) ctx.problems.push({ ...p, file } as Problem);
}

async function readText(ctx: Ctx, abs: string): Promise<string | undefined> {
	const read = await readContentText(abs);
	const file = display(ctx, abs);
	if ('text' in read) {
		ctx.sources.set(file, read.text);
		return read.text;
	}
	// The text as far as it could be read, so the message shows the line with the bad bytes.
	if (read.lossy !== undefined) ctx.sources.set(file, read.lossy);
	report(ctx, file, [read.problem]);
	return undefined;
}

/** A file that must hold fields (vi.md, a translation, settings.yaml) and holds nothing. */
function reportIfBlank(ctx: Ctx, abs: string, text: string): boolean {
	if (!isBlank(text)) return false;
	report(ctx, display(ctx, abs), [{ code: 'file-empty', severity: 'error', params: {} }]);
	return true;
}

async function loadSettings(contentDir: string, ctx: Ctx): Promise<Settings | undefined> {
	const abs = path.join(contentDir, 'settings.yaml');
	if (!(await isFile(abs))) {
		report(ctx, display(ctx, abs), [{ code: 'settings-missing', severity: 'error', params: { dir: `${display(ctx, contentDir)}/` } }]);
		return undefined;
	}
	const text = await readText(ctx, abs);
	if (text === undefined || reportIfBlank(ctx, abs, text)) return undefined;
	const parsed = parseYaml(text);
	report(ctx, display(ctx, abs), parsed.problems);
	if (parsed.problems.length) return undefined;
	const result = SettingsSchema.safeParse(parsed.data);
	if (result.success) return result.data;
	ctx.problems.push(...zodIssuesToProblems(result.error.issues, SettingsSchema, parsed.positions, display(ctx, abs)));
	return undefined;
}

/**
 * A register file: optional (a trail that never printed has none), a YAML list. A list that does
 * not parse is an error for the whole file, so the build never runs on half a register.
 */
async function loadRegister<S extends typeof PrintedRegisterSchema | typeof RetiredListSchema>(ctx: Ctx, abs: string, schema: S): Promise<Array<RegisterEntry<z.output<S>[number]>>> {
	if (!(await isFile(abs))) return [];
	const file = display(ctx, abs);
	const text = await readText(ctx, abs);
	if (text === undefined) return [];
	const parsed = parseYaml(text);
	report(ctx, file, parsed.problems);
	if (parsed.problems.length) return [];
	// A file of comments only (the state before the first entry) reads as an empty mapping.
	const empty = typeof parsed.data === 'object' && parsed.data !== null && !Array.isArray(parsed.data) && Object.keys(parsed.data).length === 0;
	const result = schema.safeParse(empty ? [] : parsed.data);
	if (!result.success) {
		ctx.problems.push(...zodIssuesToProblems(result.error.issues, schema, parsed.positions, file));
		return [];
	}
	return result.data.map((data, index) => ({ data, file, index, positions: parsed.positions }));
}

async function loadSites(sitesDir: string, ctx: Ctx): Promise<{ sites: SiteEntry[]; folders: number }> {
	const names = await listDir(sitesDir);
	if (!names) {
		report(ctx, `${display(ctx, sitesDir)}/`, [{ code: 'sites-folder-missing', severity: 'error', params: { dir: `${display(ctx, sitesDir)}/` } }]);
		return { sites: [], folders: 0 };
	}
	// Sites are read side by side (a province waits on thousands of small reads), each into its
	// own list of problems, then gathered in folder order so the report reads the same every time.
	const loaded = await mapConcurrently(names.sort(), async (name) => {
		const dir = path.join(sitesDir, name);
		if (name.startsWith('.') || !(await isDir(dir))) return undefined;
		const own: Ctx = { ...ctx, problems: [], unloaded: [] };
		return { entry: await loadSite(dir, name.normalize('NFC'), own), own };
	}, SITES_AT_ONCE);
	const sites: SiteEntry[] = [];
	for (const { entry, own } of loaded.filter((l) => l !== undefined)) {
		ctx.problems.push(...own.problems);
		ctx.unloaded.push(...own.unloaded);
		if (entry) sites.push(entry);
	}
	return { sites, folders: loaded.filter((l) => l !== undefined).length };
}

/** Enough reads in flight to keep the disk and sharp's probes busy, few enough to bound memory. */
const SITES_AT_ONCE = 16;

async function loadSite(dir: string, slug: string, ctx: Ctx): Promise<SiteEntry | undefined> {
	const files = ((await listDir(dir)) ?? []).map((f) => f.normalize('NFC'));
	const markdown = files.filter((f) => f.toLowerCase().endsWith('.md') && !f.startsWith('.'));
	const langs = markdown.map((f) => f.slice(0, -3)).filter((l): l is Lang => isLang(l));
	reportOddMarkdownNames(ctx, dir, markdown);
	if (!langs.includes('vi')) {
		for (const lang of langs) {
			report(ctx, display(ctx, path.join(dir, `${lang}.md`)), [{ code: 'translation-without-vi', severity: 'error', params: { dir: `${display(ctx, dir)}/`, lang } }]);
		}
		// A folder with no Markdown at all would otherwise drop out of the site without a word.
		const misnamed = markdown.some((f) => f.toLowerCase() === 'vi.md');
		if (!langs.length && !misnamed) report(ctx, `${display(ctx, dir)}/`, [{ code: 'vi-missing', severity: 'error', params: { dir: `${display(ctx, dir)}/` } }]);
		return undefined;
	}
	const vi = await loadMarkdown(ctx, path.join(dir, 'vi.md'), SiteSchema);
	const translations: SiteEntry['translations'] = {};
	for (const lang of langs) {
		if (lang === 'vi') continue;
		// Loaded even when vi.md did not: their own problems are told now, not after the next fix.
		const t = await loadMarkdown(ctx, path.join(dir, `${lang}.md`), TranslationSchema);
		if (t && 'data' in t) translations[lang] = { lang, file: t.file, data: t.data, body: t.body, bodyLine: t.bodyLine, positions: t.positions } satisfies TranslationEntry;
	}
	if (!vi) return undefined;
	if (!('data' in vi)) return void (await keepUnloaded(ctx, dir, vi));
	const { files: photos, status: photoStatus, bytes: photoBytes, refusals: photoRefusals } = await locateSiteFiles(dir, [vi.data.cover, ...(vi.data.photos ?? [])].map((p) => p.src), ctx.inspectPhoto ?? inspectPhoto, { maxBytes: MAX_PHOTO_BYTES });
	const audioNames = [vi.data.audio, ...Object.values(translations).map((t) => t.data.audio)].filter((src) => src !== undefined);
	const { files: audio, status: audioStatus } = await locateSiteFiles(dir, audioNames);
	return { slug, dir, file: vi.file, data: vi.data, body: vi.body, bodyLine: vi.bodyLine, positions: vi.positions, translations, photos, photoStatus, photoBytes, photoRefusals, audio, audioStatus };
}

/**
 * "Vi.md" is an error, not a warning: on Linux it is not vi.md, and the site would vanish from the
 * build while check passed. Other unknown names ("ghi-chu.md") are only notes to the editor.
 */
function reportOddMarkdownNames(ctx: Ctx, dir: string, markdown: readonly string[]): void {
	for (const name of markdown.filter((f) => !isLang(f.slice(0, -3)))) {
		const expected = name.toLowerCase();
		const file = display(ctx, path.join(dir, name));
		if (isLang(expected.slice(0, -3))) report(ctx, file, [{ code: 'language-file-case', severity: 'error', params: { name, expected } }]);
		else report(ctx, file, [{ code: 'unknown-language-file', severity: 'warning', params: { name, languages: [...LANGUAGES] } }]);
	}
}

/** A Markdown file read: its validated data, or the parsed text of one that failed (its problems already reported). */
type LoadedMarkdown<S extends typeof SiteSchema | typeof TranslationSchema> = { file: string; data: z.output<S>; body: string; bodyLine: number; positions: FieldPositions } | { file: string; failed: ParsedMarkdown };

async function loadMarkdown<S extends typeof SiteSchema | typeof TranslationSchema>(ctx: Ctx, abs: string, schema: S): Promise<LoadedMarkdown<S> | undefined> {
	const file = display(ctx, abs);
	const text = await readText(ctx, abs);
	if (text === undefined || reportIfBlank(ctx, abs, text)) return undefined;
	const parsed = parseFrontMatter(text);
	report(ctx, file, parsed.problems);
	if (parsed.problems.length) return { file, failed: parsed };
	const result = schema.safeParse(parsed.data);
	if (!result.success) {
		ctx.problems.push(...zodIssuesToProblems(result.error.issues, schema, parsed.positions, file));
		return { file, failed: parsed };
	}
	return { file, data: result.data as z.output<S>, body: parsed.body, bodyLine: parsed.bodyLine, positions: parsed.positions };
}

/** A vi.md that did not load, with the photos its block names, for the checks that can still use it. */
async function keepUnloaded(ctx: Ctx, dir: string, vi: { file: string; failed: ParsedMarkdown }): Promise<void> {
	const { data, positions, body, bodyLine } = vi.failed;
	// The schema refused this file, so `photos` may be anything (`photos: {}`, a photo without its dash).
	const listed = (data as { photos?: unknown } | undefined)?.photos;
	const named = [(data as { cover?: { src?: unknown } } | undefined)?.cover, ...(Array.isArray(listed) ? listed : [])];
	const srcs = named.map((p) => (p && typeof p === 'object' ? (p as { src?: unknown }).src : undefined)).filter((src): src is string => typeof src === 'string' && src.trim() !== '');
	const { files: photos } = await locateSiteFiles(dir, srcs, ctx.inspectPhoto ?? inspectPhoto, { maxBytes: MAX_PHOTO_BYTES });
	ctx.unloaded.push({ file: vi.file, raw: data, positions, body, bodyLine, photos });
}

async function listDir(dir: string): Promise<string[] | undefined> {
	return readdir(dir).catch(() => undefined);
}

async function isDir(p: string): Promise<boolean> {
	return stat(p).then((s) => s.isDirectory(), () => false);
}

async function isFile(p: string): Promise<boolean> {
	return stat(p).then((s) => s.isFile(), () => false);
}
