/**
 * Calendar periods for counting scans: a day `2025-03-05`, an ISO week `2025-W10` (Monday first;
 * the week belongs to the year of its Thursday), a month `2025-03`. Labels sort as text in time
 * order, so they serve as keys, CSV values and column headings alike.
 */
export type Granularity = 'day' | 'week' | 'month';

export const GRANULARITIES: readonly Granularity[] = ['day', 'week', 'month'];

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local calendar day of an instant, in the log's own offset: a scan at 06:30 in Đầm Hà is 23:30 UTC the day before. */
export function localDay(time: Date, offsetMinutes: number): string {
	return new Date(time.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** The day, ISO week or month that holds a calendar day (`YYYY-MM-DD`). */
export function periodOfDay(day: string, by: Granularity): string {
	if (by === 'day') return day;
	if (by === 'month') return day.slice(0, 7);
	const date = dayToDate(day);
	const mondayBased = (date.getUTCDay() + 6) % 7;
	const thursday = new Date(date.getTime() + (3 - mondayBased) * DAY_MS);
	const year = thursday.getUTCFullYear();
	const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
	return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Every period from the one holding `firstDay` to the one holding `lastDay`, gaps included; [] when first > last. */
export function periodRange(firstDay: string, lastDay: string, by: Granularity): string[] {
	const periods: string[] = [];
	for (let t = dayToDate(firstDay).getTime(); t <= dayToDate(lastDay).getTime(); t += DAY_MS) {
		const period = periodOfDay(new Date(t).toISOString().slice(0, 10), by);
		if (periods.at(-1) !== period) periods.push(period);
	}
	return periods;
}

/** True for a real calendar day written `YYYY-MM-DD` (not 2025-02-30). */
export function isCalendarDay(text: string): boolean {
	const m = DAY.exec(text);
	return m !== null && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().startsWith(text);
}

function dayToDate(day: string): Date {
	return new Date(`${day}T00:00:00Z`);
}
