import { describe, expect, test } from 'vitest';
import { countScans, plaqueCode, tabulateScans, type Scan } from '../../../src/core/scans/count.ts';

const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1';
const PLAQUES = [
	{ code: 'DH01', title: 'Đình Đầm Hà' },
	{ code: 'DH02', title: 'Chùa Đầm Hà – Miếu Quan Lớn' },
];
const CODES = new Map(PLAQUES.map((p) => [p.code, p.code]));

/** A log line at a time of 5 March 2025 (server time +0700). */
function line(time: string, path = '/DH01', { who = '203.0.113.7', method = 'GET', status = 200, ua = PHONE, day = '05' } = {}): string {
	return `${who} - - [${day}/Mar/2025:${time} +0700] "${method} ${path} HTTP/1.1" ${status} 512 "-" "${ua}"`;
}

describe('plaqueCode', () => {
	test.each([
		['/DH01', 'DH01'],
		['/dh01', 'DH01'],
		['/DH01/', 'DH01'],
		['/Dh01/', 'DH01'],
		['/DH01?utm_source=qr', 'DH01'],
		['/dh01/?a=1&b=2', 'DH01'],
		['/DH01#top', 'DH01'],
		['https://damha.example.vn/DH01', 'DH01'],
		['/DH03', undefined], // not a known code
		['/DH01.html', undefined],
		['/DH01//', undefined],
		['/vi/dinh-dam-ha/', undefined],
		['/_astro/site.css', undefined],
		['/', undefined],
		['/DH01/extra', undefined],
	])('path %s → %s', (path, code) => {
		expect(plaqueCode({ method: 'GET', status: 200, path }, CODES)).toBe(code);
	});

	test.each([
		['GET', 200, 'DH01'],
		['GET', 304, 'DH01'],
		['GET', 301, 'DH01'],
		['GET', 302, 'DH01'],
		['GET', 308, 'DH01'],
		['GET', 307, undefined],
		['GET', 404, undefined],
		['GET', 500, undefined],
		['HEAD', 200, undefined],
		['POST', 200, undefined],
	])('%s answered %i → %s', (method, status, code) => {
		expect(plaqueCode({ method, status, path: '/DH01' }, CODES)).toBe(code);
	});
});

describe('countScans', () => {
	test('the repeat rule: 30 minutes after the last counted scan of the same address and plaque', () => {
		const log = [
			line('09:00:00'), // counted
			line('09:29:59'), // 29 min 59 s after: a repeat
			line('09:30:00'), // exactly 30 min after the counted one: counted
			line('09:50:00'), // a repeat, and it does not move the window…
			line('10:00:00'), // …so this one counts
			line('09:05:00', '/DH02'), // another plaque, same address: counted
			line('09:06:00', '/DH01', { who: '2001:db8::1' }), // another address: counted
			line('09:07:00', '/DH01', { who: '2001:DB8::1' }), // the same address written in capitals: a repeat
		].join('\n');
		const { scans, tally } = countScans([log], PLAQUES);
		expect(tally).toEqual({ lines: 8, unparseable: 0, bots: 0, notPlaque: 0, repeats: 3, outside: 0, counted: 5 });
		expect(scans).toEqual([
			{ code: 'DH01', day: '2025-03-05' },
			{ code: 'DH02', day: '2025-03-05' },
			{ code: 'DH01', day: '2025-03-05' },
			{ code: 'DH01', day: '2025-03-05' },
			{ code: 'DH01', day: '2025-03-05' },
		]);
	});

	test('sorts hits from several files by time before the repeat rule', () => {
		const later = line('09:10:00');
		const earlier = line('09:00:00');
		expect(countScans([later, earlier], PLAQUES).tally).toMatchObject({ repeats: 1, counted: 1 });
	});

	test('a redirect to the trailing-slash address counts once', () => {
		const log = [line('09:00:00', '/DH01', { status: 301 }), line('09:00:01', '/DH01/')].join('\n');
		expect(countScans([log], PLAQUES).tally).toMatchObject({ repeats: 1, counted: 1 });
	});

	test('a failed hit starts no window: the retry counts', () => {
		const log = [line('09:00:00', '/DH01', { status: 500 }), line('09:00:20')].join('\n');
		expect(countScans([log], PLAQUES).tally).toMatchObject({ notPlaque: 1, counted: 1 });
	});

	test('sorts every line into exactly one kind; blank lines are not lines', () => {
		const log = [
			line('09:00:00'),
			line('09:00:01', '/DH01', { ua: 'facebookexternalhit/1.1' }),
			line('09:00:02', '/vi/dinh-dam-ha/'),
			line('09:00:03', '/DH01', { method: 'HEAD' }),
			line('09:00:04', '/DH09'),
			'',
			'   ',
			'not a log line',
			line('09:10:00'),
		].join('\r\n');
		expect(countScans([log], PLAQUES).tally).toEqual({ lines: 7, unparseable: 1, bots: 1, notPlaque: 3, repeats: 1, outside: 0, counted: 1 });
	});

	test('counts days in the log’s own time: 06:30 in Đầm Hà is the same local day', () => {
		const { scans } = countScans([line('06:30:00')], PLAQUES);
		expect(scans).toEqual([{ code: 'DH01', day: '2025-03-05' }]);
	});

	test('applies --from and --to after the repeat rule, so a day counted alone matches a longer report', () => {
		const log = [line('23:50:00', '/DH01', { day: '04' }), line('00:10:00', '/DH01', { day: '05' }), line('00:45:00', '/DH01', { day: '05' })].join('\n');
		const alone = countScans([log], PLAQUES, { from: '2025-03-05', to: '2025-03-05' });
		expect(alone.tally).toMatchObject({ repeats: 1, outside: 1, counted: 1 });
		expect(alone.scans).toEqual([{ code: 'DH01', day: '2025-03-05' }]);
		expect(countScans([log], PLAQUES, { to: '2025-03-04' }).tally).toMatchObject({ outside: 1, counted: 1 });
	});

	test('an empty log counts nothing', () => {
		expect(countScans([''], PLAQUES)).toEqual({ scans: [], tally: { lines: 0, unparseable: 0, bots: 0, notPlaque: 0, repeats: 0, outside: 0, counted: 0 } });
	});
});

describe('tabulateScans', () => {
	const scans: Scan[] = [
		{ code: 'DH02', day: '2025-03-31' },
		{ code: 'DH01', day: '2025-03-01' },
		{ code: 'DH01', day: '2025-05-02' },
		{ code: 'DH01', day: '2025-05-03' },
		{ code: 'DH99', day: '2025-05-03' }, // a code the list no longer has: left out
	];
	// Given out of order on purpose: rows come by code.
	const plaques = [PLAQUES[1]!, PLAQUES[0]!, { code: 'DH03', title: 'Tượng đài' }];

	test('per month, gaps included, every plaque a row, totals both ways', () => {
		expect(tabulateScans(scans, plaques, 'month')).toEqual({
			by: 'month',
			periods: ['2025-03', '2025-04', '2025-05'],
			rows: [
				{ code: 'DH01', title: 'Đình Đầm Hà', counts: [1, 0, 2], total: 3 },
				{ code: 'DH02', title: 'Chùa Đầm Hà – Miếu Quan Lớn', counts: [1, 0, 0], total: 1 },
				{ code: 'DH03', title: 'Tượng đài', counts: [0, 0, 0], total: 0 },
			],
			totals: [2, 0, 2],
			total: 4,
		});
	});

	test('per ISO week', () => {
		const table = tabulateScans(scans, plaques, 'week');
		expect(table.periods[0]).toBe('2025-W09');
		expect(table.periods.at(-1)).toBe('2025-W18');
		expect(table.periods).toHaveLength(10);
		expect(table.rows[0]?.counts.at(-1)).toBe(2);
	});

	test('a range sets the periods even where there were no scans', () => {
		const table = tabulateScans(scans, plaques, 'month', { from: '2025-02-10', to: '2025-04-30' });
		expect(table.periods).toEqual(['2025-02', '2025-03', '2025-04']);
		expect(table.total).toBe(2);
	});

	test('no scans and no range: no periods, every plaque at 0', () => {
		const table = tabulateScans([], plaques, 'day');
		expect(table.periods).toEqual([]);
		expect(table.rows.map((r) => [r.code, r.total])).toEqual([['DH01', 0], ['DH02', 0], ['DH03', 0]]);
		expect(table.total).toBe(0);
	});

	test('a code listed twice gives one row', () => {
		expect(tabulateScans(scans, [...PLAQUES, PLAQUES[0]!], 'month').rows).toHaveLength(2);
	});
});
