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
