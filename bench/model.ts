// The figures `npm run bench` records: one `Run` per build measured, as written to results.json.

export type Scenario = 'cold' | 'warm-edit' | 'no-change' | 'astro' | 'hugo' | 'photos-cold' | 'photos-warm' | 'astro-images';

/** How each scenario is named in the table, the chart and results.json, in table order. */
export const SCENARIOS: Record<Scenario, string> = {
	cold: 'ditichso cold',
	'warm-edit': 'ditichso warm, 1 edit',
	'no-change': 'ditichso no change',
	astro: 'plain Astro 7',
	hugo: 'Hugo',
	'photos-cold': 'ditichso cold, phone photos',
	'photos-warm': 'ditichso warm, phone photos',
	'astro-images': 'Astro <Image>, phone photos',
};

/** What `scripts/build.ts --stats FILE` writes; every field may be missing (older builds write none). */
export interface BuildStats {
	sites?: number;
	languages?: number;
	pages?: number;
	wallMs?: number;
	maxRssBytes?: number;
	/** Milliseconds per stage: check, plaques, pages, images, hosting, compress, … */
	stages?: Record<string, number>;
	/** Files made in this build, by kind. */
	made?: Record<string, number>;
	/** Files taken from the cache, by kind. */
	fromCache?: Record<string, number>;
	/** How many site pages Astro rendered again (the build lists them). */
	renderedSitePages?: number;
}

export interface Run {
	scenario: Scenario;
	sites: number;
	/** The cover of every site: the small 640×480 sample size, or a phone's 4000×3000. */
	photos: 'small' | 'phone';
	/** Measured from outside (the figures of record). */
	wallMs: number;
	/** Peak of the summed VmRSS of the process tree (see `peakBytes` for the figure of record). */
	peakRssBytes: number;
	/** Largest VmHWM of one process of the tree. */
	peakHwmBytes: number;
	/** HTML files in the output. */
	htmlFiles?: number;
	stats?: BuildStats;
}

/**
 * The peak memory of record: the largest summed VmRSS of the tree, or the largest VmHWM of one of
 * its processes when that is higher (a spike between two samples still shows in the high-water mark).
 */
export const peakBytes = (r: Pick<Run, 'peakRssBytes' | 'peakHwmBytes'>) => Math.max(r.peakRssBytes, r.peakHwmBytes);

export interface Goal {
	id: string;
	text: string;
	status: 'met' | 'not met' | 'not measured';
	/** The measured figure, in words (or why there is none). */
	measured: string;
}

export interface Machine {
	cpus: number;
	cpuModel: string;
	memGB: number;
	node: string;
	hugo: string;
	astro: string;
	platform: string;
}

export interface Results {
	machine: Machine;
	date: string;
	/** The arguments of the run, e.g. `--sites 100`. */
	args: string[];
	/** Whether scripts/build.ts knew `--stats` (per-stage times and made/fromCache counts). */
	buildStats: boolean;
	runs: Run[];
	goals: Goal[];
}

/** Keeps only the numeric fields of a parsed --stats file, so a changed format never breaks the bench. */
export function readStats(json: unknown): BuildStats {
	if (!json || typeof json !== 'object') return {};
	const o = json as Record<string, unknown>;
	const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
	const map = (v: unknown) => {
		if (!v || typeof v !== 'object') return undefined;
		const entries = Object.entries(v as Record<string, unknown>).flatMap(([k, x]) => (num(x) === undefined ? [] : [[k, x as number] as const]));
		return Object.fromEntries(entries);
	};
	const stats: BuildStats = {};
	for (const key of ['sites', 'languages', 'pages', 'wallMs', 'maxRssBytes'] as const) {
		const v = num(o[key]);
		if (v !== undefined) stats[key] = v;
	}
	for (const key of ['stages', 'made', 'fromCache'] as const) {
		const v = map(o[key]);
		if (v) stats[key] = v;
	}
	if (Array.isArray(o['renderedSitePages'])) stats.renderedSitePages = o['renderedSitePages'].length;
	return stats;
}
