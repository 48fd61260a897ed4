import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheKey } from '../cache/store.ts';
import { codeVersion, treeVersion } from '../cache/code-version.ts';
import type { CacheStore } from '../cache/store.ts';
import type { SiteEntry, Trail } from '../content/trail.ts';
import { renderPreviewPng } from '../images/preview.ts';
import type { PlaqueFonts } from '../plaque/fonts.ts';
import { oncePer } from '../once-per.ts';
import { makeSitePlaque, sitePlaqueSize } from '../plaque/from-site.ts';
import { layoutLabelSheet } from '../plaque/label-sheet.ts';
import { layoutPlaque, type PlaqueLayout } from '../plaque/layout.ts';
import type { PdfMeta } from '../plaque/render-pdf.ts';
import { PLAQUE_SIZES } from '../plaque/sizes.ts';
import { PLAQUE_SIZE_IDS, type PlaqueSizeId } from '../schema/index.ts';
import type { PlaqueRenderer } from './plaque-renderer.ts';
import { mapConcurrently } from './pool.ts';
import { combinedPdfPath, LABEL_SHEET_NAME, plaqueFilePath, previewPath, previewSizePx, PRINT_ZIP_FOLDER, PRINT_ZIP_NAME, README_NAME, type PrintKitManifest } from './print-paths.ts';
import { printReadme } from './print-readme.ts';
import { writeZip, type ZipDate } from './zip.ts';

/** One file of the print kit: its path relative to `plaques/`, and its bytes. */
export interface KitFile {
	path: string;
	bytes: Uint8Array;
}

export interface PrintKitOptions {
	/** Called each time a site's files are on disk: `done` sites of `total`. */
	onProgress?: ((done: number, total: number) => void) | undefined;
	/** Keeps the ZIP's deflated entries between builds, so a warm build deflates none of them. */
	cache?: CacheStore | undefined;
}

interface SiteLayouts {
	site: SiteEntry;
	layouts: Record<PlaqueSizeId, PlaqueLayout>;
}

/** One site's plaque in one size, for a PDF of every plaque. */
interface SiteLayout {
	site: SiteEntry;
	layout: PlaqueLayout;
}

type Sizes = (readonly [path: string, bytes: number])[];

// A combined PDF of 10,000 plaques is a big job (its layouts are copied to a worker and hashed for
// the cache): two at a time keeps memory bounded and still draws on two threads.
const COMBINED_AT_ONCE = 2;

// Enough sites in hand that both workers always have a job queued; each site's files are small.
const SITES_AT_ONCE = 8;

/**
 * Writes everything the print shop gets under `dir` (the build's `plaques/`): each plaque as PDF
 * and SVG in every size (and in the site's own size at the top, where the QR codes' tests and
 * older links expect it), a PNG preview per plaque, one PDF per size with every plaque, the label
 * sheet, the README and a ZIP of it all. Each site's files are written as soon as they are drawn
 * and then let go, with their layouts: the combined PDFs lay their size out again, one size at a
 * time, so memory grows neither with the files nor with sizes × sites (issue #7). Dates and IDs
 * come from the sites' `updated` dates, so the same content gives the same bytes. Files already
 * in `dir` that are not part of the kit are left alone.
 * Returns the size of every file written, in trail order, then the combined files, README and ZIP.
 */
export async function writePrintKit(trail: Trail, fonts: PlaqueFonts, renderer: PlaqueRenderer, dir: string, options: PrintKitOptions = {}): Promise<PrintKitManifest> {
	for (const folder of [dir, ...PLAQUE_SIZE_IDS.map((size) => path.join(dir, size))]) await mkdir(folder, { recursive: true });
	const write = (file: KitFile) => writeKitFile(dir, file);
	const plaques = kitPlaques(trail, fonts);
	let done = 0;
	const sites = await mapConcurrently(trail.sites, async (site) => {
		const plaque = plaques.of(site);
		// A site may name its own size in vi.md: that is the plaque printed for it, at plaques/<CODE>.pdf.
		const files = await renderer.group(plaque.key, () => sitePlaqueFiles(plaque.layouts(), plaque.size, renderer));
		const sizes = await Promise.all(files.map(write));
		options.onProgress?.(++done, trail.sites.length);
		return sizes;
	}, SITES_AT_ONCE);
	// Kept under the sites' keys: a warm build with no plaque changed lays none of them out again.
	const keys = trail.sites.map((site) => plaques.of(site).key);
	const ofSize = (size: PlaqueSizeId) => trail.sites.map((site) => ({ site, layout: plaques.of(site).layout(size) }));
	// Written as soon as each is made, so no PDF of every plaque waits in memory for the others.
	const writeAll = async (files: Promise<KitFile[]>) => Promise.all((await files).map(write));
	const combined = await mapConcurrently(PLAQUE_SIZE_IDS, (size) => writeAll(renderer.group({ combined: size, keys }, async () => present(await combinedPdf(ofSize(size), size, renderer)))), COMBINED_AT_ONCE);
	const labels = await writeAll(renderer.group({ labels: keys }, async () => present(await labelSheet(trail, fonts, renderer))));
	const readme = await write({ path: README_NAME, bytes: new TextEncoder().encode(printReadme(trail.settings, trail.sites.map((s) => s.data.code), PLAQUE_SIZE_IDS)) });
	const perSite = sites.flat();
	const shared: Sizes = [...combined.flat(), ...labels, readme];
	// The size folders and the shared files: the top-level copies and the previews are for the page.
	const zipped = [...perSite.filter(([name]) => name.includes('/')), ...shared];
	const sources = zipped.map(([name]) => ({ name: `${PRINT_ZIP_FOLDER}/${name}`, file: kitFilePath(dir, name) }));
	const zip = await writeZip(kitFilePath(dir, PRINT_ZIP_NAME), sources, newestUpdate(trail.sites), { cache: options.cache });
	return { bytes: Object.fromEntries([...perSite, ...shared, [PRINT_ZIP_NAME, zip.bytes]]) };
}

function kitFilePath(dir: string, relative: string): string {
	return path.join(dir, ...relative.split('/'));
}

async function writeKitFile(dir: string, file: KitFile): Promise<readonly [string, number]> {
	await writeFile(kitFilePath(dir, file.path), file.bytes);
	return [file.path, file.bytes.byteLength];
}

function present(file: KitFile | undefined): KitFile[] {
	return file ? [file] : [];
}

interface KitPlaque {
	/** Everything the site's files are made from, for the renderer's cache. */
	key: unknown;
	size: PlaqueSizeId;
	/** Laid out when asked only, and not kept: a warm build finds the files under `key` and needs none. */
	layouts(): SiteLayouts;
	layout(size: PlaqueSizeId): PlaqueLayout;
}

/**
 * The plaques of the kit, site by site. A site's key holds what its plaque prints (words, QR text,
 * sizes, bleed, logo), its PDFs' dates and IDs, and the version of the layout code; the drawing
 * code and the fonts are in the renderer's own version.
 */
function kitPlaques(trail: Trail, fonts: PlaqueFonts) {
	const { settings, logo } = trail;
	const shared = { version: layoutVersion(), bleedMm: settings.plaque.bleedMm, logo: logo ? cacheKey(logo.png, `${logo.widthPx}x${logo.heightPx}`) : null };
	const make = (site: SiteEntry): KitPlaque => {
		const { content, qrText } = makeSitePlaque(site, settings, fonts.measure, logo);
		const size = sitePlaqueSize(site, settings).id;
		const layout = (id: PlaqueSizeId) => siteLayout(site, settings, fonts, logo, id);
		const layouts = () => ({ site, layouts: Object.fromEntries(PLAQUE_SIZE_IDS.map((id) => [id, layout(id)])) as Record<PlaqueSizeId, PlaqueLayout> });
		return { key: { ...shared, content, qrText, size, meta: plaquePdfMeta(site, undefined) }, size, layouts, layout };
	};
	return { of: oncePer(make) };
}

let layoutCode: string | undefined;

/** The code that turns a site into layouts: anything under plaque/ and qr/, this file, and qrcode. */
function layoutVersion(): string {
	layoutCode ??= cacheKey(treeVersion(fileURLToPath(new URL('..', import.meta.url)), ['plaque', 'qr', 'links', 'publish/print-kit.ts', 'publish/print-paths.ts']), codeVersion([], ['qrcode']));
	return layoutCode;
}

// The QR matrix and the words do not depend on the size: computed once per site (and kept with
// it), laid out in each size. The site's own size was laid out already, for the checks.
function siteLayout(site: SiteEntry, settings: Trail['settings'], fonts: PlaqueFonts, logo: Trail['logo'], id: PlaqueSizeId): PlaqueLayout {
	const { content, matrix, size, layout } = makeSitePlaque(site, settings, fonts.measure, logo);
	return id === size.id ? layout : layoutPlaque({ content, size: PLAQUE_SIZES[id], bleedMm: settings.plaque.bleedMm, matrix, measure: fonts.measure, logo });
}

/** Draws a site's plaque in every size: PDF and SVG, and the preview of the site's own size. */
async function sitePlaqueFiles({ site, layouts }: SiteLayouts, defaultSize: PlaqueSizeId, renderer: PlaqueRenderer): Promise<KitFile[]> {
	const code = site.data.code;
	// Every size at once: a worker that finishes an SVG takes the next job instead of waiting for a PDF.
	const perSize = await Promise.all(
		PLAQUE_SIZE_IDS.map(async (size) => {
			const layout = layouts[size];
			const [pdf, svg] = await Promise.all([renderer.pdf([layout], plaquePdfMeta(site, size === defaultSize ? undefined : size)), renderer.svg(layout)]);
			const files = [{ path: plaqueFilePath(code, 'pdf', size), bytes: pdf }, { path: plaqueFilePath(code, 'svg', size), bytes: svg }];
			if (size === defaultSize) {
				// The same bytes at the top level: one file, two addresses, so they can never differ.
				files.push({ path: plaqueFilePath(code, 'pdf'), bytes: pdf }, { path: plaqueFilePath(code, 'svg'), bytes: svg });
				files.push({ path: previewPath(code), bytes: await renderer.cached({ preview: svg }, () => preview(layout, svg)) });
			}
			return files;
		}),
	);
	return perSize.flat();
}

/** The settings' size keeps the title and ID it always had, so its PDF's bytes do not change. */
function plaquePdfMeta(site: SiteEntry, size: PlaqueSizeId | undefined): PdfMeta {
	const { code, title, updated } = site.data;
	const creationDate = new Date(`${updated}T00:00:00Z`);
	if (!size) return { title: `${code} · ${title}`, creationDate, id: `${code}:${updated}` };
	return { title: `${code} · ${title} · ${PLAQUE_SIZES[size].label.vi}`, creationDate, id: `${code}:${size}:${updated}` };
}

// Cropped to the trim: the preview shows the plaque as it will hang, without bleed and marks.
function preview(layout: PlaqueLayout, svg: Uint8Array): Promise<Uint8Array> {
	const outerMm = layout.bleedMm + layout.markMm;
	const { width, height } = layout.trimMm;
	return renderPreviewPng(new TextDecoder().decode(svg), {
		pageMm: { width: width + 2 * outerMm, height: height + 2 * outerMm },
		crop: { xMm: outerMm, yMm: outerMm, widthMm: width, heightMm: height },
		...previewSizePx(width, height),
	});
}

/** Every plaque of one size in one PDF; none when there is no site (a PDF cannot have zero pages). */
async function combinedPdf(plaques: readonly SiteLayout[], size: PlaqueSizeId, renderer: PlaqueRenderer): Promise<KitFile | undefined> {
	if (plaques.length === 0) return undefined;
	const stamp = plaques.map((p) => `${p.site.data.code}:${p.site.data.updated}`).join(',');
	const { year, month, day } = newestUpdate(plaques.map((p) => p.site));
	const meta = { title: `Tất cả bảng QR · All QR plaques · ${PLAQUE_SIZES[size].label.vi}`, creationDate: new Date(Date.UTC(year, month - 1, day)), id: `all:${size}:${stamp}` };
	return { path: combinedPdfPath(size), bytes: await renderer.pdf(plaques.map((p) => p.layout), meta) };
}

/** Every site's label on A4 sheets of 21 (none when there is no site: a PDF needs a page). */
async function labelSheet(trail: Trail, fonts: PlaqueFonts, renderer: PlaqueRenderer): Promise<KitFile | undefined> {
	const items = trail.sites.map((site) => {
		const { content, matrix } = makeSitePlaque(site, trail.settings, fonts.measure, trail.logo);
		return { code: site.data.code, title: site.data.title, matrix, shortUrlText: content.shortUrlText };
	});
	const pages = layoutLabelSheet(items, fonts.measure);
	if (pages.length === 0) return undefined;
	const { year, month, day } = newestUpdate(trail.sites);
	const meta = { title: 'Nhãn mã QR · QR labels · A4', creationDate: new Date(Date.UTC(year, month - 1, day)), id: `labels:${items.map((i) => i.code).join(',')}` };
	return { path: LABEL_SHEET_NAME, bytes: await renderer.pdf(pages, meta) };
}

/** The newest `updated` date of the sites: it changes whenever a plaque's content may have. */
export function newestUpdate(sites: readonly SiteEntry[]): ZipDate {
	const newest = sites.map((s) => s.data.updated).sort().at(-1);
	const [year = 1980, month = 1, day = 1] = (newest ?? '1980-01-01').split('-').map(Number);
	return { year, month, day };
}
