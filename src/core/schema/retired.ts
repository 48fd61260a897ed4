import { z } from 'zod';
import { CodeSchema } from './code.ts';
import { FolderNameSchema, FormerFoldersSchema } from './folder-name.ts';
import { field } from './meta.ts';

/** Why a site left the trail; each gets its own sentence on the page that replaces it. */
export const RETIRE_REASONS = ['closed', 'merged', 'moved'] as const;
export type RetireReason = (typeof RETIRE_REASONS)[number];

function localized(vi: string, en: string) {
	const text = (langVi: string, langEn: string) => z.string().trim().min(1).meta(field(`${vi} (${langVi})`, `${en} (${langEn})`));
	return z.strictObject({
		vi: text('tiếng Việt', 'Vietnamese'),
		en: text('tiếng Anh', 'English').optional(),
		zh: text('tiếng Trung', 'Chinese').optional(),
		ko: text('tiếng Hàn', 'Korean').optional(),
	});
}

/**
 * One entry of `content/retired.yaml`: a site taken off the trail on purpose. Its plaque may still
 * hang somewhere, so its code and its old page addresses keep answering, with a page that says
 * what happened and where to go instead.
 */
export const RetiredSiteSchema = z.strictObject({
	code: CodeSchema,
	title: localized('tên di tích', 'title').meta(field('tên di tích', 'title')),
	reason: z.enum(RETIRE_REASONS).meta(field('lý do', 'reason', { vi: 'Một trong: closed (đã đóng cửa), merged (đã nhập vào di tích khác), moved (đã chuyển đi nơi khác).', en: 'One of: closed, merged (into another site), moved (elsewhere).' })),
	date: z.iso.date().meta(field('ngày thôi giới thiệu', 'date retired', { vi: 'Viết theo dạng năm-tháng-ngày, ví dụ 2026-11-20.', en: 'Written as year-month-day, e.g. 2026-11-20.' })),
	/** The folder the site had: its retired page answers at the same addresses. */
	folder: FolderNameSchema,
	formerFolders: FormerFoldersSchema.optional(),
	/** Where to go instead: the code of a site on the trail, or a full https address. */
	goTo: z
		.string()
		.trim()
		.regex(/^(?:[A-Z0-9]{2,8}|https:\/\/\S+)$/)
		.optional()
		.meta(field('nơi đến thay thế', 'where to go instead', { vi: 'Mã bảng của di tích thay thế (ví dụ DH04) hoặc một địa chỉ https://.', en: 'The plaque code of the site to visit instead (e.g. DH04) or an https:// address.' })),
	note: localized('ghi chú', 'note').optional().meta(field('ghi chú', 'note')),
});

export const RetiredListSchema = z
	.array(RetiredSiteSchema)
	.nullish()
	.transform((list) => list ?? [])
	.meta(field('danh sách di tích thôi giới thiệu', 'retired sites'));

export type RetiredSite = z.output<typeof RetiredSiteSchema>;
