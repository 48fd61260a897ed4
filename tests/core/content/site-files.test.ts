import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { locateSiteFiles } from '../../../src/core/content/site-files.ts';

let root: string;
let site: string;

beforeAll(async () => {
	root = await mkdtemp(path.join(tmpdir(), 'ditichso-files-'));
	site = path.join(root, 'sites', 'dinh-mau');
	await mkdir(site, { recursive: true });
	await writeFile(path.join(site, 'thuyet-minh.mp3'), 'ID3 not really audio');
	await writeFile(path.join(site, 'rong.mp3'), '');
	// A name stored decomposed, as a Mac may write it.
	await writeFile(path.join(site, 'Thuyết minh.mp3'.normalize('NFD')), 'ID3');
	await writeFile(path.join(root, 'ngoai.mp3'), 'ID3');
	await symlink(path.join(root, 'ngoai.mp3'), path.join(site, 'lien-ket.mp3'));
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe('locateSiteFiles', () => {
	test('finds a file inside the folder and names it by a hash of its bytes', async () => {
		const { files, status } = await locateSiteFiles(site, ['thuyet-minh.mp3']);
		expect(status).toEqual({ 'thuyet-minh.mp3': 'ok' });
		expect(files['thuyet-minh.mp3']).toEqual({ src: 'thuyet-minh.mp3', path: path.join(site, 'thuyet-minh.mp3'), hash: expect.stringMatching(/^[0-9a-f]{12}$/) });
	});

	test('finds a file whose name on disk is decomposed (NFD)', async () => {
		const { status } = await locateSiteFiles(site, ['Thuyết minh.mp3'.normalize('NFC')]);
		expect(Object.values(status)).toEqual(['ok']);
	});

	test('tells missing, empty and outside files apart, a symbolic link out of the folder included', async () => {
		const { files, status } = await locateSiteFiles(site, ['khong-co.mp3', 'rong.mp3', '../../ngoai.mp3', '/etc/passwd.mp3', 'lien-ket.mp3']);
		expect(status).toEqual({ 'khong-co.mp3': 'missing', 'rong.mp3': 'unreadable', '../../ngoai.mp3': 'outside', '/etc/passwd.mp3': 'outside', 'lien-ket.mp3': 'outside' });
		expect(files).toEqual({});
	});

	test('refuses a file over maxBytes without reading it, and gives every size found (issue #6)', async () => {
		const inspected: string[] = [];
		const inspect = async (_bytes: Uint8Array, src: string) => (inspected.push(src), {});
		const { files, status, bytes } = await locateSiteFiles(site, ['thuyet-minh.mp3', 'Thuyết minh.mp3', 'khong-co.mp3'], inspect, { maxBytes: 3 });
		expect(status).toEqual({ 'thuyet-minh.mp3': 'too-large', 'Thuyết minh.mp3': 'ok', 'khong-co.mp3': 'missing' });
		expect(bytes).toEqual({ 'thuyet-minh.mp3': 20, 'Thuyết minh.mp3': 3 });
		expect(inspected).toEqual(['Thuyết minh.mp3']);
		expect(Object.keys(files)).toEqual(['Thuyết minh.mp3']);
	});

	test("takes inspect's own status for a file it refuses (issue #6)", async () => {
		const { files, status } = await locateSiteFiles(site, ['thuyet-minh.mp3'], async () => 'heic' as const);
		expect(status).toEqual({ 'thuyet-minh.mp3': 'heic' });
		expect(files).toEqual({});
	});
});
