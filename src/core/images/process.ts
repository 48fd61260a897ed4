import sharp from 'sharp';

/** What the pages need to know about a photo before it is published. */
export interface ImageInfo {
	widthPx: number;
	heightPx: number;
	format: string;
}

/** Formats a phone or camera gives that every browser can show once converted. */
const READABLE_FORMATS = new Set(['jpeg', 'png', 'webp']);

// Refuse absurd pixel counts before decoding: a tiny file can claim huge dimensions (the hostile-input issue).
const MAX_INPUT_PIXELS = 100_000_000;

/**
 * Reads a photo's header: its size as it will be seen (EXIF orientation applied) and its format.
 * Returns undefined for anything that is not a readable JPEG, PNG or WebP.
 */
export async function probeImage(bytes: Uint8Array): Promise<ImageInfo | undefined> {
	try {
		const meta = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
		if (!meta.format || !READABLE_FORMATS.has(meta.format) || !meta.width || !meta.height) return undefined;
		return { widthPx: meta.autoOrient.width, heightPx: meta.autoOrient.height, format: meta.format };
	} catch {
		return undefined;
	}
}

export interface PhotoOutput {
	widthPx: number;
	format: 'webp' | 'jpeg';
}

/**
 * Re-encodes a photo for the web: turned upright, resized (never enlarged), converted to sRGB,
 * with every piece of metadata (GPS included) left out, since sharp copies none unless asked.
 */
export async function renderPhoto(path: string, output: PhotoOutput): Promise<Uint8Array> {
	const pipeline = sharp(path, { limitInputPixels: MAX_INPUT_PIXELS })
		.autoOrient()
		.resize({ width: output.widthPx, withoutEnlargement: true })
		.toColourspace('srgb');
	const encoded = output.format === 'webp' ? pipeline.webp({ quality: 72, effort: 4 }) : pipeline.jpeg({ quality: 75, mozjpeg: true });
	return new Uint8Array(await encoded.toBuffer());
}
