import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { nginxConfig, variablePrefix } from '../../../src/core/hosting/nginx.ts';
import { smallInlineCode, smallRoutes } from './small-trail.ts';

const HTTPS = 'https://damha.example.vn';
const HTTP = 'http://damha.example.vn';
const ROOT = '/var/www/damha.example.vn';

function configFor(baseUrl: string, languages?: Array<'vi' | 'en' | 'zh' | 'ko'>): string {
	return nginxConfig(smallRoutes(languages ? { baseUrl, languages } : { baseUrl }), smallInlineCode(), { baseUrl, root: ROOT });
}

/** The lines of the `map … $<name> { … }` block whose variable ends with `name`. */
function mapLines(config: string, name: string): string[] {
	const block = new RegExp(`^map \\S+ \\$\\w+_${name} \\{\\n([\\s\\S]*?)\\n\\}`, 'm').exec(config)?.[1];
	if (block === undefined) throw new Error(`no map for ${name}`);
	return block.split('\n').map((line) => line.trim());
}

/** The short name of the regex captures for a variable prefix: `dts_`, 8 hex digits of its SHA-256, `_`. */
const captureIdOf = (prefix: string) => `dts_${createHash('sha256').update(prefix).digest('hex').slice(0, 8)}_`;

/**
 * The Vary header nginx sends, reading the vary map as nginx does: the first regex that matches
 * "<status>|<short address file>" gives its value, else the default.
 */
function varyOf(config: string, status: number, short: string): string {
	const input = `${status}|${short}`;
	const lines = mapLines(config, 'vary');
	for (const line of lines) {
		const rule = /^"~(.+)" "(.*)";$/.exec(line);
		if (rule && new RegExp(rule[1] ?? '').test(input)) return rule[2] ?? '';
	}
	return /^default "(.*)";$/.exec(lines.at(-1) ?? '')?.[1] ?? '';
}

/**
 * The language nginx picks for a short address, reading the two language maps as nginx does: the
 * first regex that matches "<cookie>|<Accept-Language>" gives its named capture, else the default;
 * then the subtag is mapped to a language.
 */
function languageOf(config: string, cookie: string, acceptLanguage: string): string {
	const pick = (lines: string[], input: string): string => {
		for (const line of lines) {
			const rule = /^"~(\*?)(.+)" (\S+);$/.exec(line);
			const found = rule && new RegExp(rule[2] ?? '', rule[1] ? 'i' : '').exec(input);
			if (found) return rule[3]?.startsWith('$') ? (found.groups?.[rule[3].slice(1)] ?? '') : (rule[3] ?? '');
		}
		return /^default (\S+);$/.exec(lines.at(-1) ?? '')?.[1] ?? '';
	};
	const subtag = pick(mapLines(config, 'subtag'), `${cookie}|${acceptLanguage}`);
	return pick(mapLines(config, 'lang'), subtag);
}

describe('nginxConfig', () => {
	test('matches the reviewed configuration for the small trail (read tests/snapshots/hosting/nginx.conf)', async () => {
		await expect(configFor(HTTPS)).toMatchFileSnapshot('../../snapshots/hosting/nginx.conf');
	});

	// The maps' variables carry the whole host name; the two regex captures (which nginx makes
	// variables too) carry a short hash of it instead, to stay within PCRE2's 32 characters.
	test('names every variable after the host, so two trails can share one server', () => {
		const config = configFor(HTTPS);
		const variables = new Set([...config.matchAll(/\$\{?([a-z_][a-z0-9_]*)/g)].map((m) => m[1]));
		const own = [...variables].filter((name) => !['uri', 'host', 'request_uri', 'cookie_lang', 'http_accept_language', 'status', 'is_args', 'args'].includes(name ?? ''));
		const captures = own.filter((name) => name?.startsWith('dts_'));
		expect(captures.sort()).toEqual(['dts_3509939d_a', 'dts_3509939d_c']);
		expect(captureIdOf('ditichso_damha_example_vn')).toBe('dts_3509939d_');
		const maps = own.filter((name) => !name?.startsWith('dts_'));
		expect(maps.length).toBeGreaterThan(5);
		for (const name of maps) expect(name).toMatch(/^ditichso_damha_example_vn_/);
	});

	test('serves every code, with and without the slash, from the page in the visitor’s language', () => {
		expect(mapLines(configFor(HTTPS), 'short')).toEqual([
			'default "";',
			'/DH01 "/${ditichso_damha_example_vn_lang}/dinh-dam-ha/index.html";',
			'/DH01/ "/${ditichso_damha_example_vn_lang}/dinh-dam-ha/index.html";',
			'/DH02 "/${ditichso_damha_example_vn_lang}/den-cap/index.html";',
			'/DH02/ "/${ditichso_damha_example_vn_lang}/den-cap/index.html";',
			'/DH03 "/${ditichso_damha_example_vn_lang}/mieu-co/index.html";',
			'/DH03/ "/${ditichso_damha_example_vn_lang}/mieu-co/index.html";',
		]);
	});

	test('moves each old address, with and without its slash, in one 301 that keeps the query (issue #5)', () => {
		const config = configFor(HTTPS);
		expect(mapLines(config, 'moved')).toEqual(['default "";', '/vi/dinh-cu/ /vi/dinh-dam-ha/;', '/vi/dinh-cu /vi/dinh-dam-ha/;', '/en/dinh-cu/ /en/dinh-dam-ha/;', '/en/dinh-cu /en/dinh-dam-ha/;']);
		expect(config).toContain('if ($ditichso_damha_example_vn_moved) { return 301 $ditichso_damha_example_vn_moved$is_args$args; }');
	});

	test('answers a missing page in the language of its folder, else in the visitor’s', () => {
		expect(mapLines(configFor(HTTPS), '404')).toEqual(['~^/vi/ /vi/404/index.html;', '~^/en/ /en/404/index.html;', 'default /${ditichso_damha_example_vn_lang}/404/index.html;']);
	});

	test.each([
		['', 'vi-VN,vi;q=0.9,en-US;q=0.8', 'vi'],
		['', 'en-US,en;q=0.9', 'en'],
		['', 'zh-CN,zh;q=0.9,en;q=0.8', 'en'],
		['', 'zh;q=0, EN;q=0.5', 'en'],
		['', 'de-DE', 'vi'],
		['', '', 'vi'],
		['vi', 'en-US,en;q=0.9', 'vi'],
		['en', 'vi-VN', 'en'],
		['fr', 'en-GB', 'en'],
		['ko', 'de', 'vi'],
	])('with the cookie %j and Accept-Language %j, the maps give %s', (cookie, acceptLanguage, lang) => {
		expect(languageOf(configFor(HTTPS), cookie, acceptLanguage)).toBe(lang);
	});

	test('reads Chinese from zh, cmn and yue when the trail offers it', () => {
		const config = configFor(HTTPS, ['vi', 'en', 'zh', 'ko']);
		expect(['zh-TW', 'cmn-Hans-CN', 'yue-HK', 'ko-KR'].map((header) => languageOf(config, '', header))).toEqual(['zh', 'zh', 'zh', 'ko']);
	});

	// A not-found page is in the visitor's language too, so a 404 varies like a short address.
	test('sends a short address and a 404 with Vary: Accept-Language, Cookie, and other files without it', () => {
		const config = configFor(HTTPS);
		expect(mapLines(config, 'vary')).toEqual(['"~^404\\|" "Accept-Language, Cookie";', '"~^[^|]*\\|$" "";', 'default "Accept-Language, Cookie";']);
		expect(config).toMatch(/^map "\$status\|\$ditichso_damha_example_vn_short" \$ditichso_damha_example_vn_vary \{$/m);
		const short = '/${ditichso_damha_example_vn_lang}/dinh-dam-ha/index.html';
		expect(varyOf(config, 200, short)).toBe('Accept-Language, Cookie');
		expect(varyOf(config, 404, '')).toBe('Accept-Language, Cookie');
		expect(varyOf(config, 200, '')).toBe('');
		expect(varyOf(config, 301, '')).toBe('');
		expect(varyOf(config, 304, '')).toBe('');
	});

	test.each([
		[HTTPS, 2, true],
		[HTTP, 1, false],
	])('%s: %i server blocks; the plain one sends to https, and HSTS, only for https: %s', (baseUrl, servers, https) => {
		const config = configFor(baseUrl);
		expect(config.match(/^server \{$/gm)).toHaveLength(servers);
		expect(config.includes('return 301 https://$host$request_uri;')).toBe(https);
		expect(config.includes('add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;')).toBe(https);
		expect(config.includes('listen 443 ssl')).toBe(https);
		expect(config.includes('certbot')).toBe(https);
	});

	test('sets each security header once, at server level, with `always` so errors get it too', () => {
		const names = [...configFor(HTTPS).matchAll(/^\tadd_header (\S+) .* always;$/gm)].map((m) => m[1]);
		expect(names).toEqual([...new Set(names)]);
		expect(names).toEqual(expect.arrayContaining(['Content-Security-Policy', 'X-Content-Type-Options', 'Cache-Control', 'Vary']));
	});

	test('never serves the configuration of other hosts', () => {
		const config = configFor(HTTPS);
		expect(config).toContain('location ^~ /_hosting/ { return 404; }');
		expect(config).toContain('location ~ /\\.(?!well-known/) { return 404; }');
	});

	// PCRE2 before 10.44 (Debian 12, Ubuntu 24.04) refuses a group name over 32 characters
	// (`nginx -t`: "subpattern name is too long (maximum 32 code units)"), so the captures get a
	// short name of their own, `dts_` + 8 hex digits of the SHA-256 of the variable prefix, however
	// long the host name; the map variables keep the long prefix.
	test('keeps every capture name within PCRE’s 32 characters, for a long host name', () => {
		const baseUrl = 'https://ditich.damha.quangninh.gov.vn';
		const config = configFor(baseUrl);
		const id = captureIdOf('ditichso_ditich_damha_quangninh_gov_vn');
		const names = [...config.matchAll(/\(\?<(\w+)>/g)].map(([, name = '']) => name);
		expect(names).toEqual([`${id}c`, `${id}a`]);
		for (const name of names) expect(name.length, name).toBeLessThanOrEqual(32);
		expect(config).toContain('map "$cookie_lang|$http_accept_language" $ditichso_ditich_damha_quangninh_gov_vn_subtag {');
	});
});

describe('variablePrefix', () => {
	test.each([
		['damha.example.vn', 'ditichso_damha_example_vn'],
		['DamHa.Example.VN', 'ditichso_damha_example_vn'],
		['di-tich.dam-ha.vn', 'ditichso_di_tich_dam_ha_vn'],
		['xn--nh-h3a.vn', 'ditichso_xn_nh_h3a_vn'],
		['127.0.0.1', 'ditichso_127_0_0_1'],
	])('%s → %s', (hostname, prefix) => {
		expect(variablePrefix(hostname)).toBe(prefix);
	});
});
