import { spawnSync } from 'node:child_process';
import { parsePgm, type GreyImage } from './pgm.ts';

/**
 * Command-line PDF tools for the e2e tests: poppler (`pdftoppm`, `pdffonts`, `pdfinfo`) and
 * `qpdf`. They are required, not optional: a missing tool throws with the package to install
 * (`.ci/run` installs them), so the suite fails loudly instead of skipping.
 */

/** Each tool the e2e tests run, the argument that makes it print its version, and its Debian package. */
export const REQUIRED_TOOLS = [
	{ command: 'pdftoppm', versionArg: '-v', apt: 'poppler-utils' },
	{ command: 'pdffonts', versionArg: '-v', apt: 'poppler-utils' },
	{ command: 'pdfinfo', versionArg: '-v', apt: 'poppler-utils' },
	{ command: 'qpdf', versionArg: '--version', apt: 'qpdf' },
	{ command: 'java', versionArg: '-version', apt: 'default-jre-headless' },
] as const;

/** Throws, naming the package to install, unless every tool in `REQUIRED_TOOLS` runs. */
export function requireTools(): void {
	const missing = REQUIRED_TOOLS.filter((tool) => spawnSync(tool.command, [tool.versionArg], { stdio: 'ignore' }).error !== undefined);
	if (missing.length === 0) return;
	const packages = [...new Set(missing.map((tool) => tool.apt))].join(' ');
	throw new Error(
		`The e2e tests need ${missing.map((tool) => tool.command).join(', ')}, which could not be run. ` +
			`Install them with: apt-get install -y --no-install-recommends ${packages} (.ci/run does this).`,
	);
}

export interface RunResult {
	status: number;
	stdout: Buffer;
	stderr: string;
}

/** Runs a tool and returns its exit status and output; throws only when it cannot be started at all. */
export function runTool(command: string, args: readonly string[]): RunResult {
	const result = spawnSync(command, [...args], { maxBuffer: 512 * 1024 * 1024 });
	if (result.error) {
		const apt = REQUIRED_TOOLS.find((tool) => tool.command === command)?.apt ?? command;
		throw new Error(`Could not run ${command} (${result.error.message}). Install ${apt}: .ci/run does this.`);
	}
	return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

/** Like `runTool`, but throws with the tool's stderr unless it exits 0. */
function runOk(command: string, args: readonly string[]): Buffer {
	const result = runTool(command, args);
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stderr}`);
	return result.stdout;
}

/** The first page of a PDF as a greyscale image (`pdftoppm -gray`), at `dpi` dots per inch. */
export function rasterisePdf(pdfPath: string, dpi = 150): GreyImage {
	return parsePgm(runOk('pdftoppm', ['-gray', '-r', String(dpi), '-singlefile', '-f', '1', '-l', '1', pdfPath]));
}

/** One row of `pdffonts`. */
export interface PdfFont {
	name: string;
	type: string;
	encoding: string;
	embedded: boolean;
	subset: boolean;
	unicode: boolean;
}

/**
 * The fonts of a PDF, from `pdffonts`. Columns are cut at the dashes under the header, since a
 * font type such as "CID TrueType" contains a space.
 */
export function pdfFonts(pdfPath: string): PdfFont[] {
	const lines = runOk('pdffonts', [pdfPath]).toString('utf8').split('\n');
	const dashes = lines[1] ?? '';
	if (!/^-+( -+)+\s*$/.test(dashes)) throw new Error(`Unexpected pdffonts output:\n${lines.join('\n')}`);
	const columns = [...dashes.matchAll(/-+/g)].map((m) => [m.index, m.index + m[0].length] as const);
	const cell = (line: string, index: number): string => {
		const [start, end] = columns[index]!;
		return line.slice(start, end).trim();
	};
	return lines.slice(2).filter((line) => line.trim() !== '').map((line) => ({
		name: cell(line, 0),
		type: cell(line, 1),
		encoding: cell(line, 2),
		embedded: cell(line, 3) === 'yes',
		subset: cell(line, 4) === 'yes',
		unicode: cell(line, 5) === 'yes',
	}));
}

/** A PDF box in points: lower-left and upper-right corners. */
export interface PdfBox {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export type PdfBoxName = 'MediaBox' | 'CropBox' | 'BleedBox' | 'TrimBox' | 'ArtBox';

const BOX_NAMES: readonly PdfBoxName[] = ['MediaBox', 'CropBox', 'BleedBox', 'TrimBox', 'ArtBox'];

/**
 * Every page's boxes from one `pdfinfo -box -f <first> -l <last>` call, index 0 being page `first`.
 * pdfinfo stops at the last page of the file, so `last` may be larger; it prints "Page N" before
 * each box when given a range, and the bare box names otherwise (both are read as page `first`).
 */
function readBoxes(pdfPath: string, first: number, last: number): Array<Record<PdfBoxName, PdfBox>> {
	const text = runOk('pdfinfo', ['-box', '-f', String(first), '-l', String(last), pdfPath]).toString('utf8');
	const pageCount = Number(/^Pages:\s+(\d+)\s*$/m.exec(text)?.[1]);
	if (!Number.isInteger(pageCount)) throw new Error(`pdfinfo printed no page count for ${pdfPath}:\n${text}`);
	const pages = new Map<number, Partial<Record<PdfBoxName, PdfBox>>>();
	for (const match of text.matchAll(/^(?:Page\s+(\d+)\s+)?(MediaBox|CropBox|BleedBox|TrimBox|ArtBox):\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s*$/gm)) {
		const page = match[1] === undefined ? first : Number(match[1]);
		const [x0, y0, x1, y1] = match.slice(3, 7).map(Number) as [number, number, number, number];
		const boxes = pages.get(page) ?? {};
		boxes[match[2] as PdfBoxName] = { x0, y0, x1, y1 };
		pages.set(page, boxes);
	}
	const result: Array<Record<PdfBoxName, PdfBox>> = [];
	for (let page = first; page <= Math.min(last, pageCount); page++) {
		const boxes = pages.get(page) ?? {};
		const absent = BOX_NAMES.filter((name) => !boxes[name]);
		if (absent.length) throw new Error(`pdfinfo -box printed no ${absent.join(', ')} for page ${page} of ${pdfPath}:\n${text}`);
		result.push(boxes as Record<PdfBoxName, PdfBox>);
	}
	if (result.length === 0) throw new Error(`${pdfPath} has ${pageCount} pages, so no page ${first}`);
	return result;
}

/** The page boxes of one page (the first unless `page` is given), from `pdfinfo -box -f N -l N`. */
export function pdfBoxes(pdfPath: string, page = 1): Record<PdfBoxName, PdfBox> {
	return readBoxes(pdfPath, page, page)[0]!;
}

/**
 * The page boxes of every page, in page order, so the array's length is the page count: one
 * `pdfinfo -box -f 1 -l <last>` call, quicker than one call per page of a multi-page PDF.
 */
export function pdfPageBoxes(pdfPath: string): Array<Record<PdfBoxName, PdfBox>> {
	return readBoxes(pdfPath, 1, 2 ** 31 - 1);
}

/** Points (1/72 inch) to millimetres. */
export function ptToMm(pt: number): number {
	return (pt * 25.4) / 72;
}

/** A box's width and height in millimetres. */
export function boxSizeMm(box: PdfBox): { widthMm: number; heightMm: number } {
	return { widthMm: ptToMm(box.x1 - box.x0), heightMm: ptToMm(box.y1 - box.y0) };
}

/** `qpdf --check`: exit status 0 means no errors and no warnings (2 = errors, 3 = warnings). */
export function qpdfCheck(pdfPath: string): { status: number; output: string } {
	const result = runTool('qpdf', ['--check', pdfPath]);
	return { status: result.status, output: `${result.stdout.toString('utf8')}${result.stderr}` };
}
