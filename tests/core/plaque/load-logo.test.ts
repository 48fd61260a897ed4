import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadPlaqueLogo } from '../../../src/core/plaque/load-logo.ts';

const PLACE = { settingsFile: 'content/settings.yaml', contentDirShown: 'content/', line: 12, column: 7 };
let root: string;
let content: string;

beforeAll(async () => {
	root = await mkdtemp(path.join(tmpdir(), 'ditichso-logo-'));
	content = path.join(root, 'content');
	await mkdir(content);
	await copyFile(new URL('../../fixtures/logo/logo.png', import.meta.url), path.join(content, 'logo.png'));
	await copyFile(new URL('../../fixtures/logo/logo.png', import.meta.url), path.join(root, 'outside.png'));
	await writeFile(path.join(content, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('loadPlaqueLogo', () => {
	test('gives no logo and no problem when settings name none', async () => {
		expect(await loadPlaqueLogo(content, {}, PLACE)).toEqual({ problems: [] });
	});

	test('reads a PNG inside the content folder, with its pixel size', async () => {
		const { logo, problems } = await loadPlaqueLogo(content, { logo: 'logo.png' }, PLACE);
		expect(problems).toEqual([]);
		expect(logo).toMatchObject({ widthPx: 60, heightPx: 20 });
		expect(logo?.png.byteLength).toBe(114);
	});

	test.each([
		['nope.png', 'logo-missing', { src: 'nope.png', dir: 'content/' }],
		['../outside.png', 'logo-outside-content-folder', { src: '../outside.png', dir: 'content/' }],
		['logo.svg', 'logo-not-png', { src: 'logo.svg' }],
	])('reports %s as %s at the logo field of settings.yaml', async (src, code, params) => {
		expect(await loadPlaqueLogo(content, { logo: src }, PLACE)).toEqual({ problems: [{ code, severity: 'error', file: 'content/settings.yaml', field: 'logo', line: 12, column: 7, params }] });
	});
});
