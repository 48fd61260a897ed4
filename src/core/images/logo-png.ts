import sharp from 'sharp';

/** Tall enough for a 17 mm logo on a 30 × 40 cm board at 600 dpi; an SVG is drawn at this height. */
const LOGO_HEIGHT_PX = 400;

/**
 * The owner's logo as an opaque PNG on white: plaque PDFs must hold no transparency (an alpha
 * channel becomes a soft mask), and PDF and SVG plaques draw the same pixels. An SVG is drawn at
 * LOGO_HEIGHT_PX; a PNG or JPEG keeps its own pixels. Undefined for anything sharp cannot read.
 * The output carries no metadata, so the same file always gives the same bytes.
 */
export async function logoToOpaquePng(bytes: Uint8Array): Promise<Uint8Array | undefined> {
	try {
		const meta = await sharp(bytes).metadata();
		if (!meta.format || !['png', 'svg', 'jpeg', 'webp'].includes(meta.format) || !meta.height) return undefined;
		// sharp reads an SVG at `density` dots per inch; 72 is its own size in px.
		const density = meta.format === 'svg' ? Math.min(2400, (72 * LOGO_HEIGHT_PX) / meta.height) : undefined;
		const image = density ? sharp(bytes, { density }) : sharp(bytes);
		return new Uint8Array(await image.flatten({ background: '#ffffff' }).removeAlpha().png({ compressionLevel: 9 }).toBuffer());
	} catch {
		return undefined;
	}
}
