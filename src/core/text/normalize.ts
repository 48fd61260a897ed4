/**
 * One form for every text the program reads. Files come from Windows (CRLF, a BOM from Notepad),
 * from macOS (NFD file names and pastes) and from Vietnamese keyboards that emit combining marks;
 * without this, `===`, Map keys and file look-ups fail on text that looks identical (DOMAIN §4.1).
 */

/** Strips one leading UTF-8 byte-order mark, turns CRLF and lone CR into LF, and composes to NFC. */
export function normalizeText(raw: string): string {
	return raw
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.normalize('NFC');
}
