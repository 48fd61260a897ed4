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
	// A link to nothing, outside; a link to nothing, inside; a folder of links leading out; a link that stays inside.
	await symlink('../../khong-co.mp3', path.join(site, 'lien-ket-hong.mp3'));
	await symlink('khong-co.mp3', path.join(site, 'lien-ket-trong.mp3'));
	await symlink(root, path.join(site, 'anh'));
	await symlink('thuyet-minh.mp3', path.join(site, 'ban-sao.mp3'));
	await mkdir(path.join(site, 'thu-muc.mp3'));
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
		expect(status).toEqual({ 'khong-co.mp3': 'missing', 'rong.mp3': 'empty', '../../ngoai.mp3': 'outside', '/etc/passwd.mp3': 'outside', 'lien-ket.mp3': 'outside' });
		expect(files).toEqual({});
	});

	test('judges a symbolic link by where it leads, even when that is nowhere or through a linked folder (issue #8)', async () => {
		const { files, status } = await locateSiteFiles(site, ['lien-ket-hong.mp3', 'lien-ket-trong.mp3', 'anh/ngoai.mp3', 'ban-sao.mp3']);
		expect(status).toEqual({ 'lien-ket-hong.mp3': 'outside', 'lien-ket-trong.mp3': 'missing', 'anh/ngoai.mp3': 'outside', 'ban-sao.mp3': 'ok' });
		expect(files['ban-sao.mp3']?.path).toBe(path.join(site, 'thuyet-minh.mp3'));
	});

	test('reads only plain files: a folder named like a file is unreadable, never opened as one (issue #8)', async () => {
		const inspected: string[] = [];
		const { status } = await locateSiteFiles(site, ['thu-muc.mp3'], async (_bytes, src) => (inspected.push(src), {}));
		expect(status).toEqual({ 'thu-muc.mp3': 'unreadable' });
		expect(inspected).toEqual([]);
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

	test("takes inspect's own status for a file it refuses, and keeps why (issues #6, #8)", async () => {
		const { files, status, refusals, bytes } = await locateSiteFiles(site, ['thuyet-minh.mp3', 'Thuyết minh.mp3'], async (_bytes, src) =>
			src === 'thuyet-minh.mp3' ? { refused: 'heic' as const } : { refused: 'not-image' as const, kind: 'audio' as const },
		);
		expect(status).toEqual({ 'thuyet-minh.mp3': 'heic', 'Thuyết minh.mp3': 'not-image' });
		expect(refusals).toEqual({ 'thuyet-minh.mp3': { refused: 'heic' }, 'Thuyết minh.mp3': { refused: 'not-image', kind: 'audio' } });
		expect(bytes).toEqual({ 'thuyet-minh.mp3': 20, 'Thuyết minh.mp3': 3 });
		expect(files).toEqual({});
	});

	test('a file inspect gives nothing for is unreadable, with no reason kept', async () => {
		const { status, refusals } = await locateSiteFiles(site, ['thuyet-minh.mp3'], async () => undefined);
		expect(status).toEqual({ 'thuyet-minh.mp3': 'unreadable' });
		expect(refusals).toEqual({});
	});
});
