/**
 * Names of the print shop's files under `plaques/`, shared by the writer and the print page so a
 * link can never point at a file that was not written. Every name here is public: once a print
 * shop has bookmarked one, it stays.
 */
import type { PlaqueSizeId } from '../schema/index.ts';

/** Where the print shop finds the files: `plaques/<CODE>.pdf` and `.svg`. */
export const PLAQUES_DIR = 'plaques';

/** The ZIP of every plaque file; Vietnamese, like the other public path segments (`/in-an/`). */
export const PRINT_ZIP_NAME = 'bang-qr.zip';

/** Folder inside the ZIP, so unpacking it never scatters files among the print shop's own. */
export const PRINT_ZIP_FOLDER = 'bang-qr';

export const README_NAME = 'README.txt';

/** Every plaque as a small label (code, QR code, name) on A4 sheets of 21, with cut lines. */
export const LABEL_SHEET_NAME = 'nhan-a4.pdf';

/** Wide enough to read the title and see the layout, small enough for a list of dozens. */
export const PREVIEW_WIDTH_PX = 600;

export type PlaqueFormat = 'pdf' | 'svg';

/** A plaque file, relative to `plaques/`: `DH01.pdf` for the settings' size, `a4/DH01.pdf` for a named one. */
export function plaqueFilePath(code: string, format: PlaqueFormat, size?: PlaqueSizeId): string {
	return size ? `${size}/${code}.${format}` : `${code}.${format}`;
}

/**
 * Every plaque of one size in one PDF, relative to `plaques/`: `tat-ca-a5.pdf` ("all"). The
 * hyphen keeps it apart from any plaque code, which is letters and digits only.
 */
export function combinedPdfPath(size: PlaqueSizeId): string {
	return `tat-ca-${size}.pdf`;
}

/** The PNG shown on the print page, relative to `plaques/`. */
export function previewPath(code: string): string {
	return `${code}.png`;
}

/** Site path of a file under `plaques/`, for a link. */
export function plaquesHref(relativePath: string): string {
	return `/${PLAQUES_DIR}/${relativePath}`;
}

/** Pixel size of a preview `widthPx` wide of a `widthMm` × `heightMm` plaque. */
export function previewSizePx(widthMm: number, heightMm: number, widthPx = PREVIEW_WIDTH_PX): { widthPx: number; heightPx: number } {
	return { widthPx, heightPx: Math.round((widthPx * heightMm) / widthMm) };
}

/**
 * What the print page needs from the written files: their sizes in bytes, by path relative to
 * `plaques/`. The build renders the files first and hands this over, so the page never renders a plaque.
 */
export interface PrintKitManifest {
	bytes: Record<string, number>;
}
