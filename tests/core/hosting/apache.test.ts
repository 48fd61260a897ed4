import { describe, expect, test } from 'vitest';
import { htaccessFile } from '../../../src/core/hosting/apache.ts';
import { contentSecurityPolicy } from '../../../src/core/hosting/headers.ts';
import { smallInlineCode, smallRoutes } from './small-trail.ts';

const HTTPS = 'https://damha.example.vn';

function htaccessFor(baseUrl: string): string {
	return htaccessFile(smallRoutes({ baseUrl }), smallInlineCode(), baseUrl);
}

/**
 * The first rule that matches a path of the site root (no leading slash, as in .htaccess), leaving
 * out the folder-slash rule, whose condition reads the disk.
 */
function rewrite(htaccess: string, path: string): string | undefined {
	for (const [, pattern = '', target = '', flags = ''] of htaccess.matchAll(/^RewriteRule (\S+) (\S+) \[([^\]]+)\]$/gm)) {
		if (target.includes('$1')) continue;
		if (new RegExp(pattern, flags.split(',').includes('NC') ? 'i' : '').test(path)) return `${target} [${flags}]`;
	}
	return undefined;
}

describe('htaccessFile', () => {
	test('matches the reviewed configuration for the small trail (read tests/snapshots/hosting/htaccess)', async () => {
		await expect(htaccessFor(HTTPS)).toMatchFileSnapshot('../../snapshots/hosting/htaccess');
	});

	test.each([
		['DH01', '/DH01/index.html [NC,END]'],
		['dh01/', '/DH01/index.html [NC,END]'],
		['Dh02', '/DH02/index.html [NC,END]'],
		['dh03/', '/DH03/index.html [NC,END]'],
		['vi/dinh-cu', '/vi/dinh-dam-ha/ [R=301,L]'],
		['en/dinh-cu/', '/en/dinh-dam-ha/ [R=301,L]'],
		['_hosting/nginx.conf', '- [R=404,L]'],
		['DH011', undefined],
		['vi/dinh-cu/anh.jpg', undefined],
		['VI/DINH-CU/', undefined],
		['vi/dinhxcu/', undefined],
	])('rewrites %s to %s', (path, expected) => {
		expect(rewrite(htaccessFor(HTTPS), path)).toBe(expected);
	});

	test('turns off mod_dir’s own slash redirect and adds the slash to folders itself', () => {
		const htaccess = htaccessFor(HTTPS);
		expect(htaccess).toContain('DirectorySlash Off');
		expect(htaccess).toContain('RewriteCond %{REQUEST_FILENAME} -d\nRewriteRule ^(.*[^/])$ /$1/ [R=301,L]');
		expect(htaccess).toContain('Options -Indexes -MultiViews');
	});

	test.each([
		[HTTPS, true],
		['http://damha.example.vn', false],
	])('%s: HSTS (only when the request came over HTTPS): %s', (baseUrl, https) => {
		const htaccess = htaccessFor(baseUrl);
		expect(htaccess.includes(`Header always set Strict-Transport-Security "max-age=31536000; includeSubDomains" "expr=%{HTTPS} == 'on'"`)).toBe(https);
		expect(htaccess.match(/Strict-Transport-Security/g) ?? []).toHaveLength(https ? 1 : 0);
		expect(htaccess.includes('upgrade-insecure-requests')).toBe(https);
	});

	test('sets each security header once, on errors too, and the cache by kind of file', () => {
		const htaccess = htaccessFor(HTTPS);
		const names = [...htaccess.matchAll(/^Header always set (\S+) /gm)].map((m) => m[1]);
		expect(names).toEqual([...new Set(names)]);
		expect(htaccess).toContain(`Header always set Content-Security-Policy "${contentSecurityPolicy(smallInlineCode(), true)}"`);
		expect(htaccess).toMatch(/<FilesMatch "\\\.html\$">\n\tHeader set Cache-Control "public, max-age=300, must-revalidate"\n<\/FilesMatch>/);
		expect(htaccess).toContain(`<If "%{REQUEST_URI} == '/sw.js'">\n\tHeader set Cache-Control "no-cache"\n</If>`);
	});
});
