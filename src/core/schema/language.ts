import { z } from 'zod';
import { field } from './meta.ts';

/** Content languages: file names (`vi.md`) and URL segments (`/vi/`). Vietnamese is the source. */
export const LANGUAGES = ['vi', 'en', 'zh', 'ko'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** BCP-47 tags for the `lang` attribute: Chinese content is written in Simplified characters. */
export const LANG_TAGS = { vi: 'vi', en: 'en', zh: 'zh-Hans', ko: 'ko' } as const satisfies Record<Lang, string>;

export const LangSchema = z.enum(LANGUAGES).meta(field('ngôn ngữ', 'language'));

export function isLang(value: string): value is Lang {
	return (LANGUAGES as readonly string[]).includes(value);
}
