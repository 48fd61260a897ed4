import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadTrail } from '../../../src/core/content/load-trail.ts';
import { loadPlaqueFonts } from '../../../src/core/plaque/fonts.ts';
import { PLAQUES_DIR, writePlaques } from '../../../src/core/publish/plaques.ts';
import { trailCopy } from '../../helpers/trail-copy.ts';

async function minimal() {
	const copy = await trailCopy('minimal');
	const { trail } = await loadTrail({ contentDir: copy.content, cwd: copy.root });
	if (!trail) throw new Error('The minimal fixture does not load');
	return { copy, trail };
}

describe('writePlaques', () => {
	test('writes a PDF and an SVG per site under plaques/, named by code', async () => {
		const { copy, trail } = await minimal();
		const out = path.join(copy.root, 'dist');
		expect(await writePlaques(trail, out, loadPlaqueFonts())).toEqual(['TE01', 'TE02']);
		expect(PLAQUES_DIR).toBe('plaques');
		expect((await readdir(path.join(out, 'plaques'))).sort()).toEqual(['TE01.pdf', 'TE01.svg', 'TE02.pdf', 'TE02.svg']);
		for (const code of ['TE01', 'TE02']) {
			const pdf = await readFile(path.join(out, 'plaques', `${code}.pdf`));
			expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
			expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
			const svg = await readFile(path.join(out, 'plaques', `${code}.svg`), 'utf8');
			expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/);
			expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
		}
	});

	test('gives byte-identical PDFs and SVGs on a second run (fixed dates and IDs)', async () => {
		const { copy, trail } = await minimal();
		const fonts = loadPlaqueFonts();
		const first = path.join(copy.root, 'one');
		const second = path.join(copy.root, 'two');
		await writePlaques(trail, first, fonts);
		await writePlaques(trail, second, fonts);
		for (const name of ['TE01.pdf', 'TE02.pdf', 'TE01.svg', 'TE02.svg']) {
			const a = await readFile(path.join(first, 'plaques', name));
			const b = await readFile(path.join(second, 'plaques', name));
			expect(a.equals(b), name).toBe(true);
		}
	});
});
