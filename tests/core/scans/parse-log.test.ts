import { describe, expect, test } from 'vitest';
import { parseLogLine, parseLogTime } from '../../../src/core/scans/parse-log.ts';

const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

describe('parseLogLine', () => {
	test('reads an nginx combined line', () => {
		const line = `203.0.113.7 - - [05/Mar/2025:08:15:02 +0700] "GET /DH01 HTTP/1.1" 200 512 "-" "${IPHONE}"`;
		expect(parseLogLine(line)).toEqual({
			address: '203.0.113.7',
			time: new Date('2025-03-05T01:15:02Z'),
			offsetMinutes: 420,
			method: 'GET',
			path: '/DH01',
			status: 200,
			userAgent: IPHONE,
		});
	});

	test.each([
		['Apache: \\" inside a field, "-" for no body, a user name', String.raw`198.51.100.4 - frank [05/Mar/2025:08:15:02 +0700] "GET /dh02/?utm=x HTTP/1.0" 304 - "https://damha.example.vn/" "Phone \"Galaxy\" A15"`, { address: '198.51.100.4', method: 'GET', path: '/dh02/?utm=x', status: 304, userAgent: 'Phone "Galaxy" A15' }],
		['nginx: \\x22 for a quote, an extra field after the user agent', String.raw`198.51.100.4 - - [05/Mar/2025:08:15:02 +0700] "GET /DH03 HTTP/2.0" 200 0 "-" "Phone \x22Galaxy\x22 A15" "10.0.0.1"`, { address: '198.51.100.4', path: '/DH03', userAgent: 'Phone "Galaxy" A15' }],
		['an IPv6 address', '2001:db8:85a3::8a2e:370:7334 - - [05/Mar/2025:08:15:02 +0700] "HEAD /DH04 HTTP/1.1" 200 0 "-" "curl/8.5.0"', { address: '2001:db8:85a3::8a2e:370:7334', method: 'HEAD', path: '/DH04', userAgent: 'curl/8.5.0' }],
		['an empty user agent', '192.0.2.1 - - [05/Mar/2025:08:15:02 +0700] "GET /DH05 HTTP/1.1" 200 10 "-" ""', { userAgent: '' }],
		['a request without a protocol (HTTP/0.9)', '192.0.2.1 - - [05/Mar/2025:08:15:02 +0700] "GET /DH06" 200 10 "-" "x"', { path: '/DH06' }],
		['a proxy-style request naming the host', '192.0.2.1 - - [05/Mar/2025:08:15:02 +0700] "GET https://damha.example.vn/DH07 HTTP/1.1" 200 10 "-" "x"', { path: 'https://damha.example.vn/DH07' }],
		['escaped UTF-8 bytes come back as one letter', String.raw`192.0.2.1 - - [05/Mar/2025:08:15:02 +0700] "GET /DH01 HTTP/1.1" 200 10 "-" "Tr\xC6\xB0\xE1\xBB\x9Dng"`, { userAgent: 'Trường' }],
		['a backslash escaped as \\\\', String.raw`192.0.2.1 - - [05/Mar/2025:08:15:02 +0700] "GET /DH01 HTTP/1.1" 200 10 "-" "a\\b"`, { userAgent: 'a\\b' }],
	])('reads %s', (_name, line, expected) => {
		expect(parseLogLine(line)).toMatchObject(expected);
	});

	test.each([
		['a blank line', ''],
		['an nginx error-log line', '2025/03/05 08:15:02 [error] 812#812: *1 open() "/srv/www/favicon.ico" failed (2: No such file or directory)'],
		['a TLS handshake sent to the HTTP port', String.raw`192.0.2.1 - - [05/Mar/2025:08:15:02 +0700] "\x16\x03\x01\x02\x00\x01" 400 157 "-" "-"`],
		['a "-" request line', '192.0.2.1 - - [05/Mar/2025:08:15:02 +0700] "-" 400 0 "-" "-"'],
		['a line cut short', '192.0.2.1 - - [05/Mar/2025:08:15:02 +0700] "GET /DH0'],
		['the common format, without referer and user agent', '192.0.2.1 - - [05/Mar/2025:08:15:02 +0700] "GET /DH01 HTTP/1.1" 200 10'],
		['an impossible day', '192.0.2.1 - - [31/Feb/2025:08:15:02 +0700] "GET /DH01 HTTP/1.1" 200 10 "-" "x"'],
		['an unknown month', '192.0.2.1 - - [05/Mrz/2025:08:15:02 +0700] "GET /DH01 HTTP/1.1" 200 10 "-" "x"'],
		['a path with a space', '192.0.2.1 - - [05/Mar/2025:08:15:02 +0700] "GET /a b HTTP/1.1" 200 10 "-" "x"'],
	])('returns undefined for %s', (_name, line) => {
		expect(parseLogLine(line)).toBeUndefined();
	});
});

describe('parseLogTime', () => {
	test.each([
		['05/Mar/2025:08:15:02 +0700', '2025-03-05T01:15:02.000Z', 420],
		['05/Mar/2025:06:30:00 +0700', '2025-03-04T23:30:00.000Z', 420],
		['05/Mar/2025:08:15:02 +0000', '2025-03-05T08:15:02.000Z', 0],
		['31/Dec/2024:23:59:59 -0530', '2025-01-01T05:29:59.000Z', -330],
		['29/Feb/2024:12:00:00 +0700', '2024-02-29T05:00:00.000Z', 420],
	])('%s is %s, offset %i minutes', (text, iso, offset) => {
		const parsed = parseLogTime(text);
		expect(parsed?.time.toISOString()).toBe(iso);
		expect(parsed?.offsetMinutes).toBe(offset);
	});

	test.each(['29/Feb/2025:12:00:00 +0700', '05/Mar/2025:24:00:00 +0700', '05/Mar/2025:08:60:00 +0700', '05/Mar/2025:08:15:02 +07:00', '5/Mar/2025:08:15:02 +0700'])('refuses %s', (text) => {
		expect(parseLogTime(text)).toBeUndefined();
	});
});
