import { z } from 'zod';
import { AudioSchema } from './audio.ts';
import { field } from './meta.ts';
import { DateSchema, SummarySchema, TitleSchema } from './text.ts';
import { VisitingSchema } from './visiting.ts';

/** Front matter of `content/sites/<slug>/<lang>.md`: the facts stay in vi.md, only words are translated. */
export const TranslationSchema = z.strictObject({
	title: TitleSchema,
	summary: SummarySchema,
	/** True when the text came from machine translation and no person has checked it yet. */
	machineTranslated: z.boolean().default(false).meta(field('dịch máy', 'machine translated')),
	updated: DateSchema.optional(),
	/** A narration in this file's language, e.g. `narration-en.mp3` in the site folder. */
	audio: AudioSchema,
	/** The visiting information of vi.md, in this language's words. */
	visiting: VisitingSchema.optional(),
});

export type Translation = z.output<typeof TranslationSchema>;
export type TranslationInput = z.input<typeof TranslationSchema>;
