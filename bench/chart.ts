import { sites as siteCount } from './goals.ts';
import { SCENARIOS, type Run, type Scenario } from './model.ts';

// The README's chart: milliseconds per site against the number of sites, both on log scales (the
// references are one or two orders of magnitude apart, and a flat line means cost grows linearly).
// One self-contained SVG: no script, no external font, every figure also written as text.

interface Series {
	scenario: Scenario;
	colour: string;
	dash: string;
	marker: 'circle' | 'square' | 'diamond' | 'triangle';
}

const SERIES: readonly Series[] = [
	{ scenario: 'cold', colour: '#b45309', dash: '', marker: 'circle' },
	{ scenario: 'warm-edit', colour: '#1d4ed8', dash: '7 4', marker: 'square' },
	{ scenario: 'astro', colour: '#15803d', dash: '2 4', marker: 'diamond' },
	{ scenario: 'hugo', colour: '#7c3aed', dash: '10 3 2 3', marker: 'triangle' },
];

const W = 760;
const H = 440;
const PLOT = { left: 78, right: 560, top: 64, bottom: 370 };

export function renderChart(runs: readonly Run[], { title = 'ditichso build cost per site', subtitle = '' } = {}): string {
	const lines = SERIES.map((s) => ({
		...s,
		points: runs
			.filter((r) => r.scenario === s.scenario && r.photos === 'small')
			.sort((a, b) => a.sites - b.sites)
			.map((r) => ({ sites: r.sites, ms: r.wallMs / r.sites })),
	})).filter((s) => s.points.length);
	const all = lines.flatMap((s) => s.points);
	const parts: string[] = [];
	parts.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
	parts.push(`<text x="${PLOT.left}" y="28" font-size="18" font-weight="bold">${esc(title)}</text>`);
	if (subtitle) parts.push(`<text x="${PLOT.left}" y="48" font-size="12" fill="#555">${esc(subtitle)}</text>`);
	if (!all.length) {
		parts.push(`<text x="${W / 2}" y="${H / 2}" text-anchor="middle" font-size="14">No builds measured.</text>`);
		return svg(parts, title);
	}
	const sizes = [...new Set(all.map((p) => p.sites))].sort((a, b) => a - b);
	const x = logScale(sizes[0]! / 1.6, sizes.at(-1)! * 1.6, PLOT.left, PLOT.right);
	const [low, high] = decades(Math.min(...all.map((p) => p.ms)), Math.max(...all.map((p) => p.ms)));
	const y = logScale(low, high, PLOT.bottom, PLOT.top);
	// Axes and grid: one line per decade of ms, one tick per size built.
	for (let v = low; v <= high * 1.0001; v *= 10) {
		parts.push(`<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${r1(y(v))}" y2="${r1(y(v))}" stroke="#ddd"/>`);
		parts.push(`<text x="${PLOT.left - 8}" y="${r1(y(v) + 4)}" text-anchor="end" font-size="12">${esc(formatMs(v))}</text>`);
	}
	for (const n of sizes) {
		parts.push(`<line x1="${r1(x(n))}" x2="${r1(x(n))}" y1="${PLOT.top}" y2="${PLOT.bottom}" stroke="#eee"/>`);
		parts.push(`<text x="${r1(x(n))}" y="${PLOT.bottom + 18}" text-anchor="middle" font-size="12">${esc(siteCount(n))}</text>`);
	}
	parts.push(`<rect x="${PLOT.left}" y="${PLOT.top}" width="${PLOT.right - PLOT.left}" height="${PLOT.bottom - PLOT.top}" fill="none" stroke="#888"/>`);
	parts.push(`<text x="${(PLOT.left + PLOT.right) / 2}" y="${PLOT.bottom + 42}" text-anchor="middle" font-size="13">sites in the trail (Vietnamese + English page each)</text>`);
	parts.push(`<text transform="translate(20 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)" text-anchor="middle" font-size="13">wall time per site (log scale)</text>`);
	// The series, each point labelled with its figure.
	for (const s of lines) {
		const label = SCENARIOS[s.scenario];
		parts.push(`<g aria-label="${esc(label)}">`);
		if (s.points.length > 1) {
			const d = s.points.map((p, i) => `${i ? 'L' : 'M'}${r1(x(p.sites))} ${r1(y(p.ms))}`).join(' ');
			parts.push(`<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="2.5"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
		}
		for (const p of s.points) {
			parts.push(marker(s.marker, x(p.sites), y(p.ms), s.colour, `${label}, ${siteCount(p.sites)} sites: ${formatMs(p.ms)} per site`));
			parts.push(`<text x="${r1(x(p.sites) + 8)}" y="${r1(y(p.ms) - 7)}" font-size="11" fill="${s.colour}">${esc(formatMs(p.ms))}</text>`);
		}
		parts.push('</g>');
	}
	// Legend, right of the plot.
	lines.forEach((s, i) => {
		const ly = PLOT.top + 14 + i * 26;
		const lx = PLOT.right + 22;
		parts.push(`<line x1="${lx}" x2="${lx + 34}" y1="${ly}" y2="${ly}" stroke="${s.colour}" stroke-width="2.5"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
		parts.push(marker(s.marker, lx + 17, ly, s.colour));
		parts.push(`<text x="${lx + 44}" y="${ly + 4}" font-size="13">${esc(SCENARIOS[s.scenario])}</text>`);
	});
	return svg(parts, title);
}

function svg(parts: readonly string[], title: string): string {
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" role="img" aria-labelledby="chart-title">\n` +
		`<title id="chart-title">${esc(title)}</title>\n${parts.join('\n')}\n</svg>\n`
	);
}

function marker(shape: Series['marker'], cx: number, cy: number, colour: string, tip?: string): string {
	const t = tip ? `<title>${esc(tip)}</title>` : '';
	const open = (tag: string, attrs: string) => (t ? `<${tag} ${attrs}>${t}</${tag}>` : `<${tag} ${attrs}/>`);
	const style = `fill="${colour}" stroke="#fff" stroke-width="1"`;
	if (shape === 'circle') return open('circle', `cx="${r1(cx)}" cy="${r1(cy)}" r="5" ${style}`);
	if (shape === 'square') return open('rect', `x="${r1(cx - 4.5)}" y="${r1(cy - 4.5)}" width="9" height="9" ${style}`);
	const pts = shape === 'diamond' ? [[0, -6], [6, 0], [0, 6], [-6, 0]] : [[0, -6], [6, 5], [-6, 5]];
	return open('polygon', `points="${pts.map(([dx, dy]) => `${r1(cx + dx!)},${r1(cy + dy!)}`).join(' ')}" ${style}`);
}

/** A log scale mapping [d0, d1] onto [r0, r1]; a single value sits in the middle. */
export function logScale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
	const a = Math.log10(d0);
	const b = Math.log10(d1);
	return (v) => (b === a ? (r0 + r1) / 2 : r0 + ((Math.log10(v) - a) / (b - a)) * (r1 - r0));
}

/** The powers of ten around [min, max], at least one decade apart. */
export function decades(min: number, max: number): [number, number] {
	const low = 10 ** Math.floor(Math.log10(min));
	let high = 10 ** Math.ceil(Math.log10(max));
	if (high <= low) high = low * 10;
	return [low, high];
}

export function formatMs(ms: number): string {
	if (ms >= 1000) return `${Number((ms / 1000).toPrecision(ms >= 10_000 ? 3 : 2))} s`;
	if (ms >= 10) return `${Math.round(ms)} ms`;
	return `${Number(ms.toPrecision(2))} ms`;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

export function esc(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
