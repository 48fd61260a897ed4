import { describe, expect, test } from 'vitest';
import { checkAudio } from '../../../src/core/checks/audio.ts';
import type { PhotoStatus } from '../../../src/core/content/trail.ts';
import { lineOf, siteEntry } from './site-entry.ts';

const DIR = 'content/sites/dinh-dam-ha/';

describe('checkAudio', () => {
	test('says nothing when no site names an audio file, or every file was found', () => {
		expect(checkAudio({ sites: [siteEntry()] })).toEqual([]);
		expect(checkAudio({ sites: [siteEntry({ data: { audio: 'thuyet-minh.mp3' } })] })).toEqual([]);
	});

	test.each<[PhotoStatus, string]>([
		['missing', 'audio-missing'],
		['unreadable', 'audio-missing'],
		['outside', 'audio-outside-site-folder'],
	])('reports a Vietnamese narration that is %s at its line in vi.md', (status, code) => {
		const site = siteEntry({ data: { audio: 'thuyet-minh.mp3' }, audioStatus: { 'thuyet-minh.mp3': status } });
		expect(checkAudio({ sites: [site] })).toEqual([{ code, severity: 'error', file: `${DIR}vi.md`, field: 'audio', ...lineOf(site, 'audio'), params: { src: 'thuyet-minh.mp3', dir: DIR } }]);
	});

	test('reports a translation’s narration in the translation file', () => {
		const site = siteEntry({ translations: { en: { data: { audio: 'narration.mp3' } } }, audioStatus: { 'narration.mp3': 'missing' } });
		// Generated en.md: title on line 2, summary 3, audio 4.
		expect(checkAudio({ sites: [site] })).toEqual([{ code: 'audio-missing', severity: 'error', file: `${DIR}en.md`, field: 'audio', line: 4, column: 8, params: { src: 'narration.mp3', dir: DIR } }]);
	});
});
