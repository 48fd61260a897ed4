/**
 * One line of an nginx or Apache access log in the "combined" format, the default of both:
 *
 *     203.0.113.7 - - [05/Mar/2025:08:15:02 +0700] "GET /DH01 HTTP/1.1" 200 512 "-" "Mozilla/5.0 …"
 *
 * The two servers differ in small ways, and both are read: nginx writes a quote inside a field as
 * `\x22` and an empty body as `0`; Apache writes `\"` and `-`. Whatever follows the user agent
 * (nginx setups often add "$http_x_forwarded_for" or a request time) is ignored.
 */
export interface LogHit {
	/** The client address as logged (IPv4, IPv6 or a host name). Used to spot repeats, never shown. */
	address: string;
	/** The instant of the request. */
	time: Date;
	/** The log's own UTC offset in minutes (`+0700` → 420): days are counted in the server's local time. */
	offsetMinutes: number;
	method: string;
	/** The request target as sent, query string included. */
	path: string;
	status: number;
	userAgent: string;
}

const QUOTED = String.raw`"((?:[^"\\]|\\.)*)"`;
// address, ident, user (may hold spaces), [time], "request", status, size, "referer", "user agent".
const LINE = new RegExp(String.raw`^(\S+) \S+ .*? \[([^\]]+)\] ${QUOTED} (\d{3}) (?:\d+|-) ${QUOTED} ${QUOTED}(?:\s|$)`);
const REQUEST = /^([A-Z]+) (\S+)(?: HTTP\/\d(?:\.\d)?)?$/;
const TIME = /^(\d{2})\/([A-Z][a-z]{2})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// A run of \xHH escapes is decoded as one UTF-8 byte sequence, so an escaped "ư" comes back whole.
const ESCAPE = /((?:\\x[0-9a-fA-F]{2})+)|\\(.)/g;
const UTF8 = new TextDecoder();

/**
 * Reads one log line. Returns undefined for anything that is not a combined-format line with a
 * valid time and a `METHOD target [HTTP/x]` request: blank lines, other formats, a TLS handshake
 * sent to the plain-HTTP port (logged as `"\x16\x03\x01…"`), a request line of `"-"`.
 */
export function parseLogLine(line: string): LogHit | undefined {
	const match = LINE.exec(line);
	if (!match) return undefined;
	const [, address = '', rawTime = '', rawRequest = '', status = '', , userAgent = ''] = match;
	const time = parseLogTime(rawTime);
	const request = REQUEST.exec(unescapeField(rawRequest));
	if (!time || !request) return undefined;
	return { address, ...time, method: request[1] ?? '', path: request[2] ?? '', status: Number(status), userAgent: unescapeField(userAgent) };
}

/** `05/Mar/2025:08:15:02 +0700` → the instant and the offset; undefined for an impossible date such as 31/Feb. */
export function parseLogTime(text: string): { time: Date; offsetMinutes: number } | undefined {
	const m = TIME.exec(text);
	if (!m) return undefined;
	const part = (i: number) => Number(m[i]);
	const [day, month, year, hour, minute, second] = [part(1), MONTHS.indexOf(m[2] ?? ''), part(3), part(4), part(5), part(6)];
	const local = Date.UTC(year, month, day, hour, minute, second);
	const sameDay = new Date(local).getUTCDate() === day;
	if (month < 0 || !sameDay || hour > 23 || minute > 59 || second > 59 || part(9) > 59) return undefined;
	const offsetMinutes = (m[7] === '-' ? -1 : 1) * (part(8) * 60 + part(9));
	return { time: new Date(local - offsetMinutes * 60_000), offsetMinutes };
}

function unescapeField(field: string): string {
	if (!field.includes('\\')) return field;
	return field.replace(ESCAPE, (_all, hex: string | undefined, char: string | undefined) => (hex ? UTF8.decode(hexBytes(hex)) : char === 'n' ? '\n' : char === 't' ? '\t' : (char ?? '')));
}

function hexBytes(run: string): Uint8Array {
	return Uint8Array.from(run.split('\\x').slice(1), (hex) => Number.parseInt(hex, 16));
}
