import { z } from 'zod';
import { field } from './meta.ts';

/** One document the text rests on, shown under "Nguồn tư liệu". */
export const SourceSchema = z
	.strictObject({
		/** The document as a reader would look it up: title, publisher, year. */
		title: z.string().trim().min(1).meta(field('tên nguồn', 'source title', { vi: 'Tên bài, sách hay trang web, ví dụ: Báo Quảng Ninh, "Lễ hội đình Đầm Hà" (2023).', en: 'Title of the article, book or web page, e.g. Báo Quảng Ninh, "Lễ hội đình Đầm Hà" (2023).' })),
		/** Where to read it online; http or https only, since it becomes a link on the page. */
		url: z
			.url({ protocol: /^https?$/ })
			.optional()
			.meta(field('địa chỉ nguồn', 'source address', { vi: 'Không bắt buộc. Bắt đầu bằng https:// hoặc http://.', en: 'Optional. Starts with https:// or http://.' })),
	})
	.meta(field('nguồn', 'source'));

export const SourcesSchema = z
	.array(SourceSchema)
	.min(1)
	.optional()
	.meta(field('nguồn tư liệu', 'sources', { vi: 'Danh sách, mỗi mục bắt đầu bằng "- title: …", có thể thêm "url: …".', en: 'A list; each item starts with "- title: …" and may add "url: …".' }));

export type Source = z.output<typeof SourceSchema>;
export type SourceInput = z.input<typeof SourceSchema>;
