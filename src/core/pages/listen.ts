import type { SiteEntry, TranslationEntry } from '../content/trail.ts';
import { audioPath } from '../publish/audio.ts';
import { LANG_TAGS, type Lang } from '../schema/index.ts';

const AUDIO_TYPES: Record<string, string> = { mp3: 'audio/mpeg', m4a: 'audio/mp4', ogg: 'audio/ogg' };

/** How the page can be listened to: a recorded narration, else the phone's own voice. */
export interface Listen {
	/** The narration in the language of the text shown; undefined when there is none. */
	audio: { src: string; type: string } | undefined;
	/** BCP-47 tag a speech-synthesis voice must match to read the text aloud. */
	speechLang: string;
}

/**
 * A narration belongs to the file that names it: vi.md's is Vietnamese, en.md's English. An
 * untranslated page shows the Vietnamese text, so it offers the Vietnamese narration.
 */
export function listenModel(site: SiteEntry, translation: TranslationEntry | undefined, textLang: Lang): Listen {
	const src = translation ? translation.data.audio : site.data.audio;
	const file = src === undefined ? undefined : site.audio[src];
	const extension = file?.src.split('.').pop()?.toLowerCase() ?? '';
	return {
		audio: file && { src: audioPath(site.slug, file), type: AUDIO_TYPES[extension] ?? 'audio/mpeg' },
		speechLang: LANG_TAGS[textLang],
	};
}
