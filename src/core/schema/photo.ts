import { z } from 'zod';
import { field } from './meta.ts';

export const PhotoSchema = z
	.strictObject({
		/** The photo's file name inside the site's own folder, e.g. `cover.jpg`. */
		src: z.string().trim().min(1).meta(field('tệp ảnh', 'photo file', { vi: 'Tên tệp ảnh trong thư mục của di tích, ví dụ cover.jpg.', en: 'The file name inside the site folder, e.g. cover.jpg.' })),
		/** What the photo shows, for people who cannot see it. Checked separately so the message can be specific. */
		alt: z.string().trim().optional().meta(field('mô tả ảnh (alt)', 'alt text')),
		/** Who took the photo, or "Ảnh minh họa" for a placeholder. */
		credit: z.string().trim().min(1).meta(field('nguồn ảnh', 'photo credit')),
	})
	.meta(field('ảnh', 'photo'));

export type Photo = z.output<typeof PhotoSchema>;
export type PhotoInput = z.input<typeof PhotoSchema>;
