import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadTrail } from '../../../src/core/content/load-trail.ts';
import { loadPlaqueFonts } from '../../../src/core/plaque/fonts.ts';
import { createPlaqueRenderer } from '../../../src/core/publish/plaque-renderer.ts';
import { PLAQUES_DIR, readPrintKitManifest, savePrintKitManifest, writePlaques } from '../../../src/core/publish/plaques.ts';
import { writePrintKit } from '../../../src/core/publish/print-kit.ts';
import { PLAQUE_SIZE_IDS } from '../../../src/core/schema/index.ts';
import { trailCopy } from '../../helpers/trail-copy.ts';

async function minimal() {
	const copy = await trailCopy('minimal');
	const { trail } = await loadTrail({ contentDir: copy.content, cwd: copy.root });
	if (!trail) throw new Error('The minimal fixture does not load');
	return { copy, trail };
}

async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')).sort();
}

describe('writePlaques', () => {
	test('writes every plaque file under plaques/: the settings size at the top, every size in its folder', async () => {
		const { copy, trail } = await minimal();
		const out = path.join(copy.root, 'dist');
		expect(await writePlaques(trail, out, loadPlaqueFonts())).toEqual(['TE01', 'TE02']);
		expect(PLAQUES_DIR).toBe('plaques');
		const perSize = PLAQUE_SIZE_IDS.flatMap((size) => ['TE01', 'TE02'].flatMap((code) => [`${size}/${code}.pdf`, `${size}/${code}.svg`]));
		const top = ['TE01.pdf', 'TE01.png', 'TE01.svg', 'TE02.pdf', 'TE02.png', 'TE02.svg'];
		const kit = ['README.txt', 'bang-qr.zip', 'nhan-a4.pdf', ...PLAQUE_SIZE_IDS.map((size) => `tat-ca-${size}.pdf`)];
		expect(await listFiles(path.join(out, 'plaques'))).toEqual([...top, ...perSize, ...kit].sort());
		for (const code of ['TE01', 'TE02']) {
			const pdf = await readFile(path.join(out, 'plaques', `${code}.pdf`));
			expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
			expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
			const svg = await readFile(path.join(out, 'plaques', `${code}.svg`), 'utf8');
			expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/);
			expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
			// The settings' size (a5) is one file at two addresses.
			expect(pdf.equals(await readFile(path.join(out, 'plaques', 'a5', `${code}.pdf`)))).toBe(true);
		}
	});

	test('gives byte-identical files on a second run (fixed dates and IDs)', async () => {
		const { copy, trail } = await minimal();
		const fonts = loadPlaqueFonts();
		const first = path.join(copy.root, 'one');
		const second = path.join(copy.root, 'two');
		await writePlaques(trail, first, fonts);
		await writePlaques(trail, second, fonts);
		const names = await listFiles(path.join(first, 'plaques'));
		expect(await listFiles(path.join(second, 'plaques'))).toEqual(names);
		for (const name of names) {
			const a = await readFile(path.join(first, 'plaques', name));
			const b = await readFile(path.join(second, 'plaques', name));
			expect(a.equals(b), name).toBe(true);
		}
	});
});

describe('savePrintKitManifest', () => {
	test('saves each file size by path, and reads it back', async () => {
		const { copy, trail } = await minimal();
		const fonts = loadPlaqueFonts();
		const renderer = createPlaqueRenderer({ fonts });
		const manifest = await writePrintKit(trail, fonts, renderer, path.join(copy.root, 'plaques')).finally(() => renderer.close());
		const file = path.join(copy.root, 'kit.json');
		await savePrintKitManifest(file, manifest);
		expect(await readPrintKitManifest(file)).toEqual(manifest);
		expect(manifest.bytes['TE01.pdf']).toBe((await readFile(path.join(copy.root, 'plaques', 'TE01.pdf'))).byteLength);
	});
});
