import { describe, expect, test } from 'vitest';
import { loadTrail } from '../../../src/core/content/load-trail.ts';
import { PRINT_PAGE_PATH, printPageModel } from '../../../src/core/pages/print-page.ts';
import { trailCopy } from '../../helpers/trail-copy.ts';

async function minimalTrail() {
	const copy = await trailCopy('minimal');
	const { trail } = await loadTrail({ contentDir: copy.content, cwd: copy.root });
	if (!trail) throw new Error('The minimal fixture does not load');
	return trail;
}

describe('printPageModel', () => {
	test('lists every plaque with its preview and a PDF and SVG link per size', async () => {
		const page = printPageModel(await minimalTrail());
		expect(PRINT_PAGE_PATH).toBe('/in-an/');
		expect(page.plaques.map((p) => p.code)).toEqual(['TE01', 'TE02']);
		const [first] = page.plaques;
		expect(first?.preview).toMatchObject({ src: '/plaques/TE01.png', widthPx: 600, heightPx: 851 });
		expect(first?.sizes.map((s) => s.sizeId)).toEqual(['a4', 'a5', 'a6', 'board-20x30', 'board-30x40', 'sticker-10x10']);
		expect(first?.sizes.filter((s) => s.isDefault).map((s) => s.sizeId)).toEqual(['a5']);
		expect(first?.sizes[0]).toMatchObject({ pdf: { href: '/plaques/a4/TE01.pdf', label: 'PDF' }, svg: { href: '/plaques/a4/TE01.svg', label: 'SVG' } });
	});

	test('puts the ZIP, the README, one combined PDF per size and the label sheet at the top', async () => {
		const page = printPageModel(await minimalTrail());
		expect(page.zip.href).toBe('/plaques/bang-qr.zip');
		expect(page.readme.href).toBe('/plaques/README.txt');
		const sizes = ['a4', 'a5', 'a6', 'board-20x30', 'board-30x40', 'sticker-10x10'].map((s) => `/plaques/tat-ca-${s}.pdf`);
		expect(page.combined.map((c) => c.href)).toEqual([...sizes, '/plaques/nhan-a4.pdf']);
		expect(page.combined[0]?.pages).toEqual({ vi: '2 trang', en: '2 page(s)' });
		// Two labels fit on one sheet of 21.
		expect(page.combined.at(-1)?.pages).toEqual({ vi: '1 trang', en: '1 page(s)' });
	});

	test('shows file sizes in whole kilobytes when the build gives them', async () => {
		const page = printPageModel(await minimalTrail(), { bytes: { 'bang-qr.zip': 1_536_000, 'a4/TE01.pdf': 41_000, 'a4/TE01.svg': 100 } });
		expect(page.zip.label).toBe('ZIP, 1\u202F500 KB');
		expect(page.plaques[0]?.sizes[0]?.pdf.label).toBe('PDF, 40 KB');
		expect(page.plaques[0]?.sizes[0]?.svg.label).toBe('SVG, 1 KB');
	});

	test('speaks Vietnamese with English beside it, and calls a plaque "bảng"', async () => {
		const page = printPageModel(await minimalTrail());
		expect(page.chrome.lang).toBe('vi');
		expect(page.title).toEqual({ vi: 'In bảng QR', en: 'Print the QR plaques' });
		expect(page.intro.vi).toContain('In đúng 100%, không co giãn');
		expect(page.intro.en).toContain('Print at 100%, do not scale');
		expect(page.defaultSize).toEqual({ vi: 'Khổ mặc định: A5 (148 × 210 mm)', en: 'Default size: A5 (148 × 210 mm)' });
		expect(page.plaques[0]?.preview.alt).toMatch(/^Bảng TE01: /);
	});
});
