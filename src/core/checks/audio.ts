import type { SiteEntry } from '../content/trail.ts';
import type { Problem } from '../problems/problem.ts';
import { at, folderOf, type Check } from './context.ts';

/** Where an `audio` field is written: vi.md or a translation, with its position. */
interface AudioField {
	src: string;
	file: string;
	place: { field: string; line?: number; column?: number };
}

/** Every audio narration named in vi.md or a translation must be a readable file inside the site's folder. */
export const checkAudio: Check = ({ sites }) => sites.flatMap((site) => audioFields(site).flatMap((named) => fileProblems(site, named)));

function audioFields(site: SiteEntry): AudioField[] {
	const fields: AudioField[] = site.data.audio ? [{ src: site.data.audio, file: site.file, place: at(site, 'audio') }] : [];
	for (const translation of Object.values(site.translations)) {
		const src = translation.data.audio;
		if (src) fields.push({ src, file: translation.file, place: { field: 'audio', ...(translation.positions.values['audio'] ?? translation.positions.keys['audio']) } });
	}
	return fields;
}

function fileProblems(site: SiteEntry, { src, file, place }: AudioField): Problem[] {
	const base = { severity: 'error', file, ...place } as const;
	const params = { src, dir: folderOf(site) };
	switch (site.audioStatus[src]) {
		case 'missing':
		case 'unreadable':
		case 'empty':
			return [{ ...base, code: 'audio-missing', params }];
		case 'outside':
			return [{ ...base, code: 'audio-outside-site-folder', params }];
		default:
			return [];
	}
}
