import path from 'node:path';
import { parseArgs } from 'node:util';

export const USAGE = `Usage: npm run bench -- [--sites 100,1000,10000] [--photo-sites 200] [--results FILE] [--astro-images] [--keep]
  --sites N[,N…]        trail sizes to build (default, the full run: 100,1000,10000)
  --photo-sites N[,N…]  sizes of the trails with one 4000×3000 phone photo per site; 0 skips them
                        (default: 200 in the full run, none when --sites is given)
  --results FILE        where results.json goes; the chart is written next to it as chart.svg
                        (default: bench/results.json and bench/chart.svg for the full run,
                        node_modules/.cache/ditichso-bench/results.json otherwise, so a smoke run
                        never rewrites the committed figures)
  --astro-images        also build the phone-photo trails with Astro's own image pipeline
                        (astro:assets <Image>; about 8 minutes for 200 photos)
  --keep                keep the temporary folders (trails, outputs, logs) and print where they are
  -h, --help            this help

Each size builds: ditichso cold (empty cache), warm after editing one site, warm with nothing
changed, a plain Astro 7 build of the same Markdown (no plaques, no images) and Hugo.
Smoke test for CI: npm run bench -- --sites 100
Each build's figures are written to node_modules/.cache/ditichso-bench/results.partial.json as soon
as it is measured, so a run stopped half-way keeps what it measured.
`;

export const FULL_SITES = [100, 1000, 10_000];
export const FULL_PHOTO_SITES = [200];

export interface BenchOptions {
	sites: number[];
	photoSites: number[];
	resultsFile: string;
	chartFile: string;
	astroImages: boolean;
	keep: boolean;
	/** No --sites and no --photo-sites: the run whose figures are committed in bench/. */
	full: boolean;
}

export type ParsedArgs = { ok: true; help: true } | { ok: true; help: false; options: BenchOptions } | { ok: false; error: string };

/** Parses the bench's arguments; relative paths are taken from `projectRoot`. */
export function parseBenchArgs(argv: readonly string[], projectRoot: string): ParsedArgs {
	let values;
	try {
		({ values } = parseArgs({
			args: [...argv],
			strict: true,
			allowPositionals: false,
			options: {
				sites: { type: 'string' },
				'photo-sites': { type: 'string' },
				results: { type: 'string' },
				'astro-images': { type: 'boolean' },
				keep: { type: 'boolean' },
				help: { type: 'boolean', short: 'h' },
			},
		}));
	} catch (error) {
		return { ok: false, error: (error as Error).message };
	}
	if (values.help) return { ok: true, help: true };
	const sites = values.sites === undefined ? FULL_SITES : sizes(values.sites, '--sites');
	if (typeof sites === 'string') return { ok: false, error: sites };
	if (!sites.length) return { ok: false, error: '--sites needs at least one size, e.g. --sites 100' };
	const full = values.sites === undefined && values['photo-sites'] === undefined;
	const photoDefault = values.sites === undefined ? FULL_PHOTO_SITES : [];
	const photoSites = values['photo-sites'] === undefined ? photoDefault : sizes(values['photo-sites'], '--photo-sites');
	if (typeof photoSites === 'string') return { ok: false, error: photoSites };
	if (values['astro-images'] && !photoSites.length) return { ok: false, error: '--astro-images builds the phone-photo trails with Astro: give their sizes too, e.g. --photo-sites 200' };
	const resultsFile = path.resolve(
		projectRoot,
		values.results ?? (full ? path.join('bench', 'results.json') : path.join('node_modules', '.cache', 'ditichso-bench', 'results.json')),
	);
	return {
		ok: true,
		help: false,
		options: {
			sites,
			photoSites,
			resultsFile,
			chartFile: path.join(path.dirname(resultsFile), 'chart.svg'),
			astroImages: Boolean(values['astro-images']),
			keep: Boolean(values.keep),
			full,
		},
	};
}

/** "100,1000" → [100, 1000], sorted and without repeats; "0" or "none" → []; an error text otherwise. */
export function sizes(text: string, flag: string): number[] | string {
	if (/^\s*(0|none)\s*$/i.test(text)) return [];
	const parts = text.split(',').map((p) => p.trim().replace(/_/g, ''));
	const numbers = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : NaN));
	const bad = parts.filter((_, i) => !(numbers[i]! >= 1));
	if (bad.length) return `${flag} takes whole numbers of sites separated by commas, e.g. ${flag} 100,1000 (not "${text}")`;
	return [...new Set(numbers)].sort((a, b) => a - b);
}
