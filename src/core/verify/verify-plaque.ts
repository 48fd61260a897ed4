import { degradeImage, type SymbolScale } from '../images/degrade.ts';
import { cropGrey, type GreyImage } from '../images/grey-image.ts';
import { decodeQrJsqr } from '../qr/decode-jsqr.ts';
import { findQrZxing } from '../qr/decode-zxing.ts';
import { PHONE_PX_PER_MODULE, planDegradations, stepLabel, type DegradationSet, type DegradationStep } from './degradations.ts';
import { foundSymbolToGeometry, PRINT_DPI, type QrGeometry } from './geometry.ts';
import { rasterisePdf } from './rasterise-pdf.ts';

/** One row of the proof: what each decoder read (undefined: nothing). */
export interface DecodeRow {
	label: string;
	zxing: string | undefined;
	jsqr: string | undefined;
	ok: boolean;
}

/** The proof for one plaque file, as plain data: printed as a table, or as JSON for tools. */
export interface PlaqueCheck {
	/** Relative to the site folder, with forward slashes: `plaques/DH01.pdf`. */
	file: string;
	code: string;
	/** What the QR code must say; undefined when no site has this file's code. */
	expected: string | undefined;
	dpi: number;
	/** Undefined when the symbol was not found on the page, so no degradation could be placed. */
	pxPerModule: number | undefined;
	rows: DecodeRow[];
	/** Why the file could not be checked at all (missing, or no site with its code). */
	problem?: string;
	ok: boolean;
}

export interface PlaqueJob {
	file: string;
	absolutePath: string;
	code: string;
	expected: string;
	set: DegradationSet;
}

type Views = Record<DegradationStep['view'], { image: GreyImage; scale: SymbolScale }>;

/**
 * Rasterises one plaque PDF at print resolution and decodes it with two independent decoders:
 * the whole page, then the symbol cut out with its quiet zone under each planned degradation.
 * The symbol is located on the page by ZXing, so the proof does not trust the layout that drew it.
 * A row is right only when both decoders read exactly the expected text.
 */
export async function verifyPlaque(job: PlaqueJob, dpi = PRINT_DPI): Promise<PlaqueCheck> {
	const page = await rasterisePdf(job.absolutePath, dpi);
	const found = await findQrZxing(page);
	const steps = planDegradations(found ? 17 + 4 * found.version : 0, job.set);
	const pageRow = row(stepLabel(steps[0]!, dpi), found?.text, decodeQrJsqr(page), job.expected);
	const base = { file: job.file, code: job.code, expected: job.expected, dpi };
	if (!found) return { ...base, pxPerModule: undefined, rows: [pageRow], problem: 'no QR code found on the page', ok: false };
	const geometry = foundSymbolToGeometry(found);
	const views = await makeViews(page, geometry);
	const rows = [pageRow];
	for (const step of steps.slice(1)) {
		const view = views[step.view];
		const image = await degradeImage(view.image, step.degradation, view.scale);
		rows.push(row(stepLabel(step, dpi), (await findQrZxing(image))?.text, decodeQrJsqr(image), job.expected));
	}
	return { ...base, pxPerModule: geometry.pxPerModule, rows, ok: rows.every((r) => r.ok) };
}

async function makeViews(page: GreyImage, geometry: QrGeometry): Promise<Views> {
	const print = cropGrey(page, geometry.crop);
	const phone = await degradeImage(print, { kind: 'downscale', pxPerModule: PHONE_PX_PER_MODULE }, geometry);
	return {
		page: { image: page, scale: geometry },
		print: { image: print, scale: geometry },
		phone: { image: phone, scale: { pxPerModule: PHONE_PX_PER_MODULE, quietModules: geometry.quietModules } },
	};
}

function row(label: string, zxing: string | undefined, jsqr: string | undefined, expected: string): DecodeRow {
	return { label, zxing, jsqr, ok: zxing === expected && jsqr === expected };
}
