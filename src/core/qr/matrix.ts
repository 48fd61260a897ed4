import QRCode, { type ModeId } from 'qrcode';

/** ISO/IEC 18004 asks for at least 4 modules of light margin around the symbol. */
export const QUIET_ZONE_MODULES = 4;

export type QrSegmentMode = 'byte' | 'alphanumeric' | 'numeric' | 'kanji';

/** A QR symbol as plain data: computed once per site, drawn by every renderer. */
export interface QrMatrix {
	version: number;
	/** Modules per side, without the quiet zone. */
	size: number;
	/** `size * size` entries, row-major, 1 = dark. */
	modules: Uint8Array;
	errorCorrection: 'H';
	segments: Array<{ mode: QrSegmentMode; length: number }>;
}

const MODE_IDS = { Byte: 'byte', Alphanumeric: 'alphanumeric', Numeric: 'numeric', Kanji: 'kanji' } as const satisfies Record<ModeId, QrSegmentMode>;

/**
 * Encodes `text` at error-correction level H: a plaque outdoors gets scratched, stickered and
 * weathered, and H still reads with about 30% of the symbol damaged.
 *
 * qrcode's automatic segmentation is optimal for our texts: `https` goes in byte mode and
 * `://HOST/CODE` in alphanumeric mode, so any `https://` address of up to 31 characters fits
 * version 3. tests/core/qr/matrix.test.ts holds that promise, so a library change that breaks it fails there.
 */
export function createQrMatrix(text: string): QrMatrix {
	const symbol = QRCode.create(text, { errorCorrectionLevel: 'H' });
	const { size, data } = symbol.modules;
	return {
		version: symbol.version,
		size,
		// qrcode stores booleans in a Uint8Array; copy so the matrix owns plain 0/1 data.
		modules: Uint8Array.from(data, (value) => (value ? 1 : 0)),
		errorCorrection: 'H',
		segments: symbol.segments.map((segment) => ({ mode: MODE_IDS[segment.mode.id], length: segment.getLength() })),
	};
}

/** 1 when the module at (row, column) is dark; 0 outside the symbol, so callers can scan a quiet zone. */
export function isDarkModule(matrix: QrMatrix, row: number, column: number): boolean {
	if (row < 0 || column < 0 || row >= matrix.size || column >= matrix.size) return false;
	return matrix.modules[row * matrix.size + column] === 1;
}

/** Horizontal runs of dark modules, row by row: renderers draw each run as one filled rectangle. */
export function darkRuns(matrix: QrMatrix): Array<{ row: number; column: number; length: number }> {
	const runs: Array<{ row: number; column: number; length: number }> = [];
	for (let row = 0; row < matrix.size; row++) {
		let column = 0;
		while (column < matrix.size) {
			if (!isDarkModule(matrix, row, column)) { column++; continue; }
			const start = column;
			while (isDarkModule(matrix, row, column)) column++;
			runs.push({ row, column: start, length: column - start });
		}
	}
	return runs;
}
