import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPlaqueFonts } from '../../src/core/plaque/fonts.ts';
import { createPlaqueRenderer } from '../../src/core/publish/plaque-renderer.ts';
import { writePrintKit } from '../../src/core/publish/print-kit.ts';
import { validateContent } from '../../src/core/validate.ts';
import { PROJECT_ROOT, trailCopy } from '../helpers/trail-copy.ts';

describe('validateContent', () => {
	test('is ok on the minimal trail, with no problem and both site folders counted', async () => {
		const copy = await trailCopy('minimal');
		const result = await validateContent({ contentDir: copy.content, cwd: copy.root });
		expect(result.problems).toEqual([]);
		expect(result.ok).toBe(true);
		expect(result.siteFolders).toBe(2);
		expect(result.trail?.sites.map((s) => s.slug)).toEqual(['dinh-mau', 'den-cap']);
	});

	test('is not ok when a check finds an error, and lists it', async () => {
		const copy = await trailCopy('minimal', { 'sites/den-cap/vi.md': (s) => s.replace('lat: 21.4\n  lng: 107.5', 'lat: 107.5\n  lng: 21.4') });
		const result = await validateContent({ contentDir: copy.content, cwd: copy.root });
		expect(result.ok).toBe(false);
		expect(result.problems).toEqual([{ code: 'coordinates-swapped', severity: 'error', file: 'content/sites/den-cap/vi.md', field: 'location.lat', line: 8, column: 8, params: { lat: 107.5, lng: 21.4 } }]);
	});

	test('is not ok when a site does not load, and still counts its folder', async () => {
		const copy = await trailCopy('minimal', { 'sites/den-cap/vi.md': (s) => s.replace('code: TE02', 'code: TE01') });
		const result = await validateContent({ contentDir: copy.content, cwd: copy.root });
		expect(result.ok).toBe(false);
		expect(result.problems.map((p) => [p.code, p.file])).toEqual([['duplicate-code', 'content/sites/dinh-mau/vi.md']]);
		expect(result.siteFolders).toBe(2);
	});

	test('stays ok with warnings only', async () => {
		const copy = await trailCopy('minimal', { 'sites/den-cap/vi.md': (s) => `${s}\n[bản đồ](javascript:alert(1))\n` });
		const result = await validateContent({ contentDir: copy.content, cwd: copy.root });
		expect(result.problems.map((p) => [p.code, p.severity])).toEqual([['unsafe-link', 'warning']]);
		expect(result.ok).toBe(true);
	});

	test('is not ok without settings, even when every site is fine', async () => {
		const copy = await trailCopy('minimal', { 'settings.yaml': null });
		const result = await validateContent({ contentDir: copy.content, cwd: copy.root });
		expect(result.ok).toBe(false);
		expect(result.trail).toBeUndefined();
		expect(result.problems.map((p) => p.code)).toEqual(['settings-missing']);
	});

	test('names settings.yaml relative to the working folder in plaque problems', async () => {
		const copy = await trailCopy('minimal', { 'settings.yaml': (s) => s.replace(/owner: .*/, 'owner: Đoàn Thanh niên 漢') });
		const result = await validateContent({ contentDir: copy.content, cwd: copy.root });
		expect(result.problems.map((p) => [p.code, p.file, p.field])).toContainEqual(['glyph-missing', 'content/settings.yaml', 'owner']);
	});

	test('reads the logo named in settings.yaml, and the plaques print it', async () => {
		const copy = await trailCopy('minimal', { 'settings.yaml': (s) => `${s}logo: logo.png\n` });
		await copyFile(path.join(PROJECT_ROOT, 'tests/fixtures/logo/logo.png'), path.join(copy.content, 'logo.png'));
		const result = await validateContent({ contentDir: copy.content, cwd: copy.root });
		expect(result.problems).toEqual([]);
		expect(result.trail?.logo).toMatchObject({ widthPx: 60, heightPx: 20 });
		const fonts = loadPlaqueFonts();
		const renderer = createPlaqueRenderer({ fonts });
		await writePrintKit(result.trail!, fonts, renderer, path.join(copy.root, 'plaques')).finally(() => renderer.close());
		const pdf = (await readFile(path.join(copy.root, 'plaques', 'TE01.pdf'))).toString('latin1');
		expect(pdf).toMatch(/\/Subtype \/Image/);
	});

	test('a logo that is not there is an error at settings.yaml, and nothing may be built', async () => {
		const copy = await trailCopy('minimal', { 'settings.yaml': (s) => `${s}logo: logo.png\n` });
		const result = await validateContent({ contentDir: copy.content, cwd: copy.root });
		expect(result.ok).toBe(false);
		expect(result.problems).toEqual([{ code: 'logo-missing', severity: 'error', file: 'content/settings.yaml', field: 'logo', params: { src: 'logo.png', dir: 'content/' } }]);
	});
});
