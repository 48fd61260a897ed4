/**
 * The owner's logo on a plaque, drawn small and centred above the owner's name. Whatever the
 * editor gave (SVG, PNG, JPEG), it arrives here as an opaque PNG (images/logo-png.ts), so the PDF
 * and the SVG draw the very same pixels and the PDF holds no transparency.
 */
export interface PlaqueLogo {
	png: Uint8Array;
	widthPx: number;
	heightPx: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Reads the size from a PNG's header; undefined when the bytes are not a PNG (a renamed JPEG or SVG, a broken file). */
export function pngToPlaqueLogo(bytes: Uint8Array): PlaqueLogo | undefined {
	if (bytes.length < 24 || PNG_SIGNATURE.some((byte, i) => bytes[i] !== byte)) return undefined;
	// The first chunk of every PNG is IHDR: length (4), "IHDR" (4), width (4), height (4), big-endian.
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
	const widthPx = view.getUint32(16);
	const heightPx = view.getUint32(20);
	if (widthPx === 0 || heightPx === 0) return undefined;
	return { png: bytes, widthPx, heightPx };
}

/** The logo's box: `heightMm` tall unless that makes it wider than `maxWidthMm`, centred on `centreMm`. */
export function placeLogo(logo: PlaqueLogo, area: { centreMm: number; topMm: number; heightMm: number; maxWidthMm: number }): { xMm: number; yMm: number; widthMm: number; heightMm: number } {
	const aspect = logo.widthPx / logo.heightPx;
	const widthMm = Math.min(area.maxWidthMm, area.heightMm * aspect);
	const heightMm = widthMm / aspect;
	return { xMm: area.centreMm - widthMm / 2, yMm: area.topMm + (area.heightMm - heightMm) / 2, widthMm, heightMm };
}
