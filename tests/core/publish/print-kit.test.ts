import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadTrail } from '../../../src/core/content/load-trail.ts';
import type { Trail } from '../../../src/core/content/trail.ts';
import { loadPlaqueFonts } from '../../../src/core/plaque/fonts.ts';
import { createPlaqueRenderer } from '../../../src/core/publish/plaque-renderer.ts';
import { newestUpdate, writePrintKit } from '../../../src/core/publish/print-kit.ts';
import type { PrintKitManifest } from '../../../src/core/publish/print-paths.ts';
import { PLAQUE_SIZE_IDS } from '../../../src/core/schema/index.ts';
import { removeTrailCopy, trailCopy, type TrailCopy } from '../../helpers/trail-copy.ts';

let copy: TrailCopy;
let trail: Trail;
let dir: string;
let manifest: PrintKitManifest;
let progress: [number, number][];

async function kitInto(folder: string, onProgress?: (done: number, total: number) => void): Promise<PrintKitManifest> {
	const fonts = loadPlaqueFonts();
	const renderer = createPlaqueRenderer({ fonts });
	return writePrintKit(trail, fonts, renderer, folder, { onProgress }).finally(() => renderer.close());
}

async function listFiles(folder: string): Promise<string[]> {
	const entries = await readdir(folder, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile()).map((e) => path.relative(folder, path.join(e.parentPath, e.name)).split(path.sep).join('/')).sort();
}

beforeAll(async () => {
	copy = await trailCopy('minimal');
	const loaded = await loadTrail({ contentDir: copy.content, cwd: copy.root });
	if (!loaded.trail) throw new Error('The minimal fixture does not load');
	trail = loaded.trail;
	dir = path.join(copy.root, 'plaques');
	progress = [];
	manifest = await kitInto(dir, (done, total) => progress.push([done, total]));
});
afterAll(() => removeTrailCopy(copy));

const file = async (name: string) => new Uint8Array(await readFile(path.join(dir, ...name.split('/'))));
const pageCount = (pdf: Uint8Array) => Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;

describe('writePrintKit', () => {
	test('writes every file the manifest names, and nothing else; the manifest has their sizes', async () => {
		const names = await listFiles(dir);
		expect(Object.keys(manifest.bytes).sort()).toEqual(names);
		for (const name of names) expect(manifest.bytes[name], name).toBe((await file(name)).byteLength);
		// Trail order first, then the shared files and the ZIP last.
		expect(Object.keys(manifest.bytes).slice(0, 2)).toEqual([`${PLAQUE_SIZE_IDS[0]}/TE01.pdf`, `${PLAQUE_SIZE_IDS[0]}/TE01.svg`]);
		expect(Object.keys(manifest.bytes).at(-1)).toBe('bang-qr.zip');
		expect(names.filter((n) => n.includes('.partial'))).toEqual([]);
	});

	test('reports progress after each site, issue #7', () => {
		expect(progress).toEqual([
			[1, 2],
			[2, 2],
		]);
	});

	test('the ZIP holds every size folder, the combined PDFs and the README, under one folder, in path order', async () => {
		const entries = unzipSync(await file('bang-qr.zip'));
		const expected = Object.keys(manifest.bytes).filter((f) => f.includes('/') || f.startsWith('tat-ca-') || f === 'nhan-a4.pdf' || f === 'README.txt').map((f) => `bang-qr/${f}`);
		expect(Object.keys(entries)).toEqual([...expected].sort());
		expect(expected).toHaveLength(PLAQUE_SIZE_IDS.length * 4 + PLAQUE_SIZE_IDS.length + 2);
		for (const name of expected) expect(Buffer.from(entries[name]!).equals(Buffer.from(await file(name.slice('bang-qr/'.length)))), name).toBe(true);
	});

	test('stores PDF and PNG as they are and deflates SVG and text', async () => {
		const zip = Buffer.from(await file('bang-qr.zip'));
		const methods = new Map<string, number>();
		// Central directory headers: method at +10, name length at +28, name at +46.
		for (let at = zip.indexOf('PK\x01\x02', 0, 'latin1'); at >= 0; at = zip.indexOf('PK\x01\x02', at + 4, 'latin1')) {
			methods.set(zip.subarray(at + 46, at + 46 + zip.readUInt16LE(at + 28)).toString('utf8'), zip.readUInt16LE(at + 10));
		}
		expect(methods.get('bang-qr/a4/TE01.pdf')).toBe(0);
		expect(methods.get('bang-qr/tat-ca-a5.pdf')).toBe(0);
		expect(methods.get('bang-qr/a4/TE01.svg')).toBe(8);
		expect(methods.get('bang-qr/README.txt')).toBe(8);
	});

	test('gives byte-identical files on a second run', async () => {
		const again = await mkdtemp(path.join(tmpdir(), 'ditichso-'));
		try {
			expect(await kitInto(again)).toEqual(manifest);
			for (const name of await listFiles(dir)) {
				expect(Buffer.from(await readFile(path.join(again, ...name.split('/')))).equals(Buffer.from(await file(name))), name).toBe(true);
			}
		} finally {
			await rm(again, { recursive: true, force: true });
		}
	});

	test.each(PLAQUE_SIZE_IDS)('tat-ca-%s.pdf has one page per site', async (size) => {
		expect(pageCount(await file(`tat-ca-${size}.pdf`))).toBe(trail.sites.length);
		expect(pageCount(await file(`${size}/TE01.pdf`))).toBe(1);
	});

	test('each size is drawn at its own trim size', async () => {
		const svg = Buffer.from(await file('a4/TE01.svg')).toString('utf8');
		// 210 mm + 2 × (3 mm bleed + 8 mm of crop-mark margin)
		expect(svg).toContain('width="232mm"');
	});

	test('the preview is a PNG of the trim, 600 px wide', async () => {
		const png = Buffer.from(await file('TE01.png'));
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([600, 851]);
	});

	test('the README says how to print, in Vietnamese then English', async () => {
		const readme = Buffer.from(await file('README.txt')).toString('utf8');
		expect(readme.startsWith('\uFEFFBẢNG QR')).toBe(true);
		for (const words of ['In đúng 100%, không co giãn', 'Print at 100%, do not scale', 'Lề xén (bleed) 3 mm', 'Bleed: 3 mm', 'TE01, TE02', 'doan@trail.example.vn', 'a4/: A4 (210 × 297 mm); thành phẩm 210 × 297 mm, kể cả lề xén 216 × 303 mm.']) {
			expect(readme).toContain(words);
		}
		expect(readme.indexOf('In đúng 100%')).toBeLessThan(readme.indexOf('Print at 100%'));
		expect(readme).not.toMatch(/[^\r]\n/);
		expect(readme).not.toMatch(/\bbia\b/i);
	});

	test('a trail without sites gets the README and a ZIP of it, and no PDF', async () => {
		const empty = await mkdtemp(path.join(tmpdir(), 'ditichso-'));
		try {
			const fonts = loadPlaqueFonts();
			const renderer = createPlaqueRenderer({ fonts });
			const none = await writePrintKit({ ...trail, sites: [] }, fonts, renderer, empty).finally(() => renderer.close());
			expect(Object.keys(none.bytes)).toEqual(['README.txt', 'bang-qr.zip']);
			expect(Object.keys(unzipSync(new Uint8Array(await readFile(path.join(empty, 'bang-qr.zip')))))).toEqual(['bang-qr/README.txt']);
		} finally {
			await rm(empty, { recursive: true, force: true });
		}
	});
});

describe('newestUpdate', () => {
	test('is the newest updated date of the sites, as date fields', () => {
		const sites = [{ data: { updated: '2025-03-02' } }, { data: { updated: '2025-11-20' } }] as Trail['sites'];
		expect(newestUpdate(sites)).toEqual({ year: 2025, month: 11, day: 20 });
		expect(newestUpdate([])).toEqual({ year: 1980, month: 1, day: 1 });
	});
});
