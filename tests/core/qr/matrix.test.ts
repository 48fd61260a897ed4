import jsQR from 'jsqr';
import QRCode from 'qrcode';
import { describe, expect, test } from 'vitest';
import { codeToQrText, codeToShortUrl } from '../../../src/core/links/short-url.ts';
import { createQrMatrix, darkRuns, isDarkModule, QUIET_ZONE_MODULES, type QrMatrix } from '../../../src/core/qr/matrix.ts';

const SAMPLE = 'https://DAMHA.EXAMPLE.VN/DH01';

/** Every `https://HOST/CODE` of 31 characters or fewer from a few host and code shapes. */
function shortPlaqueUrls(): string[] {
	const hosts = ['A.VN', 'DAMHA.VN', 'DAMHA.EXAMPLE.VN', 'DITICH-QN.GOV.VN', 'X1.Y2.Z3.VN', 'ABCDEFGHIJKLMNOPQR.VN'];
	const codes = ['DH', 'DH01', 'Q7', '12345678', 'ABCDEFGH', 'A1B2C3'];
	return hosts.flatMap((host) => codes.map((code) => `https://${host}/${code}`)).filter((url) => url.length <= 31);
}

/** Draws the matrix with its quiet zone, 4 px a module, as RGBA for jsQR. */
function rasterise(matrix: QrMatrix, pxPerModule = 4): { data: Uint8ClampedArray; side: number } {
	const side = (matrix.size + 2 * QUIET_ZONE_MODULES) * pxPerModule;
	const data = new Uint8ClampedArray(side * side * 4).fill(255);
	for (let y = 0; y < side; y++) {
		for (let x = 0; x < side; x++) {
			const row = Math.floor(y / pxPerModule) - QUIET_ZONE_MODULES;
			const column = Math.floor(x / pxPerModule) - QUIET_ZONE_MODULES;
			if (isDarkModule(matrix, row, column)) data.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
		}
	}
	return { data, side };
}

describe('createQrMatrix', () => {
	test('encodes the sample plaque address as version 3 at level H', () => {
		const matrix = createQrMatrix(SAMPLE);
		expect(SAMPLE).toHaveLength(29);
		expect(matrix).toMatchObject({ version: 3, size: 29, errorCorrection: 'H' });
		expect(matrix.modules).toHaveLength(29 * 29);
		expect(matrix.segments).toEqual([
			{ mode: 'byte', length: 5 },
			{ mode: 'alphanumeric', length: 24 },
		]);
	});

	test('fits every https address of up to 31 characters with a capital host and code in version 3 (shorter ones may fit version 2)', () => {
		const urls = shortPlaqueUrls();
		expect(urls.length).toBeGreaterThan(20);
		const longest = urls.filter((url) => url.length === 31);
		expect(longest.length).toBeGreaterThan(0);
		for (const url of urls) expect({ url, fitsVersion3: createQrMatrix(url).version <= 3 }).toEqual({ url, fitsVersion3: true });
		// 31 characters fill version 3-H's 208 data bits exactly: the limit is real, not a margin.
		for (const url of longest) expect(createQrMatrix(url).version).toBe(3);
		expect(createQrMatrix(`${longest[0]}X`).version).toBe(4);
	});

	test.each([
		['https://damha.example.vn', 'DH01'],
		['https://damha.example.vn', 'A1'],
		['http://damha.example.vn', 'DH01'],
		['https://example.org/damha', 'DH01'],
		['https://example.org/Di-Tich/Quang-Ninh', 'QN123456'],
		['https://example.org/DAMHA', 'DH01'],
		['https://di-tich-lich-su-van-hoa-quang-ninh.example.gov.vn', 'DH01'],
		['https://123.45.67.89', 'DH01'],
		['https://damha2025.example.vn:8443', 'Z9Z9Z9Z9'],
	])('never needs a larger symbol than the lower-case address: %s + %s', (baseUrl, code) => {
		const ours = createQrMatrix(codeToQrText(baseUrl, code)).version;
		const lowerCase = QRCode.create(codeToShortUrl(baseUrl, code).toLowerCase(), { errorCorrectionLevel: 'H' }).version;
		expect(ours).toBeLessThanOrEqual(lowerCase);
	});

	test.each([SAMPLE, 'https://EXAMPLE.ORG/damha/DH01', 'http://A.VN/12345678'])('decodes back to exactly %s', (text) => {
		const { data, side } = rasterise(createQrMatrix(text));
		expect(jsQR(data, side, side)?.data).toBe(text);
	});

	test('returns plain data that survives structured cloning', () => {
		const matrix = createQrMatrix(SAMPLE);
		expect(structuredClone(matrix)).toEqual(matrix);
		expect(new Set(matrix.modules)).toEqual(new Set([0, 1]));
	});
});

describe('darkRuns', () => {
	test('covers every dark module exactly once, with runs that never touch', () => {
		const matrix = createQrMatrix(SAMPLE);
		const covered = new Uint8Array(matrix.size * matrix.size);
		for (const run of darkRuns(matrix)) {
			expect(isDarkModule(matrix, run.row, run.column - 1)).toBe(false);
			expect(isDarkModule(matrix, run.row, run.column + run.length)).toBe(false);
			for (let i = 0; i < run.length; i++) covered[run.row * matrix.size + run.column + i]! += 1;
		}
		expect(covered).toEqual(matrix.modules);
	});
});
