/**
 * A made-up but realistic access log of the sample trail, three months long (March to May 2025,
 * server time +0700), for the scan counter's tests. It is deterministic (a seeded generator, no
 * Math.random) and it knows the answer by construction: every line is written as one kind, and
 * every real new scan is recorded with its day, week and month when it is written. The test then
 * compares the counter with this record, never with a second counter.
 */

/** What a line is, as the generator meant it. */
export type LineKind = 'scan' | 'repeat' | 'bot' | 'other' | 'garbage' | 'blank';

export interface TrueScan {
	code: string;
	/** Local day `YYYY-MM-DD`, `YYYY-Www` and `YYYY-MM`, known from the calendar the generator walks. */
	day: string;
	week: string;
	month: string;
}

export interface GeneratedLog {
	/** The log, lines in time order, one per line ending in "\n". */
	text: string;
	lines: string[];
	/** Every real new scan, in time order. */
	scans: TrueScan[];
	/** How many lines of each kind were written. */
	kinds: Record<LineKind, number>;
}

/** The sample trail's codes and the folder of each site (its page is /vi/<folder>/). */
export const SAMPLE_SITES = [
	['DH01', 'dinh-dam-ha'], ['DH02', 'chua-dam-ha-mieu-quan-lon'], ['DH03', 'tuong-dai-ha-quang-voc'],
	['DH04', 'don-den'], ['DH05', 'nui-hua-rung-co'], ['DH06', 'cot-co-nui-hua'],
	['DH07', 'dinh-trang-y'], ['DH08', 'chua-sau'], ['DH09', 'thac-bach-van'],
] as const;

// The town's own relics are scanned most; the far waterfall least.
const POPULARITY = [30, 18, 14, 9, 12, 10, 6, 5, 4];

const DAYS = 92; // 2025-03-01 … 2025-05-31
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const [MINUTE, DAY_S] = [60, 86_400];

const PHONES = [
	'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
	'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
	// Zalo's own QR reader opens its in-app browser: a visitor, not the link previewer.
	'Mozilla/5.0 (iPhone; CPU iPhone OS 16_0_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Zalo iOS/502 ZaloTheme/light ZaloLanguage/vn',
	'Mozilla/5.0 (Linux; Android 12; SM-A125F Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.230 Mobile Safari/537.36 Zalo android/12100 ZaloTheme/dark ZaloLanguage/vi',
	'Mozilla/5.0 (Linux; Android 11; Redmi Note 8) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/130.0.0.0 Mobile Safari/537.36',
	'Mozilla/5.0 (Linux; Android 9; CUBOT X19) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Mobile Safari/537.36',
	'Mozilla/5.0 (Linux; Android 13; SM-A146P Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/122.0.6261.119 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/452.0.0.44.109;]',
	// Quotes inside a field: nginx writes them \x22, Apache \".
	'Mozilla/5.0 (Linux; Android 14; "Galaxy A15") AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
];

const UPTIME = 'Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)';
const CRAWLERS = [
	'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
	'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
	'Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)',
	'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
	'TelegramBot (like TwitterBot)', 'WhatsApp/2.23.20.0 A', 'Twitterbot/1.0', 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
	// A stand-in for Zalo's link previewer: it says Zalo but has none of the in-app browser's markers.
	'Mozilla/5.0 (compatible; Zalo/1.0; +https://zalo.me)',
	'curl/8.5.0', 'python-requests/2.31.0', 'Go-http-client/1.1',
	'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0.0.0 Safari/537.36',
	'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse',
	UPTIME, 'ditichso-verify-live/1.0', '', '-',
];

const ASSETS = ['/_astro/site.C3xk2Q.css', '/_astro/page.B7a1Lz.js', '/sw.js', '/manifest.webmanifest', '/favicon.svg'];

/** A line to write at `t`, seconds since 2025-03-01 00:00 server time; `scan` names the plaque of a real new scan. */
type Event = { t: number; kind: LineKind; line: (time: string) => string; scan?: string };

/** Builds the log. The same seed always gives the same text. */
export function generateAccessLog(seed = 5): GeneratedLog {
	const random = mulberry32(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
	const chance = (p: number) => random() < p;
	const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
	const events: Event[] = [];
	let visitors = 0;
	const newAddress = () => address(++visitors, chance(0.3));
	const hit = (t: number, kind: LineKind, who: string, ua: string, request: string, status: number, scan?: string) => {
		const apache = chance(0.4);
		events.push({ t, kind, line: (time) => formatLine({ who, time, request, status, ua, apache, referer: kind === 'other' ? 'https://damha.example.vn/' : '-' }), ...(scan && { scan }) });
	};

	/** A scan that counts, its follow-up hits, and maybe the visitor's reloads (repeats). */
	const scan = (t: number, who: string, ua: string, code: string, slug: string) => {
		const variant = between(0, 5);
		if (variant === 0) {
			// A host that redirects /DH01 to /DH01/: the redirect counts, the second hit is a repeat.
			hit(t, 'scan', who, ua, `GET /${code} HTTP/1.1`, 301, code);
			hit(t + 1, 'repeat', who, ua, `GET /${code}/ HTTP/1.1`, 200);
		} else {
			const path = [`/${code}`, `/${code.toLowerCase()}`, `/${code}/`, `/${code}?utm_source=qr`, `/${code.toLowerCase()}/?src=bang`][variant - 1];
			hit(t, 'scan', who, ua, `GET ${path} HTTP/${chance(0.5) ? '2.0' : '1.1'}`, chance(0.1) ? 304 : 200, code);
		}
		for (const [i, page] of [`/vi/${slug}/`, ...ASSETS.slice(0, between(1, 3))].entries()) hit(t + 2 + i, 'other', who, ua, `GET ${page} HTTP/2.0`, 200);
		if (chance(0.2)) hit(t + between(1, 29 * MINUTE), 'repeat', who, ua, `GET /${code} HTTP/2.0`, 200);
	};

	const visit = (day: number) => {
		const who = newAddress();
		const ua = pick(PHONES);
		// Starts by 18:00, so a visit's last hit (up to 4 hours on) stays inside the day.
		let t = day * DAY_S + between(6 * 60, 18 * 60) * MINUTE + between(0, 59);
		const seen = new Set<number>();
		let site = weighted(random, POPULARITY);
		while (!seen.has(site) && seen.size < 4) {
			seen.add(site);
			const [code, slug] = SAMPLE_SITES[site] ?? SAMPLE_SITES[0];
			scan(t, who, ua, code, slug);
			// A second phone of the same family, on the same Wi-Fi: the same address, so it counts once.
			if (chance(0.05)) hit(t + between(10, 9 * MINUTE), 'repeat', who, pick(PHONES), `GET /${code} HTTP/1.1`, 200);
			// Back at the same plaque later in the day: a new scan.
			if (chance(0.06)) scan(t + between(30 * MINUTE + 1, 120 * MINUTE), who, ua, code, slug);
			if (chance(0.05)) hit(t + 5, 'other', who, ua, `HEAD /${code} HTTP/1.1`, 200);
			if (!chance(0.3)) break;
			// On along the trail to a relic not yet seen on this visit (a second look would be a repeat or not).
			site = (site + between(1, SAMPLE_SITES.length - 1)) % SAMPLE_SITES.length;
			t += between(8, 30) * MINUTE;
		}
	};

	for (let day = 0; day < DAYS; day++) {
		const weekend = [0, 6].includes((day + 6) % 7); // 2025-03-01 is a Saturday
		const count = between(6, 16) + (weekend ? 10 : 0);
		for (let v = 0; v < count; v++) visit(day);
		for (let b = 0; b < between(4, 9); b++) {
			const [code, slug] = pick(SAMPLE_SITES);
			const path = pick([`/${code}`, `/${code.toLowerCase()}/`, `/vi/${slug}/`, '/robots.txt', '/sitemap.xml', `/${code}?fbclid=IwAR0x`]);
			hit(day * DAY_S + between(0, DAY_S - 1), 'bot', `66.249.66.${between(1, 254)}`, pick(CRAWLERS), `${chance(0.2) ? 'HEAD' : 'GET'} ${path} HTTP/1.1`, 200);
		}
		// An uptime monitor every six hours on the first plaque, and the live checker every Monday on all.
		for (let q = 0; q < 4; q++) hit(day * DAY_S + q * 6 * 3600 + 17, 'bot', '198.51.100.20', UPTIME, 'GET /DH01 HTTP/1.1', 200);
		if ((day + 5) % 7 === 0) for (const [i, [code]] of SAMPLE_SITES.entries()) hit(day * DAY_S + 3 * 3600 + i, 'bot', '192.0.2.9', `ditichso-verify-live/1.0 (+${code})`, `GET /${code} HTTP/1.1`, 200);
		noise(day);
	}

	/** Hits that are neither scans nor bots, and lines that are not log lines at all. */
	function noise(day: number) {
		const t = day * DAY_S + between(0, DAY_S - 100);
		const who = newAddress();
		const ua = pick(PHONES);
		const kind = between(0, 9);
		if (kind === 0) hit(t, 'other', who, ua, 'GET /DH10 HTTP/1.1', 404);
		if (kind === 1) hit(t, 'other', who, ua, 'POST /DH01 HTTP/1.1', 405);
		if (kind === 2) hit(t, 'other', who, ua, 'GET /wp-login.php HTTP/1.1', 404);
		if (kind === 3) {
			// A server error does not count, so the retry a moment later is the scan.
			hit(t, 'other', who, ua, 'GET /DH03 HTTP/1.1', 500);
			hit(t + 20, 'scan', who, ua, 'GET /DH03 HTTP/1.1', 200, 'DH03');
		}
		if (kind === 4) events.push({ t, kind: 'garbage', line: (time) => `${who} - - [${time}] "\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xFC\\x03\\x03" 400 157 "-" "-"` });
		if (kind === 5) events.push({ t, kind: 'garbage', line: (time) => `${who} - - [${time}] "GET /DH0` });
		if (kind === 6) events.push({ t, kind: 'garbage', line: () => `2025/03/${String((day % 28) + 1).padStart(2, '0')} 10:00:00 [error] 812#812: *1 open() "/srv/www/favicon.ico" failed (2: No such file or directory)` });
		if (kind === 7) events.push({ t, kind: 'blank', line: () => '' });
		if (kind === 8) hit(t, 'other', who, ua, 'GET /DH01.html.gz HTTP/1.1', 200);
	}

	edgeCases(events, newAddress, PHONES[1] ?? '');
	// Stable: hits of the same second keep the order in which they were made.
	events.sort((a, b) => a.t - b.t);
	return collect(events);
}

/** The repeat window at its edges, and scans around midnight, each placed by hand. */
function edgeCases(events: Event[], newAddress: () => string, ua: string) {
	const at = (day: number, h: number, m: number, s = 0) => day * DAY_S + h * 3600 + m * MINUTE + s;
	const put = (t: number, kind: LineKind, who: string, path: string, scan?: string) =>
		events.push({ t, kind, line: (time) => formatLine({ who, time, request: `GET ${path} HTTP/1.1`, status: 200, ua, apache: false, referer: '-' }), ...(scan && { scan }) });
	const a = newAddress();
	put(at(10, 9, 0), 'scan', a, '/DH05', 'DH05');
	put(at(10, 9, 29, 59), 'repeat', a, '/DH05'); // 29 min 59 s after: a repeat
	put(at(10, 9, 30), 'scan', a, '/DH05', 'DH05'); // exactly 30 min after the counted one: counts
	put(at(10, 9, 50), 'repeat', a, '/DH05'); // repeats do not move the window…
	put(at(10, 10, 0), 'scan', a, '/DH05', 'DH05'); // …so this one, 30 min after 09:30, counts
	const b = newAddress();
	put(at(20, 23, 50), 'scan', b, '/DH02', 'DH02');
	put(at(21, 0, 25), 'scan', b, '/DH02', 'DH02'); // 35 min later, the next day
	const c = newAddress();
	put(at(40, 23, 55), 'scan', c, '/DH07', 'DH07');
	put(at(41, 0, 10), 'repeat', c, '/DH07'); // 15 min later, past midnight: still a repeat
}

function collect(events: readonly Event[]): GeneratedLog {
	const kinds: Record<LineKind, number> = { scan: 0, repeat: 0, bot: 0, other: 0, garbage: 0, blank: 0 };
	const scans: TrueScan[] = [];
	const lines = events.map((event) => {
		kinds[event.kind]++;
		const day = Math.floor(event.t / DAY_S);
		if (event.scan) scans.push({ code: event.scan, ...calendar(day) });
		return event.line(logTime(event.t));
	});
	return { text: lines.map((line) => `${line}\n`).join(''), lines, scans, kinds };
}

/** Day, ISO week and month of the n-th day of the log. 2025-03-01 is the Saturday of ISO week 9. */
function calendar(n: number): Omit<TrueScan, 'code'> {
	const day = new Date(Date.UTC(2025, 2, 1 + n)).toISOString().slice(0, 10);
	return { day, week: `2025-W${String(9 + Math.floor((n + 5) / 7)).padStart(2, '0')}`, month: day.slice(0, 7) };
}

function logTime(t: number): string {
	const date = new Date(Date.UTC(2025, 2, 1) + t * 1000);
	const two = (n: number) => String(n).padStart(2, '0');
	return `${two(date.getUTCDate())}/${MONTH_NAMES[date.getUTCMonth()]}/${date.getUTCFullYear()}:${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0700`;
}

/** One combined line. Apache writes `\"` and `-` for an empty body; nginx writes `\x22` and `0`, and here adds $http_x_forwarded_for. */
function formatLine({ who, time, request, status, ua, apache, referer }: { who: string; time: string; request: string; status: number; ua: string; apache: boolean; referer: string }): string {
	const quote = (text: string) => `"${apache ? text.replaceAll('\\', '\\\\').replaceAll('"', '\\"') : text.replaceAll('"', '\\x22')}"`;
	const size = status === 304 || request.startsWith('HEAD') ? (apache ? '-' : '0') : String(400 + (request.length * 37) % 9000);
	const tail = apache ? '' : ' "-"';
	return `${who} - - [${time}] ${quote(request)} ${status} ${size} ${quote(referer)} ${quote(ua)}${tail}`;
}

/** A made-up address, one per visitor: IPv4, or IPv6 from the documentation range. */
function address(n: number, v6: boolean): string {
	return v6 ? `2001:db8:${(n >> 8).toString(16)}::${(n & 0xff).toString(16)}` : `203.0.${(n >> 8) & 0xff}.${n & 0xff}`;
}

/** An index drawn with the given weights. */
function weighted(random: () => number, weights: readonly number[]): number {
	let left = random() * weights.reduce((a, b) => a + b, 0);
	for (const [i, w] of weights.entries()) if ((left -= w) < 0) return i;
	return weights.length - 1;
}

/** mulberry32: a tiny seeded generator, so the log is the same on every run. */
function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), a | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Scans per period and code from the generator's own record: `"2025-03,DH01" → 120`. */
export function trueCounts(scans: readonly TrueScan[], by: 'day' | 'week' | 'month'): Map<string, number> {
	const counts = new Map<string, number>();
	for (const scan of scans) counts.set(`${scan[by]},${scan.code}`, (counts.get(`${scan[by]},${scan.code}`) ?? 0) + 1);
	return counts;
}
