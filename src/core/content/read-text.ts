import { readFile } from 'node:fs/promises';
import type { ProblemAt } from '../problems/problem.ts';
import { decodeText } from '../text/decode.ts';
import { detectLegacyEncoding } from '../text/legacy-encoding.ts';
import { normalizeText } from '../text/normalize.ts';

export type ReadText = { text: string } | { problem: ProblemAt; lossy?: string };

const WINDOWS_1252 = new TextDecoder('windows-1252');

/**
 * A content file's text, normalised (no BOM, LF line ends, NFC), or the problem that stops it
 * being read. Bytes that are not UTF-8 are refused rather than read as "�": the site would be
 * published with its accents lost. Read as Windows-1252, they show which old encoding they were
 * typed in, if any, and the message then says how to convert them.
 */
export async function readContentText(abs: string): Promise<ReadText> {
	let bytes: Uint8Array;
	try {
		bytes = await readFile(abs);
	} catch (error) {
		return { problem: { code: 'file-unreadable', severity: 'error', params: { reason: (error as NodeJS.ErrnoException).code ?? String(error) } } };
	}
	const decoded = decodeText(bytes);
	if (decoded.ok) return { text: normalizeText(decoded.text) };
	const legacy = detectLegacyEncoding(WINDOWS_1252.decode(bytes))?.encoding;
	const problem: ProblemAt = { code: 'not-utf8', severity: 'error', line: decoded.line, params: legacy ? { legacy } : {} };
	return { problem, lossy: normalizeText(decoded.lossy) };
}

/** Only blank lines, or nothing: a copy or a save that failed, not a file to parse. */
export function isBlank(text: string): boolean {
	return text.trim() === '';
}
