import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteEntry, Trail } from '../content/trail.ts';
import { renderPreviewPng } from '../images/preview.ts';
import type { PlaqueFonts } from '../plaque/fonts.ts';
import { makeSitePlaque, sitePlaqueSize } from '../plaque/from-site.ts';
import { layoutLabelSheet } from '../plaque/label-sheet.ts';
import { layoutPlaque, type PlaqueContent, type PlaqueLayout } from '../plaque/layout.ts';
import type { QrMatrix } from '../qr/matrix.ts';
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
}

interface SiteLayouts {
	site: SiteEntry;
	content: PlaqueContent;
	matrix: QrMatrix;
	layouts: Record<PlaqueSizeId, PlaqueLayout>;
}

type Sizes = (readonly [path: string, bytes: number])[];

// A combined PDF of 10,000 plaques is a big job (its layouts are copied to a worker and hashed for
// the cache): two at a time keeps memory bounded and still draws on two threads.
const COMBINED_AT_ONCE = 2;

/**
 * Writes everything the print shop gets under `dir` (the build's `plaques/`): each plaque as PDF
 * and SVG in every size (and in the site's own size at the top, where the QR codes' tests and
 * older links expect it), a PNG preview per plaque, one PDF per size with every plaque, the label
 * sheet, the README and a ZIP of it all. Each site's files are written as soon as they are drawn
 * and then let go; only the layouts stay, for the combined PDFs and the labels, so memory does not
 * grow with the files (issue #7). Dates and IDs come from the sites' `updated` dates, so the same
 * content gives the same bytes. Files already in `dir` that are not part of the kit are left alone.
 * Returns the size of every file written, in trail order, then the combined files, README and ZIP.
 */
export async function writePrintKit(trail: Trail, fonts: PlaqueFonts, renderer: PlaqueRenderer, dir: string, options: PrintKitOptions = {}): Promise<PrintKitManifest> {
	for (const folder of [dir, ...PLAQUE_SIZE_IDS.map((size) => path.join(dir, size))]) await mkdir(folder, { recursive: true });
	const write = (file: KitFile) => writeKitFile(dir, file);
	let done = 0;
	const sites = await mapConcurrently(trail.sites, async (site) => {
		const plaque = siteLayouts(site, trail.settings, fonts, trail.logo);
		// A site may name its own size in vi.md: that is the plaque printed for it, at plaques/<CODE>.pdf.
		const sizes = await sitePlaqueFiles(plaque, sitePlaqueSize(site, trail.settings).id, renderer, write);
		options.onProgress?.(++done, trail.sites.length);
		return { plaque, sizes };
	});
	const plaques = sites.map((s) => s.plaque);
	const combined = (await mapConcurrently(PLAQUE_SIZE_IDS, (size) => combinedPdf(plaques, size, renderer).then((f) => f && write(f)), COMBINED_AT_ONCE)).filter((s) => s !== undefined);
	const labels = await labelSheet(plaques, fonts, renderer).then((f) => f && write(f));
	const readme = await write({ path: README_NAME, bytes: new TextEncoder().encode(printReadme(trail.settings, trail.sites.map((s) => s.data.code), PLAQUE_SIZE_IDS)) });
	const perSite = sites.flatMap((s) => s.sizes);
	const shared: Sizes = [...combined, ...(labels ? [labels] : []), readme];
	// The size folders and the shared files: the top-level copies and the previews are for the page.
	const zipped = [...perSite.filter(([name]) => name.includes('/')), ...shared];
	const sources = zipped.map(([name]) => ({ name: `${PRINT_ZIP_FOLDER}/${name}`, file: kitFilePath(dir, name) }));
	const zipBytes = await writeZip(kitFilePath(dir, PRINT_ZIP_NAME), sources, newestUpdate(trail.sites));
	return { bytes: Object.fromEntries([...perSite, ...shared, [PRINT_ZIP_NAME, zipBytes]]) };
}

function kitFilePath(dir: string, relative: string): string {
	return path.join(dir, ...relative.split('/'));
}

async function writeKitFile(dir: string, file: KitFile): Promise<readonly [string, number]> {
	await writeFile(kitFilePath(dir, file.path), file.bytes);
	return [file.path, file.bytes.byteLength];
}

// The QR matrix and the words do not depend on the size: computed once, laid out six times.
function siteLayouts(site: SiteEntry, settings: Trail['settings'], fonts: PlaqueFonts, logo: Trail['logo']): SiteLayouts {
	const { content, matrix } = makeSitePlaque(site, settings, fonts.measure, logo);
	const layoutFor = (id: PlaqueSizeId) => layoutPlaque({ content, size: PLAQUE_SIZES[id], bleedMm: settings.plaque.bleedMm, matrix, measure: fonts.measure, logo });
	return { site, content, matrix, layouts: Object.fromEntries(PLAQUE_SIZE_IDS.map((id) => [id, layoutFor(id)])) as Record<PlaqueSizeId, PlaqueLayout> };
}

/** Draws a site's plaque in every size and writes each file as soon as it is drawn. */
async function sitePlaqueFiles({ site, layouts }: SiteLayouts, defaultSize: PlaqueSizeId, renderer: PlaqueRenderer, write: (file: KitFile) => Promise<Sizes[number]>): Promise<Sizes> {
	const code = site.data.code;
	const sizes: Sizes = [];
	for (const size of PLAQUE_SIZE_IDS) {
		const layout = layouts[size];
		const [pdf, svg] = await Promise.all([renderer.pdf([layout], plaquePdfMeta(site, size === defaultSize ? undefined : size)), renderer.svg(layout)]);
		const files = [{ path: plaqueFilePath(code, 'pdf', size), bytes: pdf }, { path: plaqueFilePath(code, 'svg', size), bytes: svg }];
		if (size === defaultSize) {
			// The same bytes at the top level: one file, two addresses, so they can never differ.
			files.push({ path: plaqueFilePath(code, 'pdf'), bytes: pdf }, { path: plaqueFilePath(code, 'svg'), bytes: svg });
			files.push({ path: previewPath(code), bytes: await renderer.cached({ preview: svg }, () => preview(layout, svg)) });
		}
		sizes.push(...(await Promise.all(files.map(write))));
	}
	return sizes;
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
async function combinedPdf(plaques: readonly SiteLayouts[], size: PlaqueSizeId, renderer: PlaqueRenderer): Promise<KitFile | undefined> {
	if (plaques.length === 0) return undefined;
	const stamp = plaques.map((p) => `${p.site.data.code}:${p.site.data.updated}`).join(',');
	const { year, month, day } = newestUpdate(plaques.map((p) => p.site));
	const meta = { title: `Tất cả bảng QR · All QR plaques · ${PLAQUE_SIZES[size].label.vi}`, creationDate: new Date(Date.UTC(year, month - 1, day)), id: `all:${size}:${stamp}` };
	return { path: combinedPdfPath(size), bytes: await renderer.pdf(plaques.map((p) => p.layouts[size]), meta) };
}

/** Every site's label on A4 sheets of 21 (none when there is no site: a PDF needs a page). */
async function labelSheet(plaques: readonly SiteLayouts[], fonts: PlaqueFonts, renderer: PlaqueRenderer): Promise<KitFile | undefined> {
	const items = plaques.map(({ site, content, matrix }) => ({ code: site.data.code, title: site.data.title, matrix, shortUrlText: content.shortUrlText }));
	const pages = layoutLabelSheet(items, fonts.measure);
	if (pages.length === 0) return undefined;
	const { year, month, day } = newestUpdate(plaques.map((p) => p.site));
	const meta = { title: 'Nhãn mã QR · QR labels · A4', creationDate: new Date(Date.UTC(year, month - 1, day)), id: `labels:${items.map((i) => i.code).join(',')}` };
	return { path: LABEL_SHEET_NAME, bytes: await renderer.pdf(pages, meta) };
}

/** The newest `updated` date of the sites: it changes whenever a plaque's content may have. */
export function newestUpdate(sites: readonly SiteEntry[]): ZipDate {
	const newest = sites.map((s) => s.data.updated).sort().at(-1);
	const [year = 1980, month = 1, day = 1] = (newest ?? '1980-01-01').split('-').map(Number);
	return { year, month, day };
}
