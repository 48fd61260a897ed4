import type { FileKind } from '../problems/problem.ts';

/**
 * Which photo files are published: JPEG, PNG or WebP (what phones and cameras give, and what every
 * browser shows once converted), of at most 25 MB. An HEIC photo, the iPhone's default, is told
 * apart from other unreadable files, so the editor learns how to convert it (issue #6).
 */

/** The formats read, as sharp names them. */
export const READABLE_FORMATS: ReadonlySet<string> = new Set(['jpeg', 'png', 'webp']);

/**
 * 25 MB, counted as Windows and phones show sizes (1 MB = 1024 × 1024 bytes). A phone's JPEG is
 * 2–15 MB; a larger file is a 200-megapixel mode, a scan or a PNG of one, and decoding it costs a
 * build seconds and hundreds of megabytes for pixels no page shows (the widest is 1440 px).
 */
export const MAX_PHOTO_BYTES = 25 * 1024 * 1024;

/** Megabytes as the editor reads them: rounded up to one decimal, so a file just over the limit never shows as "25 MB". */
export function megabytes(bytes: number): number {
	return Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
}

// Brands of an ISO-BMFF `ftyp` box for HEIF files with HEVC pictures (HEIC), and the generic HEIF
// brands some phones write as the major brand.
const HEIC_BRANDS: ReadonlySet<string> = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
// AVIF shares the container and the generic brands; it is not an iPhone photo, and sharp reads it.
const AVIF_BRANDS: ReadonlySet<string> = new Set(['avif', 'avis']);

/**
 * True for an HEIC (HEIF) photo: by its bytes, an `ftyp` box whose major brand is an HEIF brand
 * with no AVIF brand among the compatible ones; or by its name, `.heic` or `.heif` in any case.
 * Meant for a file already found unreadable: a JPEG named `anh.heic` is read as the JPEG it is.
 */
export function looksLikeHeic(bytes: Uint8Array, name: string): boolean {
	return /\.hei[cf]$/i.test(name) || hasHeicBrand(bytes);
}

function hasHeicBrand(bytes: Uint8Array): boolean {
	const text = (from: number) => String.fromCharCode(...bytes.subarray(from, from + 4));
	if (bytes.length < 16 || text(4) !== 'ftyp') return false;
	const boxSize = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0);
	const brands = [text(8)];
	for (let at = 16; at + 4 <= Math.min(boxSize, bytes.length); at += 4) brands.push(text(at));
	return HEIC_BRANDS.has(brands[0] ?? '') && !brands.some((brand) => AVIF_BRANDS.has(brand));
}

/**
 * 54 million pixels: a phone's or camera's 48- and 50-megapixel modes (up to 8192 × 6144 = 50.3 MP,
 * 51.4 MP for a medium-format camera) are read; a 60-megapixel camera, a phone's 108- and
 * 200-megapixel modes, a scan at 1200 dpi or a "decompression bomb" (a tiny file whose header
 * claims 60000 × 60000) are refused from the header alone, before any pixel is decoded: decoding
 * them costs seconds and hundreds of megabytes, or all the memory there is, for a page whose
 * widest photo is 1440 px (the hostile-input issue, #8).
 */
export const MAX_PHOTO_PIXELS = 54_000_000;

/** Millions of pixels as the editor reads them: rounded up to one decimal, as `megabytes`. */
export function megapixels(pixels: number): number {
	return Math.ceil((pixels / 1_000_000) * 10) / 10;
}

/** Why a file named as a photo is not read, with what the message needs to say so. */
export type PhotoRefusal =
	| { refused: 'unreadable' | 'heic' | 'empty' | 'truncated' }
	| { refused: 'not-image'; kind: FileKind }
	| { refused: 'too-many-pixels'; widthPx: number; heightPx: number };

/**
 * True when the bytes start as a JPEG, PNG or WebP does. Meant for a file that cannot be read:
 * with the right start, it is a photo cut short (a copy that did not finish) or damaged.
 */
export function hasPhotoSignature(bytes: Uint8Array): boolean {
	const starts = (text: string, at = 0) => [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));
	return starts('\xff\xd8\xff') || starts('\x89PNG\r\n\x1a\n') || (starts('RIFF') && starts('WEBP', 8));
}

// ftyp brands of videos (MP4, an iPhone's MOV, 3GP) and of M4A audio; HEIC and AVIF are told apart before.
const VIDEO_BRANDS: ReadonlySet<string> = new Set(['isom', 'iso2', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'qt  ', 'M4V ', 'MSNV', '3gp4', '3gp5', '3gp6', '3g2a']);

/**
 * What a file that is no image at all is, by its first bytes, so the message can say "this is a
 * PDF", not only "this cannot be read". Undefined for anything else: an image in a format not
 * accepted (GIF, TIFF, SVG …), a damaged photo or unknown bytes get the general message.
 */
export function sniffFileKind(bytes: Uint8Array): FileKind | undefined {
	const head = latin1(bytes.subarray(0, 1024));
	if (head.includes('%PDF-')) return 'pdf';
	// A Word, Excel or PowerPoint file is a ZIP whose entries are named word/…, xl/… or ppt/….
	if (head.startsWith('PK\x03\x04')) return ['word/', 'xl/', 'ppt/'].some((name) => asBuffer(bytes).includes(name, 0, 'latin1')) ? 'office' : 'zip';
	if (head.startsWith('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1')) return 'office';
	if (head.slice(4, 8) === 'ftyp') return head.slice(8, 12) === 'M4A ' ? 'audio' : VIDEO_BRANDS.has(head.slice(8, 12)) ? 'video' : undefined;
	if ((head.startsWith('RIFF') && /^(?:AVI |WAVE)$/.test(head.slice(8, 12))) || head.startsWith('\x1a\x45\xdf\xa3')) return head.slice(8, 12) === 'WAVE' ? 'audio' : 'video';
	if (head.startsWith('ID3') || head.startsWith('OggS') || head.startsWith('fLaC')) return 'audio';
	const text = utf8Text(bytes.subarray(0, 1024));
	if (text === undefined) return undefined;
	const start = text.replace(/^\ufeff?\s*/, '').slice(0, 300).toLowerCase();
	if (/^<(?:!doctype html|html|head|body|meta|title|script|div|p)\b/.test(start) || (start.startsWith('<') && text.toLowerCase().includes('<html'))) return 'html';
	// An SVG is an image: it gets the general message, which says how to save it as JPEG.
	if (start.startsWith('<') && text.toLowerCase().includes('<svg')) return undefined;
	return 'text';
}

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const latin1 = (bytes: Uint8Array) => asBuffer(bytes).toString('latin1');

/** The bytes as text when they are text (UTF-8 with no control characters but tabs and line ends); a character cut at the end is allowed. */
function utf8Text(bytes: Uint8Array): string | undefined {
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
		return text.length > 0 && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text) ? text : undefined;
	} catch {
		return undefined;
	}
}
