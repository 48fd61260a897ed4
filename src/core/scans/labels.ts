import type { ReportLang } from '../problems/format.ts';
import type { Granularity } from './periods.ts';

/** The words of the scan report, shared by the table, the chart and the summary line. */
export interface ScanLabels {
	heading: string;
	per: Record<Granularity, string>;
	/** A period's name, for the chart's description: "tháng". */
	unit: Record<Granularity, string>;
	/** Between the first and the last period of a heading: "2025-03 đến 2025-05". */
	to: string;
	code: string;
	site: string;
	total: string;
	allPlaques: string;
	scans: string;
	noScans: string;
	/** The chart's description for screen readers, before the numbers. */
	chartShape: (unit: string) => string;
	most: string;
}

// "Bảng" is the glossary's word for a plaque (DOMAIN.md: "bia" reads as a stele).
export const SCAN_LABELS = {
	vi: {
		heading: 'Lượt quét bảng QR',
		per: { day: 'theo ngày', week: 'theo tuần', month: 'theo tháng' },
		unit: { day: 'ngày', week: 'tuần', month: 'tháng' },
		to: 'đến',
		code: 'Mã bảng',
		site: 'Di tích',
		total: 'Tổng',
		allPlaques: 'Tổng cộng',
		scans: 'lượt quét',
		noScans: 'Không có lượt quét nào trong khoảng thời gian này.',
		chartShape: (unit) => `Biểu đồ cột chồng: mỗi cột là một ${unit}, mỗi màu là một bảng QR, số trên cột là tổng của ${unit} đó.`,
		most: 'Nhiều nhất',
	},
	en: {
		heading: 'QR plaque scans',
		per: { day: 'per day', week: 'per week', month: 'per month' },
		unit: { day: 'day', week: 'week', month: 'month' },
		to: 'to',
		code: 'Plaque code',
		site: 'Site',
		total: 'Total',
		allPlaques: 'All plaques',
		scans: 'scans',
		noScans: 'No scans in this period.',
		chartShape: (unit) => `Stacked bar chart: one bar per ${unit}, one colour per QR plaque, the number above a bar is that ${unit}'s total.`,
		most: 'Most scanned',
	},
} as const satisfies Record<ReportLang, ScanLabels>;

/** "Lượt quét bảng QR theo tháng, 2025-03 đến 2025-05": the first line of the table and the chart's title. */
export function scanHeading(periods: readonly string[], by: Granularity, lang: ReportLang): string {
	const words = SCAN_LABELS[lang];
	const first = periods[0];
	const last = periods.at(-1);
	const span = first === undefined ? '' : first === last ? `, ${first}` : `, ${first} ${words.to} ${last}`;
	return `${words.heading} ${words.per[by]}${span}`;
}

/** A title cut to `max` characters (code points), ending in "…" when cut. */
export function shortenTitle(title: string, max: number): string {
	const chars = [...title];
	return chars.length <= max ? title : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
