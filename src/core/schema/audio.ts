import { z } from 'zod';
import { field } from './meta.ts';

/** Formats every phone browser plays in `<audio>`: MP3 and AAC (.m4a) everywhere, Ogg where Safari allows. */
export const AUDIO_EXTENSIONS = ['mp3', 'm4a', 'ogg'] as const;
export type AudioExtension = (typeof AUDIO_EXTENSIONS)[number];

const AUDIO_NAME = new RegExp(`\\.(${AUDIO_EXTENSIONS.join('|')})$`, 'i');

/** True when the file name ends in one of `AUDIO_EXTENSIONS` (any case). */
export function isAudioFileName(name: string): boolean {
	return AUDIO_NAME.test(name);
}

/**
 * A narration of the text, in the language of the file that names it (vi.md: Vietnamese, en.md:
 * English). Whether the file exists inside the site folder is checked with the other files.
 */
export const AudioSchema = z
	.string()
	.trim()
	.min(1)
	.refine(isAudioFileName, { params: { rule: 'audio-format' } })
	.optional()
	.meta(field('tệp thuyết minh', 'audio narration', { vi: `Tên tệp âm thanh trong thư mục của di tích (${AUDIO_EXTENSIONS.map((e) => `.${e}`).join(', ')}), ví dụ thuyet-minh.mp3.`, en: `An audio file inside the site folder (${AUDIO_EXTENSIONS.map((e) => `.${e}`).join(', ')}), e.g. narration.mp3.` }));
