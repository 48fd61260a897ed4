import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { getPrintKitManifest } from '../../src/site/print-kit.ts';

// The print kit's manifest names every file of the kit (140,000 at 10,000 sites) and every plaque
// preview page asks for it: read once per build, or the pages stage grows with the square of the
// trail (issue #7).

let dir: string;
const before = process.env['DITICHSO_PRINT_KIT'];
beforeEach(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'ditichso-kit-'));
});
afterEach(async () => {
	if (before === undefined) delete process.env['DITICHSO_PRINT_KIT'];
	else process.env['DITICHSO_PRINT_KIT'] = before;
	await rm(dir, { recursive: true, force: true });
});

const manifest = async (name: string, bytes: Record<string, number>) => {
	const file = path.join(dir, name);
	await writeFile(file, JSON.stringify({ bytes }));
	return file;
};

describe('getPrintKitManifest', () => {
	test('reads the manifest the build names once, however many pages ask (issue #7)', async () => {
		process.env['DITICHSO_PRINT_KIT'] = await manifest('build-1.print-kit.json', { 'DH01.pdf': 100 });
		expect(await getPrintKitManifest()).toEqual({ bytes: { 'DH01.pdf': 100 } });
		await writeFile(process.env['DITICHSO_PRINT_KIT'], 'not read again');
		expect(await getPrintKitManifest()).toEqual({ bytes: { 'DH01.pdf': 100 } });
	});

	test('a second build in the same process, with its own manifest, reads that one', async () => {
		process.env['DITICHSO_PRINT_KIT'] = await manifest('build-1.print-kit.json', { 'DH01.pdf': 100 });
		await getPrintKitManifest();
		process.env['DITICHSO_PRINT_KIT'] = await manifest('build-2.print-kit.json', { 'DH01.pdf': 200 });
		expect(await getPrintKitManifest()).toEqual({ bytes: { 'DH01.pdf': 200 } });
	});

	test('without a build (astro dev) there is none', async () => {
		delete process.env['DITICHSO_PRINT_KIT'];
		expect(await getPrintKitManifest()).toBeUndefined();
	});
});
