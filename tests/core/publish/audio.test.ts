import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { loadTrail } from '../../../src/core/content/load-trail.ts';
import type { Trail } from '../../../src/core/content/trail.ts';
import { sitePageModel } from '../../../src/core/pages/site-page.ts';
import { audioPath, writeAudio } from '../../../src/core/publish/audio.ts';
import { trailCopy } from '../../helpers/trail-copy.ts';
import { settings, siteEntry } from '../checks/site-entry.ts';

describe('audioPath', () => {
	test.each([
		['thuyet-minh.mp3', '/am-thanh/dinh-dam-ha/thuyet-minh-0123456789ab.mp3'],
		['Thuyết Minh.M4A', '/am-thanh/dinh-dam-ha/thuyet-minh-0123456789ab.m4a'],
		['旁白.ogg', '/am-thanh/dinh-dam-ha/thuyet-minh-0123456789ab.ogg'],
	])('names %s by the site, a slug of its name and its hash', (src, expected) => {
		expect(audioPath('dinh-dam-ha', { src, hash: '0123456789ab' })).toBe(expected);
	});
});

describe('writeAudio', () => {
	test('copies each narration to the path the page links to', async () => {
		const dir = await mkdtemp(path.join(tmpdir(), 'ditichso-audio-'));
		onTestFinished(() => rm(dir, { recursive: true, force: true }));
		const source = path.join(dir, 'thuyet-minh.mp3');
		await writeFile(source, 'ID3 bytes');
		const site = { ...siteEntry(), audio: { 'thuyet-minh.mp3': { src: 'thuyet-minh.mp3', path: source, hash: 'abcdefabcdef' } } };
		const trail: Trail = { contentDir: dir, settings: settings(), sites: [site], printed: [], retired: [] };
		expect(await writeAudio(trail, path.join(dir, 'out'))).toBe(1);
		expect(await readFile(path.join(dir, 'out', 'am-thanh', 'dinh-dam-ha', 'thuyet-minh-abcdefabcdef.mp3'), 'utf8')).toBe('ID3 bytes');
	});
});

describe('narrations from the content folder to the page', () => {
	test('a file named in vi.md is found by the loader, linked by the page and published at that path', async () => {
		const copy = await trailCopy('minimal', {
			'sites/dinh-mau/Thuyết minh.mp3': 'ID3 recorded narration',
			'sites/dinh-mau/vi.md': (text) => text.replace('trail: 1\n', 'trail: 1\naudio: Thuyết minh.mp3\n'),
		});
		const { trail, problems } = await loadTrail({ contentDir: copy.content, cwd: copy.root });
		expect(problems).toEqual([]);
		const site = trail!.sites[0]!;
		const audio = sitePageModel(trail!, site, 'vi').listen.audio;
		expect(audio).toEqual({ src: expect.stringMatching(/^\/am-thanh\/dinh-mau\/thuyet-minh-[0-9a-f]{12}\.mp3$/), type: 'audio/mpeg' });
		// The English page shows the English text, which has no narration of its own.
		expect(sitePageModel(trail!, site, 'en').listen.audio).toBeUndefined();
		const out = path.join(copy.root, 'dist');
		expect(await writeAudio(trail!, out)).toBe(1);
		expect(await readFile(path.join(out, ...audio!.src.split('/')), 'utf8')).toBe('ID3 recorded narration');
	});
});
