import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
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
	await writeFile(path.join(content, 'empty.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
	await writeFile(path.join(content, 'notes.png'), 'not an image at all');
	await writeFile(path.join(content, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="90" height="30"><circle cx="15" cy="15" r="12" fill="#8a1c1c"/></svg>');
	const transparent = await sharp({ create: { width: 40, height: 20, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
	await writeFile(path.join(content, 'clear.png'), transparent);
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
	});

	test('draws an SVG logo as a PNG 400 px tall, keeping its proportions', async () => {
		const { logo, problems } = await loadPlaqueLogo(content, { logo: 'logo.svg' }, PLACE);
		expect(problems).toEqual([]);
		expect(logo).toMatchObject({ widthPx: 1200, heightPx: 400 });
	});

	test('puts a transparent PNG on white: a plaque PDF holds no transparency', async () => {
		const { logo } = await loadPlaqueLogo(content, { logo: 'clear.png' }, PLACE);
		const meta = await sharp(logo!.png).metadata();
		expect(meta).toMatchObject({ format: 'png', hasAlpha: false, width: 40, height: 20 });
		const { data } = await sharp(logo!.png).raw().toBuffer({ resolveWithObject: true });
		expect([...data].every((v) => v === 255)).toBe(true);
	});

	test.each([
		['nope.png', 'logo-missing', { src: 'nope.png', dir: 'content/' }],
		['../outside.png', 'logo-outside-content-folder', { src: '../outside.png', dir: 'content/' }],
		['empty.svg', 'logo-unreadable', { src: 'empty.svg' }],
		['notes.png', 'logo-unreadable', { src: 'notes.png' }],
	])('reports %s as %s at the logo field of settings.yaml', async (src, code, params) => {
		expect(await loadPlaqueLogo(content, { logo: src }, PLACE)).toEqual({ problems: [{ code, severity: 'error', file: 'content/settings.yaml', field: 'logo', line: 12, column: 7, params }] });
	});
});
