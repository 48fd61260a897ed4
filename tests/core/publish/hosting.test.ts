import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { DitichsoError } from '../../../src/core/errors.ts';
import { htaccessFile } from '../../../src/core/hosting/apache.ts';
import { cspHash } from '../../../src/core/hosting/inline-code.ts';
import { headersFile, redirectsFile } from '../../../src/core/hosting/netlify.ts';
import { nginxConfig } from '../../../src/core/hosting/nginx.ts';
import { movedPage } from '../../../src/core/hosting/static-files.ts';
import { siteRoutes } from '../../../src/core/links/routes.ts';
import { defaultServerRoot, writeHostingFiles } from '../../../src/core/publish/hosting.ts';
import { smallTrail } from '../hosting/small-trail.ts';

const SCRIPT = 'document.documentElement.className="js"';
const STYLE = 'body{margin:0}';
const page = (title: string, extra = '') => `<!doctype html><html lang="vi"><head><title>${title}</title><style>${STYLE}</style><script>${SCRIPT}</script></head><body>${extra}</body></html>\n`;

/** A built folder as Astro leaves it for the small trail, before the host files. */
const BUILT: Record<string, string> = {
	'index.html': page('Di tích Đầm Hà'),
	'404.html': page('Không tìm thấy trang'),
	'DH01/index.html': page('Đình Đầm Hà', '<script type="application/ld+json">{"@type":"Place"}</script>'),
	'DH02/index.html': page('Đền Cấp'),
	'DH03/index.html': page('Miếu Cô'),
	'vi/dinh-dam-ha/index.html': page('Đình Đầm Hà', '<script src="/_astro/page.js"></script>'),
	'en/dinh-dam-ha/index.html': page('Dam Ha Communal House'),
	'_astro/page.js': 'console.log(1)',
};

async function builtFolder(changes: Record<string, string> = {}): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), 'ditichso-hosting-'));
	onTestFinished(() => rm(dir, { recursive: true, force: true }));
	for (const [file, text] of Object.entries({ ...BUILT, ...changes })) {
		await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
		await writeFile(path.join(dir, file), text);
	}
	return dir;
}

const read = (dir: string, file: string) => readFile(path.join(dir, ...file.split('/')), 'utf8');
const exists = (dir: string, file: string) => stat(path.join(dir, ...file.split('/'))).then(() => true, () => false);

describe('writeHostingFiles', () => {
	test('writes the files of every kind of host beside the pages (issue #5)', async () => {
		const dir = await builtFolder();
		const trail = smallTrail();
		const code = await writeHostingFiles(trail, dir);
		const routes = siteRoutes(trail);
		const baseUrl = 'https://damha.example.vn';
		expect(await read(dir, '_redirects')).toBe(redirectsFile(routes, baseUrl));
		expect(await read(dir, '_headers')).toBe(headersFile(code, baseUrl));
		expect(await read(dir, '.htaccess')).toBe(htaccessFile(routes, code, baseUrl));
		expect(await read(dir, '_hosting/nginx.conf')).toBe(nginxConfig(routes, code, { baseUrl, root: '/var/www/damha.example.vn' }));
		expect(await read(dir, '.nojekyll')).toBe('');
		expect(await read(dir, 'CNAME')).toBe('damha.example.vn\n');
	});

	test('allows by hash exactly the inline scripts and styles of the pages, not JSON-LD or script files', async () => {
		const dir = await builtFolder({ 'en/dinh-dam-ha/index.html': page('Dam Ha', '<script>alert(1)</script>') });
		const code = await writeHostingFiles(smallTrail(), dir);
		expect([...code.scripts].sort()).toEqual([cspHash(SCRIPT), cspHash('alert(1)')].sort());
		expect([...code.styles]).toEqual([cspHash(STYLE)]);
		expect(await read(dir, '_headers')).toContain(`script-src 'self' ${[...code.scripts].sort().join(' ')};`);
	});

	test('copies each code’s page to DH01.html, dh01.html and dh01/index.html', async () => {
		const dir = await builtFolder();
		await writeHostingFiles(smallTrail(), dir);
		for (const code of ['DH01', 'DH02', 'DH03']) {
			const original = await read(dir, `${code}/index.html`);
			const lower = code.toLowerCase();
			for (const copy of [`${code}.html`, `${lower}.html`, `${lower}/index.html`]) expect(await read(dir, copy), copy).toBe(original);
		}
	});

	test('leaves a page that moves on at each old address', async () => {
		const dir = await builtFolder();
		await writeHostingFiles(smallTrail(), dir);
		expect(await read(dir, 'vi/dinh-cu/index.html')).toBe(movedPage('https://damha.example.vn', '/vi/dinh-cu/', '/vi/dinh-dam-ha/'));
		expect(await read(dir, 'en/dinh-cu/index.html')).toContain('<meta http-equiv="refresh" content="0; url=/en/dinh-dam-ha/">');
	});

	test('refuses a page with a style attribute or a handler, listing each one, and writes no policy that would break it', async () => {
		const dir = await builtFolder({ 'vi/dinh-dam-ha/index.html': page('Đình Đầm Hà', '<p style="color:red">x</p><b onclick="y()">z</b>') });
		const written = writeHostingFiles(smallTrail(), dir);
		await expect(written).rejects.toThrow(DitichsoError);
		await expect(written).rejects.toThrowErrorMatchingInlineSnapshot(`
			[DitichsoError: 2 page attributes would be blocked by the Content-Security-Policy (inline styles and event handlers are not allowed):
			  vi/dinh-dam-ha/index.html: style="…"
			  vi/dinh-dam-ha/index.html: onclick="…"
			Move them to the stylesheet or a script; please report this bug.]
		`);
		for (const file of ['_headers', '.htaccess', '_hosting/nginx.conf']) expect(await exists(dir, file), file).toBe(false);
	});

	test('lists at most 10 blocked attributes, in page order, and counts them all', async () => {
		const blocked = Array.from({ length: 12 }, (_, i) => `<p style="margin:${i}px">${i}</p>`).join('');
		const written = writeHostingFiles(smallTrail(), await builtFolder({ 'en/dinh-dam-ha/index.html': page('Dam Ha', blocked) }));
		const lines = Array.from({ length: 10 }, () => '  en/dinh-dam-ha/index.html: style="…"');
		await expect(written).rejects.toThrow(
			new DitichsoError(`12 page attributes would be blocked by the Content-Security-Policy (inline styles and event handlers are not allowed):\n${lines.join('\n')}\nMove them to the stylesheet or a script; please report this bug.`),
		);
	});
});

describe('defaultServerRoot', () => {
	test.each([
		['https://damha.example.vn', '/var/www/damha.example.vn'],
		['http://DiTich.Example.VN:8080', '/var/www/ditich.example.vn'],
	])('%s → %s', (baseUrl, root) => {
		expect(defaultServerRoot(baseUrl)).toBe(root);
	});
});
