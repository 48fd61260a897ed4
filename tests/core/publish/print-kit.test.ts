import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadTrail } from '../../../src/core/content/load-trail.ts';
import type { Trail } from '../../../src/core/content/trail.ts';
import { loadPlaqueFonts } from '../../../src/core/plaque/fonts.ts';
import { makePrintKit, newestUpdate, type KitFile } from '../../../src/core/publish/print-kit.ts';
import { PLAQUE_SIZE_IDS } from '../../../src/core/schema/index.ts';
import { removeTrailCopy, trailCopy, type TrailCopy } from '../../helpers/trail-copy.ts';

let copy: TrailCopy;
let trail: Trail;
let kit: KitFile[];

beforeAll(async () => {
	copy = await trailCopy('minimal');
	const loaded = await loadTrail({ contentDir: copy.content, cwd: copy.root });
	if (!loaded.trail) throw new Error('The minimal fixture does not load');
	trail = loaded.trail;
	kit = await makePrintKit(trail, loadPlaqueFonts());
});
afterAll(() => removeTrailCopy(copy));

const file = (name: string) => {
	const found = kit.find((f) => f.path === name);
	if (!found) throw new Error(`${name} is not in the kit`);
	return found.bytes;
};
const pageCount = (pdf: Uint8Array) => Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;

describe('makePrintKit', () => {
	test('the ZIP holds every size folder, the combined PDFs and the README, under one folder', () => {
		const entries = unzipSync(file('bang-qr.zip'));
		const expected = kit.filter((f) => f.path.includes('/') || f.path.startsWith('tat-ca-') || f.path === 'nhan-a4.pdf' || f.path === 'README.txt').map((f) => `bang-qr/${f.path}`);
		expect(Object.keys(entries).sort()).toEqual(expected.sort());
		expect(expected).toHaveLength(PLAQUE_SIZE_IDS.length * 4 + PLAQUE_SIZE_IDS.length + 2);
		for (const name of expected) expect(Buffer.from(entries[name]!).equals(Buffer.from(file(name.slice('bang-qr/'.length)))), name).toBe(true);
	});

	test('the ZIP is byte-identical on a second run', async () => {
		const again = await makePrintKit(trail, loadPlaqueFonts());
		expect(again.map((f) => f.path)).toEqual(kit.map((f) => f.path));
		for (const f of again) expect(Buffer.from(f.bytes).equals(Buffer.from(file(f.path))), f.path).toBe(true);
	});

	test.each(PLAQUE_SIZE_IDS)('tat-ca-%s.pdf has one page per site', (size) => {
		expect(pageCount(file(`tat-ca-${size}.pdf`))).toBe(trail.sites.length);
		expect(pageCount(file(`${size}/TE01.pdf`))).toBe(1);
	});

	test('each size is drawn at its own trim size', () => {
		const svg = Buffer.from(file('a4/TE01.svg')).toString('utf8');
		// 210 mm + 2 × (3 mm bleed + 8 mm of crop-mark margin)
		expect(svg).toContain('width="232mm"');
	});

	test('the preview is a PNG of the trim, 600 px wide', () => {
		const png = Buffer.from(file('TE01.png'));
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([600, 851]);
	});

	test('the README says how to print, in Vietnamese then English', () => {
		const readme = Buffer.from(file('README.txt')).toString('utf8');
		expect(readme.startsWith('\uFEFFBẢNG QR')).toBe(true);
		for (const words of ['In đúng 100%, không co giãn', 'Print at 100%, do not scale', 'Lề xén (bleed) 3 mm', 'Bleed: 3 mm', 'TE01, TE02', 'doan@trail.example.vn', 'a4/: A4 (210 × 297 mm); thành phẩm 210 × 297 mm, kể cả lề xén 216 × 303 mm.']) {
			expect(readme).toContain(words);
		}
		expect(readme.indexOf('In đúng 100%')).toBeLessThan(readme.indexOf('Print at 100%'));
		expect(readme).not.toMatch(/[^\r]\n/);
		expect(readme).not.toMatch(/\bbia\b/i);
	});
});

describe('newestUpdate', () => {
	test('is the newest updated date of the sites, as date fields', () => {
		const sites = [{ data: { updated: '2025-03-02' } }, { data: { updated: '2025-11-20' } }] as Trail['sites'];
		expect(newestUpdate(sites)).toEqual({ year: 2025, month: 11, day: 20 });
		expect(newestUpdate([])).toEqual({ year: 1980, month: 1, day: 1 });
	});
});
