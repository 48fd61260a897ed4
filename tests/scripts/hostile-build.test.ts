import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../scripts/build.ts';
import { combineCases } from '../core/hostile/combine.ts';
import { listCases, prepareCase } from '../core/hostile/corpus.ts';
import { captureIo } from '../helpers/io.ts';

// Issue #8: no case of the hostile corpus crashes the build or leaves a partial output. A case
// with an error must be refused before anything is written: the previous build, the content
// folder and the folder around them stay byte for byte as they were.
const CASES = listCases().filter((c) => !c.pending);
const WITH_ERRORS = CASES.filter((c) => c.expect.some((p) => p.severity === 'error'));
// Cases with warnings only, or none (the silently normalised ones), built together into one trail.
const WITHOUT_ERRORS = CASES.filter((c) => !c.expect.some((p) => p.severity === 'error') && !c.name.startsWith('photo-') && !c.name.startsWith('place-'));

let cacheDir: string;

beforeAll(async () => {
	// A cache of its own: validation remembers photos there, and the shared one is not this test's to fill.
	cacheDir = await mkdtemp(path.join(tmpdir(), 'ditichso-hostile-cache-'));
});

afterAll(async () => {
	if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
});

/** Every file and link under `dir`, by relative path, with the SHA-256 of its bytes (or its target). */
async function treeHashes(dir: string): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
		const abs = path.join(entry.parentPath, entry.name);
		const rel = path.relative(dir, abs);
		if (entry.isSymbolicLink()) out[rel] = `link → ${await readlink(abs)}`;
		else if (entry.isFile()) out[rel] = createHash('sha256').update(await readFile(abs)).digest('hex');
		else if (entry.isDirectory()) out[`${rel}/`] = 'dir';
	}
	return out;
}

/** A previous build with known bytes: what a visitor is being served while the editor works. */
async function writePreviousBuild(out: string): Promise<void> {
	await mkdir(path.join(out, 'vi', 'den-cap'), { recursive: true });
	await writeFile(path.join(out, 'index.html'), '<!doctype html><title>bản cũ</title>');
	await writeFile(path.join(out, 'vi', 'den-cap', 'index.html'), 'Đền Cấp, bản đang phục vụ khách');
	await writeFile(path.join(out, 'TE02.html'), Buffer.from([0, 1, 2, 0xff]));
}

describe('build on the hostile corpus (issue #8)', () => {
	test('has cases with errors to refuse', () => {
		expect(WITH_ERRORS.length).toBeGreaterThan(20);
	});

	test.each(WITH_ERRORS.map((c) => [c.name, c] as const))('%s: refused with exit 1, nothing written', async (_name, c) => {
		const copy = await prepareCase(c);
		const out = path.join(copy.root, 'site');
		await writePreviousBuild(out);
		const before = { out: await treeHashes(out), content: await treeHashes(copy.content), root: (await readdir(copy.root)).sort() };
		const io = captureIo(copy.root, { DITICHSO_CACHE: cacheDir });
		expect(await main(['--content', 'content', '--out', 'site'], io)).toBe(1);
		expect(await treeHashes(out)).toEqual(before.out);
		expect(await treeHashes(copy.content)).toEqual(before.content);
		// No staging folder, no old-output folder, nothing else beside the output.
		expect((await readdir(copy.root)).sort()).toEqual(before.root);
		expect(io.out().trimEnd().split('\n').at(-1)).toMatch(/ lỗi, \d+ cảnh báo trong \d+ di tích\. Chưa ghi tệp nào vào dist\/\.$/);
		// A content error is the whole answer: no program failure on stderr.
		expect(io.err()).toBe('');
	});

	test('the cases without errors, built together once: every page written, no script address or element in any page', { timeout: 480_000 }, async () => {
		const { copy, sites } = await combineCases(WITHOUT_ERRORS);
		const io = captureIo(copy.root, { DITICHSO_CACHE: cacheDir });
		expect(await main(['--content', 'content', '--out', 'site'], io), io.out() + io.err()).toBe(0);
		const out = path.join(copy.root, 'site');
		const written = new Set((await readdir(out, { recursive: true })).map((f) => f.split(path.sep).join('/')));
		const pages = Object.values(sites).flat().map((slug) => `vi/${slug}/index.html`);
		expect(pages.filter((page) => !written.has(page))).toEqual([]);
		const html = await Promise.all([...written].filter((f) => f.endsWith('.html')).map((f) => readFile(path.join(out, f), 'utf8')));
		// The pages' own scripts are inline and hashed for the CSP; none comes from the content.
		expect(html.filter((page) => /alert\(|evil\.example|msgbox/.test(page.replace(/&lt;script[\s\S]*?&lt;\/script&gt;/g, '').replace(/&lt;(?:div|iframe)[^]*?&gt;/g, '')))).toEqual([]);
		// The addresses the link cases wrote, and their data: payloads, appear nowhere in the pages.
		expect(html.filter((page) => /javascript:|vbscript:|PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg|PHN2Zy8\+/i.test(page))).toEqual([]);
		expect((await readdir(copy.root)).filter((name) => name.startsWith('.'))).toEqual([]);
	});
});
