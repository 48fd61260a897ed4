import sharp from 'sharp';

/** A region of an SVG drawn in millimetres, from its top-left corner. */
export interface RegionMm {
	xMm: number;
	yMm: number;
	widthMm: number;
	heightMm: number;
}

export interface PreviewOutput {
	/** The whole drawing's size, as the SVG's own `width`/`height` in mm. */
	pageMm: { width: number; height: number };
	/** The part to keep, e.g. the trim, so the preview shows the plaque as cut. */
	crop: RegionMm;
	/** The PNG's size; the caller picks it (the page that shows the preview needs it too). */
	widthPx: number;
	heightPx: number;
}

/**
 * Draws an SVG made in millimetres as a PNG of one region, `widthPx` wide. The SVG is rendered
 * at the density that makes the region exactly that wide (not rendered big and scaled), and the
 * PNG carries no metadata, so the same SVG always gives the same bytes with the same sharp.
 */
export async function renderPreviewPng(svg: string, output: PreviewOutput): Promise<Uint8Array> {
	const { crop, pageMm } = output;
	const pxPerMm = output.widthPx / crop.widthMm;
	const { heightPx } = output;
	// sharp reads an SVG at `density` dots per inch: mm × density / 25.4 pixels.
	const drawn = sharp(Buffer.from(svg), { density: pxPerMm * 25.4 });
	const fullWidthPx = Math.round(pageMm.width * pxPerMm);
	const fullHeightPx = Math.round(pageMm.height * pxPerMm);
	const left = Math.min(Math.round(crop.xMm * pxPerMm), fullWidthPx - output.widthPx);
	const top = Math.min(Math.round(crop.yMm * pxPerMm), fullHeightPx - heightPx);
	const png = await drawn
		.resize(fullWidthPx, fullHeightPx, { fit: 'fill' })
		.extract({ left: Math.max(0, left), top: Math.max(0, top), width: output.widthPx, height: heightPx })
		.flatten({ background: '#ffffff' })
		.png({ compressionLevel: 9, palette: true })
		.toBuffer();
	return new Uint8Array(png);
}
