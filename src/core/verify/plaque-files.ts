import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Trail } from '../content/trail.ts';
import { codeToQrText } from '../links/short-url.ts';
import { CODE_PATTERN } from '../schema/code.ts';
import { PLAQUES_DIR } from '../publish/plaques.ts';
import type { DegradationSet } from './degradations.ts';
import type { PlaqueCheck, PlaqueJob } from './verify-plaque.ts';

/** Every PDF under `<siteDir>/plaques/`, at any depth (other sizes live in `plaques/<size>/`), sorted, with forward slashes. */
export async function listPlaquePdfs(siteDir: string): Promise<string[]> {
	const root = path.join(siteDir, PLAQUES_DIR);
	const entries = await readdir(root, { withFileTypes: true, recursive: true }).catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return [];
		throw error;
	});
	return entries
		.filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.pdf'))
		.map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
		.sort();
}

export interface PlaquePlan {
	jobs: PlaqueJob[];
	/** Files that cannot be checked, and sites without a default-size plaque: each is a failure. */
	unchecked: PlaqueCheck[];
	/** PDFs not named after a code, such as the all-in-one sheets (`tat-ca-a5.pdf`): listed, not checked. */
	skipped: string[];
}

/**
 * Pairs each PDF with the text its QR code must hold, by file name (`<CODE>.pdf`). The
 * default-size plaques (`plaques/<CODE>.pdf`) get the full set of degradations; other sizes get the
 * quick set unless `fullEverywhere`. A site with no default-size PDF, or a PDF named after a code
 * no site has, fails.
 */
export function planPlaqueChecks(trail: Pick<Trail, 'sites' | 'settings'>, files: readonly string[], siteDir: string, fullEverywhere = false): PlaquePlan {
	const expected = new Map(trail.sites.map((site) => [site.data.code, codeToQrText(trail.settings.baseUrl, site.data.code)]));
	const jobs: PlaqueJob[] = [];
	const unchecked: PlaqueCheck[] = [];
	const skipped: string[] = [];
	for (const file of files) {
		const code = path.posix.basename(file).replace(/\.pdf$/i, '');
		if (!CODE_PATTERN.test(code)) {
			skipped.push(file);
			continue;
		}
		const text = expected.get(code);
		const isDefaultSize = path.posix.dirname(file) === PLAQUES_DIR;
		const set: DegradationSet = isDefaultSize || fullEverywhere ? 'full' : 'quick';
		if (text === undefined) unchecked.push(failed(file, code, undefined, `no site has the code ${code}`));
		else jobs.push({ file, absolutePath: path.join(siteDir, ...file.split('/')), code, expected: text, set });
	}
	for (const [code, text] of expected) {
		const file = `${PLAQUES_DIR}/${code}.pdf`;
		if (!files.includes(file)) unchecked.push(failed(file, code, text, 'the file is missing: build the site first'));
	}
	return { jobs, unchecked, skipped };
}

function failed(file: string, code: string, expected: string | undefined, problem: string): PlaqueCheck {
	return { file, code, expected, dpi: 0, pxPerModule: undefined, rows: [], problem, ok: false };
}
