import type { ReportLang } from '../problems/format.ts';
import { escapeXml as xml } from '../trail/gpx.ts';
import type { ScanTable } from './count.ts';
import { SCAN_LABELS, scanHeading, shortenTitle } from './labels.ts';

/**
 * A stacked bar chart of a scan table: one bar per period, one colour per plaque, the period's
 * total above its bar and a legend with each plaque's total. Self-contained (no script, no web
 * font, no link), readable at 800 px wide, and the same table always gives the same bytes.
 */
export function renderScanChart(table: ScanTable, lang: ReportLang): string {
	const height = Math.max(MIN_HEIGHT, LEGEND_TOP + (table.rows.length + 1) * LEGEND_ROW);
	const level = labelsFit(table.periods);
	// Slanted labels need room below the bars; level ones need one line.
	const plot: Plot = { left: PLOT_LEFT, right: PLOT_RIGHT, top: 64, bottom: height - (level ? 44 : 88) };
	const scale = yScale(Math.max(0, ...table.totals), plot);
	const words = SCAN_LABELS[lang];
	const heading = scanHeading(table.periods, table.by, lang);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="scans-title scans-desc" font-family="${FONT}">`,
		`<title id="scans-title">${xml(heading)}</title>`,
		`<desc id="scans-desc">${xml(describe(table, lang))}</desc>`,
		// An opaque background, so the chart reads the same on a dark page (GitHub's dark theme).
		`<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
		`<text x="24" y="34" font-size="17" font-weight="bold" fill="${INK}">${xml(heading)}</text>`,
		...yAxis(scale, plot, words.scans),
		...table.periods.flatMap((_period, i) => bar(table, i, plot, scale)),
		...xLabels(table.periods, plot, level),
		...legend(table, lang),
		...(table.total === 0 ? [`<text x="${(plot.left + plot.right) / 2}" y="${(plot.top + plot.bottom) / 2}" font-size="14" text-anchor="middle" fill="${MUTED}">${xml(words.noScans)}</text>`] : []),
		'</svg>',
		'',
	].join('\n');
}

interface Plot {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

interface Scale {
	max: number;
	step: number;
	y: (value: number) => number;
}

const WIDTH = 800;
const MIN_HEIGHT = 480;
const PLOT_LEFT = 64;
const PLOT_RIGHT = 556;
const LEGEND_X = 584;
const LEGEND_TOP = 64;
const LEGEND_ROW = 22;
const LEGEND_TITLE_CHARS = 17;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
const INK = '#1f2328';
const MUTED = '#59636e';
const GRID = '#d1d9e0';
// Tableau 10: ten hues chosen to stay apart, also for most colour-blind readers. An eleventh
// plaque reuses the first colour; the legend order still tells the segments apart.
const COLOURS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

/** Gridlines every 1, 2 or 5 × 10ⁿ scans, about five of them, and the axis title. */
function yScale(maxTotal: number, plot: Plot): Scale {
	const raw = Math.max(1, maxTotal) / 5;
	const power = 10 ** Math.floor(Math.log10(raw));
	const step = Math.max(1, ([1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? 10 * power));
	const max = Math.ceil(Math.max(1, maxTotal) / step) * step;
	return { max, step, y: (value) => plot.bottom - (value / max) * (plot.bottom - plot.top) };
}

function yAxis(scale: Scale, plot: Plot, title: string): string[] {
	const ticks = Array.from({ length: Math.round(scale.max / scale.step) + 1 }, (_, i) => i * scale.step);
	const middle = num((plot.top + plot.bottom) / 2);
	return [
		...ticks.map((tick) => `<line x1="${plot.left}" x2="${plot.right}" y1="${num(scale.y(tick))}" y2="${num(scale.y(tick))}" stroke="${tick === 0 ? MUTED : GRID}" stroke-width="1"/>`),
		...ticks.map((tick) => `<text x="${plot.left - 8}" y="${num(scale.y(tick) + 4)}" font-size="11" text-anchor="end" fill="${MUTED}">${tick}</text>`),
		`<text x="20" y="${middle}" font-size="12" text-anchor="middle" fill="${MUTED}" transform="rotate(-90 20 ${middle})">${xml(title)}</text>`,
	];
}

/** One stacked bar: the first plaque on top, in the legend's order, and the total above it. */
function bar(table: ScanTable, i: number, plot: Plot, scale: Scale): string[] {
	const slot = (plot.right - plot.left) / table.periods.length;
	const width = Math.min(48, slot * 0.7);
	const x = plot.left + i * slot + (slot - width) / 2;
	const period = table.periods[i] ?? '';
	const parts: string[] = [];
	let below = 0;
	[...table.rows.entries()].reverse().forEach(([r, row]) => {
		const count = row.counts[i] ?? 0;
		if (count === 0) return;
		const top = scale.y(below + count);
		parts.push(`<rect x="${num(x)}" y="${num(top)}" width="${num(width)}" height="${num(scale.y(below) - top)}" fill="${colour(r)}" stroke="#ffffff" stroke-width="0.5"><title>${xml(`${row.code} ${period}: ${count}`)}</title></rect>`);
		below += count;
	});
	const total = table.totals[i] ?? 0;
	// A number needs about 18 px; daily bars over a season are narrower than that.
	if (total > 0 && slot >= 18) parts.push(`<text x="${num(x + width / 2)}" y="${num(scale.y(total) - 4)}" font-size="11" text-anchor="middle" fill="${INK}">${total}</text>`);
	return parts;
}

/** True when every period label fits level under its bar (11 px text is about 6.6 px a character). */
function labelsFit(periods: readonly string[]): boolean {
	const slot = (PLOT_RIGHT - PLOT_LEFT) / Math.max(1, periods.length);
	return Math.max(0, ...periods.map((p) => p.length)) * 6.6 <= slot - 4;
}

/** Period labels under the bars: level when they fit, slanted when they do not, thinned when even that crowds them. */
function xLabels(periods: readonly string[], plot: Plot, level: boolean): string[] {
	const slot = (plot.right - plot.left) / Math.max(1, periods.length);
	const every = level ? 1 : Math.ceil(14 / slot);
	const y = plot.bottom + 16;
	return periods.flatMap((period, i) => {
		if (i % every !== 0) return [];
		const x = num(plot.left + (i + 0.5) * slot);
		const turn = level ? '' : ` transform="rotate(-45 ${x} ${y})"`;
		return [`<text x="${x}" y="${y}" font-size="11" text-anchor="${level ? 'middle' : 'end'}" fill="${MUTED}"${turn}>${xml(period)}</text>`];
	});
}

function legend(table: ScanTable, lang: ReportLang): string[] {
	const words = SCAN_LABELS[lang];
	const right = WIDTH - 12;
	const head = `<text x="${LEGEND_X}" y="${LEGEND_TOP}" font-size="11" fill="${MUTED}">${xml(`${words.code} · ${words.site}`)}</text><text x="${right}" y="${LEGEND_TOP}" font-size="11" text-anchor="end" fill="${MUTED}">${xml(words.total)}</text>`;
	return [
		head,
		...table.rows.map((row, r) => {
			const y = LEGEND_TOP + (r + 1) * LEGEND_ROW;
			return `<rect x="${LEGEND_X}" y="${y - 10}" width="12" height="12" fill="${colour(r)}"/>` +
				`<text x="${LEGEND_X + 18}" y="${y}" font-size="12" fill="${INK}"><tspan font-weight="bold">${xml(row.code)}</tspan> ${xml(shortenTitle(row.title, LEGEND_TITLE_CHARS))}</text>` +
				`<text x="${right}" y="${y}" font-size="12" text-anchor="end" fill="${INK}">${row.total}</text>`;
		}),
	];
}

/** The chart in words for screen readers: its shape, each period's total, and the most scanned plaque. */
function describe(table: ScanTable, lang: ReportLang): string {
	const words = SCAN_LABELS[lang];
	const periods = table.periods.map((p, i) => `${p}: ${table.totals[i] ?? 0}`).join('; ');
	const top = table.rows.reduce<ScanTable['rows'][number] | undefined>((best, row) => (row.total > (best?.total ?? 0) ? row : best), undefined);
	const most = top ? ` ${words.most}: ${top.code} ${top.title} (${top.total}).` : '';
	return `${words.chartShape(words.unit[table.by])} ${words.total}: ${table.total} ${words.scans}.${periods ? ` ${periods}.` : ''}${most}`;
}

function colour(row: number): string {
	return COLOURS[row % COLOURS.length] ?? '#000000';
}

/** One decimal at most, and never "-0": the same geometry always prints the same text. */
function num(value: number): string {
	const rounded = Math.round(value * 10) / 10;
	return String(rounded === 0 ? 0 : rounded);
}
