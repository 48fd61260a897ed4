/**
 * Bytes of a content file → text. Node's `readFile(…, 'utf8')` turns every byte that is not UTF-8
 * into U+FFFD without a word, so a file saved as "ANSI" (Windows-1258) or from an old TCVN3 or VNI
 * document would be published with "�" for every accented letter. Here such a file is refused,
 * naming the line of its first bad byte; UTF-16 with a byte-order mark (Notepad's "Unicode") is
 * Unicode too and is read as it is.
 */

export type Decoded = { ok: true; text: string } | { ok: false; line: number; lossy: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF8_LOSSY = new TextDecoder('utf-8', { ignoreBOM: true });

export function decodeText(bytes: Uint8Array): Decoded {
	const utf16 = utf16Encoding(bytes);
	if (utf16) return { ok: true, text: new TextDecoder(utf16, { fatal: false }).decode(bytes) };
	try {
		return { ok: true, text: UTF8.decode(bytes) };
	} catch {
		const bad = firstInvalidUtf8(bytes);
		return { ok: false, line: lineAt(bytes, bad), lossy: UTF8_LOSSY.decode(bytes) };
	}
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	return undefined;
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const length = sequenceLength(bytes, i);
		if (length === 0) return i;
		i += length;
	}
	return bytes.length;
}

/** Length of the valid UTF-8 sequence at `i`, or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
	const [length, low, high] = leadByte(bytes[i]!);
	for (let k = 1; k < length; k++) {
		const c = bytes[i + k];
		const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
		if (c === undefined || c < min || c > max) return 0;
	}
	return length;
}

/**
 * A lead byte's sequence length and the range of the byte after it, as WHATWG decodes UTF-8: no
 * overlong forms, no surrogates, nothing above U+10FFFF. Length 0: no sequence starts here.
 */
function leadByte(b: number): [length: number, low: number, high: number] {
	if (b < 0x80) return [1, 0, 0];
	if (b >= 0xc2 && b <= 0xdf) return [2, 0x80, 0xbf];
	if (b === 0xe0) return [3, 0xa0, 0xbf];
	if (b === 0xed) return [3, 0x80, 0x9f];
	if (b >= 0xe1 && b <= 0xef) return [3, 0x80, 0xbf];
	if (b === 0xf0) return [4, 0x90, 0xbf];
	if (b >= 0xf1 && b <= 0xf3) return [4, 0x80, 0xbf];
	if (b === 0xf4) return [4, 0x80, 0x8f];
	return [0, 0, 0];
}

/** 1-based line of a byte offset: line ends are counted as bytes, so CRLF and LF files agree. */
function lineAt(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
	return line;
}
