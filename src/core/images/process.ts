import sharp, { type Sharp } from 'sharp';
import type { PhotoFormat } from './variants.ts';

/** What the pages need to know about a photo before it is published. */
export interface ImageInfo {
	widthPx: number;
	heightPx: number;
	format: string;
	/** A blurred preview as a `data:` URI (about 120 characters), shown while the photo loads; none for a photo with transparency. */
	placeholder?: string;
}

/** Formats a phone or camera gives that every browser can show once converted. */
const READABLE_FORMATS = new Set(['jpeg', 'png', 'webp']);

// Refuse absurd pixel counts before decoding: a tiny file can claim huge dimensions (the hostile-input issue).
const MAX_INPUT_PIXELS = 100_000_000;

/** 16 px is enough for the colours and the main shapes; the browser's smoothing blurs it when stretched. */
const PLACEHOLDER_WIDTH_PX = 16;

/**
 * Reads a photo: its size as it will be seen (EXIF orientation applied), its format and a tiny
 * placeholder. Returns undefined for anything that is not a readable JPEG, PNG or WebP.
 */
export async function probeImage(bytes: Uint8Array): Promise<ImageInfo | undefined> {
	try {
		const meta = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
		if (!meta.format || !READABLE_FORMATS.has(meta.format) || !meta.width || !meta.height) return undefined;
		const info: ImageInfo = { widthPx: meta.autoOrient.width, heightPx: meta.autoOrient.height, format: meta.format };
		const placeholder = await renderPlaceholder(bytes);
		return placeholder ? { ...info, placeholder } : info;
	} catch {
		return undefined;
	}
}

// The preview sits behind the photo: where the photo is transparent it would show through, so such photos get none.
async function renderPlaceholder(bytes: Uint8Array): Promise<string | undefined> {
	const small = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).autoOrient().resize({ width: PLACEHOLDER_WIDTH_PX }).toColourspace('srgb');
	const { data, info } = await small.raw().toBuffer({ resolveWithObject: true });
	if (info.channels === 4 && data.some((value, i) => i % 4 === 3 && value < 255)) return undefined;
	const webp = await sharp(data, { raw: info }).removeAlpha().webp({ quality: 50, effort: 6 }).toBuffer();
	return `data:image/webp;base64,${webp.toString('base64')}`;
}

export interface PhotoOutput {
	widthPx: number;
	format: PhotoFormat;
}

/**
 * Re-encodes a photo for the web: turned upright, resized (never enlarged), converted to sRGB,
 * with every piece of metadata (GPS included) left out, since sharp copies none unless asked.
 * AVIF uses effort 2: about a seventh of effort 4's encoding time, for files 5–10 % larger.
 */
export async function renderPhoto(path: string, output: PhotoOutput): Promise<Uint8Array> {
	const pipeline = sharp(path, { limitInputPixels: MAX_INPUT_PIXELS })
		.autoOrient()
		.resize({ width: output.widthPx, withoutEnlargement: true })
		.toColourspace('srgb');
	return new Uint8Array(await encode(pipeline, output.format).toBuffer());
}

function encode(pipeline: Sharp, format: PhotoFormat): Sharp {
	switch (format) {
		case 'avif':
			return pipeline.avif({ quality: 50, effort: 2 });
		case 'webp':
			return pipeline.webp({ quality: 72, effort: 4 });
		case 'jpeg':
			return pipeline.jpeg({ quality: 75, mozjpeg: true });
	}
}

export interface Canvas {
	widthPx: number;
	heightPx: number;
	/** Shown where there is no photo (and behind a photo's transparent parts). */
	background: string;
}

/**
 * A photo cropped to fill `canvas` (centred), with an SVG drawn over it, as a JPEG without
 * metadata. With no photo the SVG is drawn over the plain background.
 */
export async function composeImage(photoPath: string | undefined, overlaySvg: string, canvas: Canvas): Promise<Uint8Array> {
	const { widthPx: width, heightPx: height, background } = canvas;
	const base = photoPath
		? sharp(photoPath, { limitInputPixels: MAX_INPUT_PIXELS }).autoOrient().resize({ width, height, fit: 'cover' }).flatten({ background })
		: sharp({ create: { width, height, channels: 3, background } });
	const composed = base.composite([{ input: Buffer.from(overlaySvg), top: 0, left: 0 }]).toColourspace('srgb');
	return new Uint8Array(await composed.jpeg({ quality: 80, mozjpeg: true }).toBuffer());
}

export interface IconOutput {
	sizePx: number;
	/** Fill the whole square with this colour and draw the SVG at `scale` of the size in the middle. */
	fullBleed?: { background: string; scale: number };
}

/** A square PNG icon drawn from an SVG at any size, sharp at every size (rendered, not scaled). */
export async function renderIcon(svg: Uint8Array, output: IconOutput): Promise<Uint8Array> {
	const drawnPx = Math.round(output.sizePx * (output.fullBleed?.scale ?? 1));
	const meta = await sharp(svg).metadata();
	const density = (72 * drawnPx) / Math.max(meta.width ?? drawnPx, meta.height ?? drawnPx);
	const drawn = await sharp(svg, { density }).resize(drawnPx, drawnPx, { fit: 'contain', background: '#0000' }).png().toBuffer();
	if (!output.fullBleed) return new Uint8Array(drawn);
	const { sizePx } = output;
	const offsetPx = Math.round((sizePx - drawnPx) / 2);
	const square = sharp({ create: { width: sizePx, height: sizePx, channels: 4, background: output.fullBleed.background } });
	return new Uint8Array(await square.composite([{ input: drawn, top: offsetPx, left: offsetPx }]).png().toBuffer());
}
