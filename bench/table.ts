import { describeCounts, sites } from './goals.ts';
import { peakBytes, SCENARIOS, type Goal, type Run, type Scenario } from './model.ts';

// The printed report: one aligned row per build measured, then the ratios, the files made by the
// warm builds, and the goals. Plain text, so it reads the same in a terminal and in a CI log.

const ORDER = Object.keys(SCENARIOS) as Scenario[];
const OURS: ReadonlySet<Scenario> = new Set(['cold', 'warm-edit', 'no-change', 'photos-cold', 'photos-warm']);
const STAGES = ['check', 'plaques', 'pages', 'images'] as const;
const DASH = '–';

/** Runs in table order: phone-photo trails after the small-cover ones, then by scenario, then by size. */
export function sortRuns(runs: readonly Run[]): Run[] {
	const group = (r: Run) => (r.photos === 'phone' ? 1 : 0);
	return [...runs].sort((a, b) => group(a) - group(b) || a.sites - b.sites || ORDER.indexOf(a.scenario) - ORDER.indexOf(b.scenario));
}

export const msPerSite = (r: Run) => r.wallMs / r.sites;

/** The reference a ditichso run is compared with: plain Astro for small covers, Astro's image pipeline for phone photos. */
function referenceFor(runs: readonly Run[], r: Run, kind: 'astro' | 'hugo'): Run | undefined {
	if (!OURS.has(r.scenario)) return undefined;
	const scenario: Scenario = kind === 'hugo' ? 'hugo' : r.photos === 'phone' ? 'astro-images' : 'astro';
	return runs.find((x) => x.scenario === scenario && x.sites === r.sites && (kind === 'hugo' ? x.photos === 'small' : true));
}

/** ms per site at this size ÷ ms per site of the same scenario at the smallest size it was built. */
function growth(runs: readonly Run[], r: Run): number | undefined {
	const same = runs.filter((x) => x.scenario === r.scenario);
	if (same.length < 2) return undefined;
	const smallest = same.reduce((a, b) => (b.sites < a.sites ? b : a));
	return msPerSite(r) / msPerSite(smallest);
}

const fixed = (x: number | undefined, digits: number) => (x === undefined ? DASH : x.toFixed(digits));
const secs = (ms: number | undefined) => (ms === undefined ? DASH : (ms / 1000).toFixed(ms < 1000 ? 2 : 1));

export function formatTable(runs: readonly Run[]): string {
	const header = ['scenario', 'sites', 'wall s', 'peak RSS MB', ...STAGES.map((s) => `${s} s`), 'ms/site', '÷ Astro', '÷ Hugo', 'growth'];
	const rows = sortRuns(runs).map((r) => {
		const astro = referenceFor(runs, r, 'astro');
		const hugo = referenceFor(runs, r, 'hugo');
		return [
			SCENARIOS[r.scenario],
			sites(r.sites),
			secs(r.wallMs),
			fixed(peakBytes(r) / 1024 ** 2, 0),
			...STAGES.map((s) => secs(r.stats?.stages?.[s])),
			fixed(msPerSite(r), 1),
			astro ? fixed(r.wallMs / astro.wallMs, 2) : DASH,
			hugo ? fixed(r.wallMs / hugo.wallMs, 1) : DASH,
			fixed(growth(runs, r), 2),
		];
	});
	return align([header, ...rows]);
}

/** Columns padded to their widest cell: the first left-aligned, the others right-aligned. */
export function align(rows: readonly (readonly string[])[]): string {
	const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => [...(row[c] ?? '')].length)));
	const line = (row: readonly string[]) =>
		row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd();
	return [line(rows[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n') + '\n';
}

/** One line per size: ditichso's cold and warm builds against the two references. */
export function formatRatios(runs: readonly Run[]): string {
	const lines: string[] = [];
	for (const n of [...new Set(runs.filter((r) => r.photos === 'small').map((r) => r.sites))].sort((a, b) => a - b)) {
		const get = (s: Scenario) => runs.find((r) => r.scenario === s && r.sites === n && r.photos === 'small');
		const astro = get('astro');
		const hugo = get('hugo');
		const parts = (['cold', 'warm-edit', 'no-change'] as const).flatMap((s) => {
			const r = get(s);
			if (!r) return [];
			const vs = [astro && `${(r.wallMs / astro.wallMs).toFixed(2)}× plain Astro`, hugo && `${(r.wallMs / hugo.wallMs).toFixed(1)}× Hugo`].filter(Boolean);
			return vs.length ? [`${SCENARIOS[s]} ${vs.join(', ')}`] : [];
		});
		if (parts.length) lines.push(`  ${sites(n)} sites: ${parts.join('; ')}`);
	}
	const cold = runs.filter((r) => r.scenario === 'cold').sort((a, b) => a.sites - b.sites);
	if (cold.length > 1) {
		const base = msPerSite(cold[0]!);
		lines.push(`  cost per site, cold: ${cold.map((r) => `${sites(r.sites)}: ${msPerSite(r).toFixed(1)} ms (${(msPerSite(r) / base).toFixed(2)}×)`).join(', ')}`);
	}
	return lines.length ? `Ratios of wall time:\n${lines.join('\n')}\n` : '';
}

/** What the ditichso builds made and took from the cache (from `--stats`), for the warm ones above all. */
export function formatMade(runs: readonly Run[]): string {
	const lines = sortRuns(runs)
		.filter((r) => OURS.has(r.scenario) && (r.stats?.made || r.stats?.fromCache))
		.map((r) => {
			const rendered = r.stats?.renderedSitePages === undefined ? '' : `; site pages rendered ${r.stats.renderedSitePages}`;
			return `  ${SCENARIOS[r.scenario]}, ${sites(r.sites)} sites: made ${describeCounts(r.stats?.made)}; from the cache ${describeCounts(r.stats?.fromCache)}${rendered}`;
		});
	return lines.length ? `Files made (from --stats):\n${lines.join('\n')}\n` : '';
}

const MARK: Record<Goal['status'], string> = { met: 'met', 'not met': 'NOT MET', 'not measured': 'not measured' };

export function formatGoals(goals: readonly Goal[]): string {
	const width = Math.max(...Object.values(MARK).map((m) => m.length));
	return `Goals (issue #7):\n${goals.map((g) => `  ${MARK[g.status].padEnd(width)}  ${g.text}: ${g.measured}`).join('\n')}\n`;
}

export function formatReport(runs: readonly Run[], goals: readonly Goal[]): string {
	return [formatTable(runs), formatRatios(runs), formatMade(runs), formatGoals(goals)].filter(Boolean).join('\n');
}
