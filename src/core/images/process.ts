import sharp, { type Sharp } from 'sharp';
import { hasPhotoSignature, looksLikeHeic, MAX_PHOTO_PIXELS, READABLE_FORMATS, sniffFileKind, type PhotoRefusal } from './accepted.ts';
import { readExifGps, type GpsPoint } from './exif-gps.ts';
import type { PhotoFormat } from './variants.ts';

/** What the pages need to know about a photo before it is published. */
export interface ImageInfo {
	widthPx: number;
	heightPx: number;
	format: string;
	/** A blurred preview as a `data:` URI (about 120 characters), shown while the photo loads; none for a photo with transparency. */
	placeholder?: string;
	/** Where the photo was taken, from its EXIF GPS tags, for `check` only: never published. */
	gps?: GpsPoint;
}

// A backstop on every decode: a tiny file can claim huge dimensions (the hostile-input issue). Photos
// reach a decode only once `inspectPhoto` has accepted their header (MAX_PHOTO_PIXELS, accepted.ts).
const MAX_INPUT_PIXELS = 100_000_000;

/** 16 px is enough for the colours and the main shapes; the browser's smoothing blurs it when stretched. */
const PLACEHOLDER_WIDTH_PX = 16;

/**
 * Reads a photo: its size as it will be seen (EXIF orientation applied), its format, a tiny
 * placeholder and where it was taken (EXIF GPS). Returns undefined for anything that is not a
 * readable JPEG, PNG or WebP (see `inspectPhoto` for why).
 */
export async function probeImage(bytes: Uint8Array): Promise<ImageInfo | undefined> {
	const info = await inspectPhoto(bytes, '');
	return 'refused' in info ? undefined : info;
}

/**
 * `probeImage` for the content loader, which names the file, and says why a file is refused: an
 * HEIC photo (by its bytes or `name`: the editor is told how to convert it), no image at all (a PDF,
 * a web page …), a photo cut short, or one with more pixels than MAX_PHOTO_PIXELS. The bytes
 * decide: a JPEG named `anh.heic` is read, and its published files take the `.jpg` extension.
 *
 * Nothing is decoded before the header's width and height are known and accepted, so a tiny file
 * that claims 60000 × 60000 pixels (a "decompression bomb") costs a header read (issue #8).
 */
export async function inspectPhoto(bytes: Uint8Array, name: string): Promise<ImageInfo | PhotoRefusal> {
	const meta = await readHeader(bytes);
	if (!meta?.format || !READABLE_FORMATS.has(meta.format) || !meta.width || !meta.height) return refusalOf(bytes, name, meta !== undefined);
	if (meta.width * meta.height > MAX_PHOTO_PIXELS) return { refused: 'too-many-pixels', widthPx: meta.autoOrient.width, heightPx: meta.autoOrient.height };
	// The placeholder decodes every pixel (shrunk on load): a photo cut short fails here.
	const placeholder = await renderPlaceholder(bytes).then((uri) => ({ uri }), () => undefined);
	if (!placeholder) return { refused: 'truncated' };
	const gps = meta.exif ? readExifGps(meta.exif) : undefined;
	return { widthPx: meta.autoOrient.width, heightPx: meta.autoOrient.height, format: meta.format, ...(placeholder.uri ? { placeholder: placeholder.uri } : {}), ...(gps ? { gps } : {}) };
}

/** The header only: no pixel is decoded, so sharp's pixel limit is not needed here (ours follows). */
async function readHeader(bytes: Uint8Array) {
	try {
		return await sharp(bytes, { limitInputPixels: false }).metadata();
	} catch {
		// Unknown bytes, a header cut short, or no bytes at all (which sharp refuses before reading).
		return undefined;
	}
}

/** Why a file whose header gave no accepted photo is refused; `headerRead`: sharp knew its format (GIF, TIFF, AVIF …). */
function refusalOf(bytes: Uint8Array, name: string, headerRead: boolean): PhotoRefusal {
	if (looksLikeHeic(bytes, name)) return { refused: 'heic' };
	const kind = sniffFileKind(bytes);
	if (kind) return { refused: 'not-image', kind };
	return { refused: !headerRead && hasPhotoSignature(bytes) ? 'truncated' : 'unreadable' };
}

// The preview sits behind the photo: where the photo is transparent it would show through, so such photos get none.
async function renderPlaceholder(bytes: Uint8Array): Promise<string | undefined> {
	const small = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).autoOrient().resize({ width: PLACEHOLDER_WIDTH_PX }).toColourspace('srgb');
	const { data, info } = await small.raw().toBuffer({ resolveWithObject: true });
	if (info.channels === 4 && data.some((value, i) => i % 4 === 3 && value < 255)) return undefined;
	const webp = await sharp(data, { raw: info }).removeAlpha().webp({ quality: 50, effort: 6 }).toBuffer();
	return `data:image/webp;base64,${webp.toString('base64')}`;
}

/** One published file of a photo: its exact size (the page's width and height attributes) and format. */
export interface PhotoOutput {
	widthPx: number;
	heightPx: number;
	format: PhotoFormat;
	/** The file phones load (see PHONE_MAX_PHOTO_WIDTH_PX): encoded with more effort, for fewer bytes over mobile data. */
	forPhones?: boolean;
}

/**
 * A photo decoded once for publishing: upright, in sRGB, at the size of its widest published file,
 * as bare pixels (3 channels, or 4 with transparency). Plain data, so it can go to a worker.
 */
export interface DecodedPhoto {
	pixels: Uint8Array;
	widthPx: number;
	heightPx: number;
	channels: 3 | 4;
}

/** JPEG has no transparency: a see-through PNG is laid on white, as on a printed page. */
const JPEG_BACKGROUND = '#ffffff';

/**
 * Decodes a photo once, for all its published files: turned upright (EXIF orientation), converted
 * to sRGB (an embedded profile such as an iPhone's Display P3 is applied; CMYK without a profile
 * goes through a standard CMYK profile), and resized to `size`, the widest file, so that each file
 * then costs a resize and an encode only, and no more memory than that width needs.
 *
 * Every piece of metadata (EXIF with its GPS position, XMP, ICC profiles) stays behind: bare pixels
 * carry none, and sharp writes none unless asked. Never ask (`keepMetadata`, `withMetadata`,
 * `keepExif`, `keepIccProfile`) anywhere on this path: a phone's EXIF holds where the photo was
 * taken, often an editor's home, and the phone's make and model (issue #6).
 */
export async function decodePhoto(path: string, size: Pick<PhotoOutput, 'widthPx' | 'heightPx'>): Promise<DecodedPhoto> {
	const { data, info } = await sharp(path, { limitInputPixels: MAX_INPUT_PIXELS })
		.autoOrient()
		.resize({ width: size.widthPx, height: size.heightPx, fit: 'fill', withoutEnlargement: true })
		.toColourspace('srgb')
		.raw({ depth: 'uchar' })
		.toBuffer({ resolveWithObject: true });
	return { pixels: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), widthPx: info.width, heightPx: info.height, channels: info.channels === 4 ? 4 : 3 };
}

/**
 * The photo at a smaller size, for all the files of that width: each width is resized once from
 * the decoded photo, not once per format (issue #7).
 */
export async function resizePhoto(photo: DecodedPhoto, size: Pick<PhotoOutput, 'widthPx' | 'heightPx'>): Promise<DecodedPhoto> {
	if (isSize(photo, size) || photo.widthPx < size.widthPx) return photo;
	const { data, info } = await rawPipeline(photo).resize({ width: size.widthPx, height: size.heightPx, fit: 'fill' }).raw().toBuffer({ resolveWithObject: true });
	return { pixels: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), widthPx: info.width, heightPx: info.height, channels: photo.channels };
}

/**
 * Encodes one published file from a decoded photo, at exactly `output`'s size (never larger than
 * the decoded photo). AVIF and WebP keep transparency; JPEG lays it on white.
 */
export async function encodePhoto(photo: DecodedPhoto, output: PhotoOutput): Promise<Uint8Array> {
	const pipeline = isSize(photo, output) ? rawPipeline(photo) : rawPipeline(photo).resize({ width: output.widthPx, height: output.heightPx, fit: 'fill', withoutEnlargement: true });
	return new Uint8Array(await encode(pipeline, output).toBuffer());
}

const rawPipeline = (photo: DecodedPhoto) => sharp(photo.pixels, { raw: { width: photo.widthPx, height: photo.heightPx, channels: photo.channels } });
const isSize = (photo: DecodedPhoto, size: Pick<PhotoOutput, 'widthPx' | 'heightPx'>) => photo.widthPx === size.widthPx && photo.heightPx === size.heightPx;

/**
 * Effort goes where it pays (issue #7). The file phones load (`forPhones`), often over mobile
 * data, keeps the size and quality it had; the others, for screens at 1× or on broadband, are
 * encoded fast at no lower quality. Measured against the settings before issue #7 (AVIF effort 2
 * 4:4:4 q50, WebP effort 4 q72, mozjpeg q75) on two real photos, a busy 12 MP one and a flat
 * drawing (the sample's covers), every file at an SSIM (of the luma) as high as before or higher:
 * - AVIF for phones, effort 1 4:2:0 q52: 50–75 % of the time, 0–3 % more bytes. 4:2:0, as in
 *   every camera's JPEG, takes less time and fewer bytes than 4:4:4.
 * - AVIF otherwise, effort 0 4:2:0 q54: 7–20 % of the time, 4–15 % more bytes (drawing: 25–35 %).
 * - WebP for phones unchanged; otherwise effort 2 q76: half the time, 9–23 % more bytes.
 * - JPEG (for browsers with neither, such as an old iPhone's): mozjpeg's quantisation table
 *   without its trellis and scan search; q72 progressive for phones, q74 baseline otherwise: a
 *   fifth and a tenth of the time, 4–10 % and 12–25 % more bytes.
 */
function encode(pipeline: Sharp, { format, forPhones }: PhotoOutput): Sharp {
	switch (format) {
		case 'avif':
			return pipeline.avif(forPhones ? { quality: 52, effort: 1, chromaSubsampling: '4:2:0' } : { quality: 54, effort: 0, chromaSubsampling: '4:2:0' });
		case 'webp':
			return pipeline.webp(forPhones ? { quality: 72, effort: 4 } : { quality: 76, effort: 2 });
		case 'jpeg':
			return jpeg(pipeline.flatten({ background: JPEG_BACKGROUND }), forPhones ? { quality: 72, progressive: true } : { quality: 74 });
	}
}

/** mozjpeg's trellis quantisation and scan search took four fifths of its time or more (see encode). */
const jpeg = (pipeline: Sharp, options: { quality: number; progressive?: boolean }) => pipeline.jpeg({ ...options, quantisationTable: 3, optimiseCoding: true });

export interface Canvas {
	widthPx: number;
	heightPx: number;
	/** Shown where there is no photo (and behind a photo's transparent parts). */
	background: string;
	/** From this row down the overlay is opaque: the photo is not drawn there (issue #7). */
	coveredFromPx?: number;
}

/**
 * A photo cropped to fill `canvas` (centred), with an SVG drawn over it, as a JPEG without
 * metadata. With no photo the SVG is drawn over the plain background.
 */
export async function composeImage(photoPath: string | undefined, overlaySvg: string, canvas: Canvas): Promise<Uint8Array> {
	const { widthPx: width, heightPx: height, background } = canvas;
	const base = photoPath
		? uncovered(sharp(photoPath, { limitInputPixels: MAX_INPUT_PIXELS }).autoOrient().resize({ width, height, fit: 'cover' }), canvas).flatten({ background })
		: sharp({ create: { width, height, channels: 3, background } });
	const composed = base.composite([{ input: Buffer.from(overlaySvg), top: 0, left: 0 }]).toColourspace('srgb');
	// Baseline q78 has the SSIM of mozjpeg's q80, in a tenth of the time, for 3–14 % more bytes: a
	// social network fetches it once and makes its own copy (issue #7).
	return new Uint8Array(await jpeg(composed, { quality: 78 }).toBuffer());
}

// The photo's rows under the overlay's opaque part are left out (the background stands in for
// them): they would be resized only to be painted over, a fifth of a share image's time (issue #7).
function uncovered(photo: Sharp, { widthPx, heightPx, background, coveredFromPx = heightPx }: Canvas): Sharp {
	const shownPx = Math.max(1, Math.min(heightPx, coveredFromPx));
	return shownPx < heightPx ? photo.extract({ left: 0, top: 0, width: widthPx, height: shownPx }).extend({ bottom: heightPx - shownPx, background }) : photo;
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
