import { z } from 'zod';
import { CodeSchema } from './code.ts';
import { field } from './meta.ts';
import { PLAQUE_SIZE_IDS } from './settings.ts';
import { FolderNameSchema } from './folder-name.ts';

/**
 * One line of `content/printed.yaml`, the register of plaques that exist on walls. Written by
 * `npm run plaques -- --mark-printed`, kept in Git, never rewritten: it is the build's memory of
 * every address that must keep answering.
 */
export const PrintedPlaqueSchema = z.strictObject({
	code: CodeSchema,
	/** Exactly what the QR code encodes, e.g. `https://DAMHA.EXAMPLE.VN/DH01`. */
	url: z
		.string()
		.trim()
		.regex(/^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/i)
		.meta(field('địa chỉ trong mã QR', 'address in the QR code', { vi: 'Địa chỉ mà mã QR trên bảng đã in trỏ tới, ví dụ https://DAMHA.EXAMPLE.VN/DH01.', en: 'The address the printed QR code points to, e.g. https://DAMHA.EXAMPLE.VN/DH01.' })),
	size: z.enum(PLAQUE_SIZE_IDS).meta(field('khổ bảng', 'plaque size')),
	date: z.iso.date().meta(field('ngày in', 'date printed', { vi: 'Viết theo dạng năm-tháng-ngày, ví dụ 2026-12-01.', en: 'Written as year-month-day, e.g. 2026-12-01.' })),
	/** The site's folder when the plaque was printed: a later rename must leave a `formerFolders` entry. */
	folder: FolderNameSchema.optional(),
	note: z.string().trim().min(1).optional().meta(field('ghi chú', 'note')),
});

/** The whole register: a list, empty (or only comments) before the first print. */
export const PrintedRegisterSchema = z
	.array(PrintedPlaqueSchema)
	.nullish()
	.transform((list) => list ?? [])
	.meta(field('sổ bảng đã in', 'printed plaques register'));

export type PrintedPlaque = z.output<typeof PrintedPlaqueSchema>;
