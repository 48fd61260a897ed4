import { execFile } from 'node:child_process';
import { DitichsoError } from '../errors.ts';
import { parsePgm, type GreyImage } from '../images/grey-image.ts';

/** poppler's pdftoppm is not installed: the plaques cannot be rasterised, so nothing can be proven. */
export class PdftoppmMissingError extends DitichsoError {
	constructor(options?: { cause?: unknown }) {
		super(
			'pdftoppm (from poppler) could not be run, so the plaques cannot be rasterised and checked. ' +
				'Install it: `apt-get install poppler-utils` (Debian, Ubuntu), `brew install poppler` (macOS), then try again.',
			options,
		);
		this.name = 'PdftoppmMissingError';
	}
}

function run(args: readonly string[]): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		execFile('pdftoppm', [...args], { encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 }, (error, stdout, stderr) => {
			if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') reject(new PdftoppmMissingError({ cause: error }));
			else if (error) reject(new DitichsoError(`pdftoppm ${args.join(' ')} failed: ${stderr.toString('utf8') || error.message}`, { cause: error }));
			else resolve(stdout);
		});
	});
}

/** Throws PdftoppmMissingError unless pdftoppm runs: checked once before any work, so the failure is clear. */
export async function assertPdftoppm(): Promise<void> {
	await run(['-v']);
}

/** The first page of a PDF in grey (`pdftoppm -gray`) at `dpi`, as a print shop's RIP would render it. */
export async function rasterisePdf(pdfPath: string, dpi: number): Promise<GreyImage> {
	return parsePgm(await run(['-gray', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdfPath]));
}
