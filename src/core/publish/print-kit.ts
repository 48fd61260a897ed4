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
import { createPlaqueRenderer, type PlaqueRenderer } from './plaque-renderer.ts';
import { mapConcurrently } from './pool.ts';
import { combinedPdfPath, LABEL_SHEET_NAME, plaqueFilePath, previewPath, previewSizePx, PRINT_ZIP_FOLDER, PRINT_ZIP_NAME, README_NAME, type PrintKitManifest } from './print-paths.ts';
import { printReadme } from './print-readme.ts';
import { zipFiles, type ZipDate } from './zip.ts';

/** One file of the print kit: its path relative to `plaques/`, and its bytes. */
export interface KitFile {
	path: string;
	bytes: Uint8Array;
}

interface SiteLayouts {
	site: SiteEntry;
	content: PlaqueContent;
	matrix: QrMatrix;
	layouts: Record<PlaqueSizeId, PlaqueLayout>;
}

/**
 * Everything the print shop gets, rendered in memory: each plaque as PDF and SVG in every size
 * (and in the settings' size at the top, where the QR codes' tests and older links expect it),
 * a PNG preview per plaque, one PDF per size with every plaque, the README and a ZIP of it all.
 * Dates and IDs come from the sites' `updated` dates, so the same content gives the same bytes.
 */
export async function makePrintKit(trail: Trail, fonts: PlaqueFonts, renderer?: PlaqueRenderer): Promise<KitFile[]> {
	const own = renderer ? undefined : createPlaqueRenderer({ fonts });
	try {
		return await makeKit(trail, fonts, renderer ?? own!);
	} finally {
		await own?.close();
	}
}

async function makeKit(trail: Trail, fonts: PlaqueFonts, renderer: PlaqueRenderer): Promise<KitFile[]> {
	const plaques = trail.sites.map((site) => siteLayouts(site, trail.settings, fonts, trail.logo));
	// A site may name its own size in vi.md: that is the plaque printed for it, at plaques/<CODE>.pdf.
	const perSite = (await mapConcurrently(plaques, (p) => sitePlaqueFiles(p, sitePlaqueSize(p.site, trail.settings).id, renderer))).flat();
	const combined = [...(await combinedPdfs(plaques, renderer)), ...(await labelSheet(plaques, fonts, renderer))];
	const readme = { path: README_NAME, bytes: new TextEncoder().encode(printReadme(trail.settings, trail.sites.map((s) => s.data.code), PLAQUE_SIZE_IDS)) };
	const zipped = [...perSite.filter((f) => f.path.includes('/')), ...combined, readme];
	const zip = zipFiles(zipped.map((f) => ({ path: `${PRINT_ZIP_FOLDER}/${f.path}`, bytes: f.bytes })), newestUpdate(trail.sites));
	return [...perSite, ...combined, readme, { path: PRINT_ZIP_NAME, bytes: zip }];
}

/** Sizes in bytes by path: what the print page shows beside each link. */
export function printKitManifest(files: readonly KitFile[]): PrintKitManifest {
	return { bytes: Object.fromEntries(files.map((f) => [f.path, f.bytes.byteLength])) };
}

// The QR matrix and the words do not depend on the size: computed once, laid out six times.
function siteLayouts(site: SiteEntry, settings: Trail['settings'], fonts: PlaqueFonts, logo: Trail['logo']): SiteLayouts {
	const { content, matrix } = makeSitePlaque(site, settings, fonts.measure, logo);
	const layoutFor = (id: PlaqueSizeId) => layoutPlaque({ content, size: PLAQUE_SIZES[id], bleedMm: settings.plaque.bleedMm, matrix, measure: fonts.measure, logo });
	return { site, content, matrix, layouts: Object.fromEntries(PLAQUE_SIZE_IDS.map((id) => [id, layoutFor(id)])) as Record<PlaqueSizeId, PlaqueLayout> };
}

async function sitePlaqueFiles({ site, layouts }: SiteLayouts, defaultSize: PlaqueSizeId, renderer: PlaqueRenderer): Promise<KitFile[]> {
	const code = site.data.code;
	const files: KitFile[] = [];
	for (const size of PLAQUE_SIZE_IDS) {
		const layout = layouts[size];
		const [pdf, svg] = await Promise.all([renderer.pdf([layout], plaquePdfMeta(site, size === defaultSize ? undefined : size)), renderer.svg(layout)]);
		files.push({ path: plaqueFilePath(code, 'pdf', size), bytes: pdf }, { path: plaqueFilePath(code, 'svg', size), bytes: svg });
		if (size !== defaultSize) continue;
		// The same bytes at the top level: one file, two addresses, so they can never differ.
		files.push({ path: plaqueFilePath(code, 'pdf'), bytes: pdf }, { path: plaqueFilePath(code, 'svg'), bytes: svg });
		files.push({ path: previewPath(code), bytes: await renderer.cached({ preview: svg }, () => preview(layout, svg)) });
	}
	return files;
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

async function combinedPdfs(plaques: readonly SiteLayouts[], renderer: PlaqueRenderer): Promise<KitFile[]> {
	if (plaques.length === 0) return []; // a PDF cannot have zero pages
	const stamp = plaques.map((p) => `${p.site.data.code}:${p.site.data.updated}`).join(',');
	const { year, month, day } = newestUpdate(plaques.map((p) => p.site));
	const creationDate = new Date(Date.UTC(year, month - 1, day));
	return mapConcurrently(PLAQUE_SIZE_IDS, async (size) => {
		const meta = { title: `Tất cả bảng QR · All QR plaques · ${PLAQUE_SIZES[size].label.vi}`, creationDate, id: `all:${size}:${stamp}` };
		return { path: combinedPdfPath(size), bytes: await renderer.pdf(plaques.map((p) => p.layouts[size]), meta) };
	});
}

/** Every site's label on A4 sheets of 21 (none when there is no site: a PDF needs a page). */
async function labelSheet(plaques: readonly SiteLayouts[], fonts: PlaqueFonts, renderer: PlaqueRenderer): Promise<KitFile[]> {
	const items = plaques.map(({ site, content, matrix }) => ({ code: site.data.code, title: site.data.title, matrix, shortUrlText: content.shortUrlText }));
	const pages = layoutLabelSheet(items, fonts.measure);
	if (pages.length === 0) return [];
	const { year, month, day } = newestUpdate(plaques.map((p) => p.site));
	const meta = { title: 'Nhãn mã QR · QR labels · A4', creationDate: new Date(Date.UTC(year, month - 1, day)), id: `labels:${items.map((i) => i.code).join(',')}` };
	return [{ path: LABEL_SHEET_NAME, bytes: await renderer.pdf(pages, meta) }];
}

/** The newest `updated` date of the sites: it changes whenever a plaque's content may have. */
export function newestUpdate(sites: readonly SiteEntry[]): ZipDate {
	const newest = sites.map((s) => s.data.updated).sort().at(-1);
	const [year = 1980, month = 1, day = 1] = (newest ?? '1980-01-01').split('-').map(Number);
	return { year, month, day };
}
