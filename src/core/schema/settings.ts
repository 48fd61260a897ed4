import { z } from 'zod';
import { LANGUAGES, LangSchema } from './language.ts';
import { field } from './meta.ts';

/** Plaque sizes on offer: paper sizes, boards for a wall or a post, and a square sticker. */
export const PLAQUE_SIZE_IDS = ['a4', 'a5', 'a6', 'board-20x30', 'board-30x40', 'sticker-10x10'] as const;
export type PlaqueSizeId = (typeof PLAQUE_SIZE_IDS)[number];

/** Printers ask for 3 mm of bleed unless they say otherwise. */
export const DEFAULT_BLEED_MM = 3;

const BaseUrlSchema = z
	.url({ protocol: /^https?$/ })
	// Runs even when the URL check above failed (zod 4 goes on to later checks), so it must not throw.
	.refine((value) => {
		const url = URL.parse(value);
		return !url || (!url.search && !url.hash && !url.username && !url.password);
	})
	// Kept without a trailing slash so that `${baseUrl}/${code}` has exactly one.
	.transform((value) => value.replace(/\/+$/, ''))
	.meta(field('địa chỉ trang web', 'site address', { vi: 'Địa chỉ công khai mà mã QR trỏ tới, ví dụ https://damha.example.vn.', en: 'The public address the QR codes point to, e.g. https://damha.example.vn.' }));

function siteName(vi: string, en: string) {
	return z.string().trim().min(1).meta(field(`tên trang (${vi})`, `site name (${en})`));
}

/** `content/settings.yaml`: the site as a whole. */
export const SettingsSchema = z.strictObject({
	/** The site's name in each language; Vietnamese is required. */
	name: z
		.strictObject({
			vi: siteName('tiếng Việt', 'Vietnamese'),
			en: siteName('tiếng Anh', 'English').optional(),
			zh: siteName('tiếng Trung', 'Chinese').optional(),
			ko: siteName('tiếng Hàn', 'Korean').optional(),
		})
		.meta(field('tên trang', 'site name')),
	/** Who puts up the plaques, e.g. "Huyện Đoàn Đầm Hà". Printed on every plaque. */
	owner: z.string().trim().min(1).meta(field('đơn vị quản lý', 'owner')),
	/** How visitors reach the owner, e.g. to report a damaged plaque. */
	contact: z
		.strictObject({
			email: z.email().optional().meta(field('thư điện tử', 'email')),
			phone: z.string().trim().min(1).optional().meta(field('số điện thoại', 'phone number')),
		})
		.optional()
		.meta(field('liên hệ', 'contact')),
	baseUrl: BaseUrlSchema,
	/** The owner's logo, printed small above the owner's name on every plaque: an SVG, PNG or JPEG file inside the content folder (printed as an opaque PNG). */
	logo: z
		.string()
		.trim()
		.min(1)
		.optional()
		.meta(field('biểu trưng', 'logo', { vi: 'Tên một tệp SVG, PNG hoặc JPEG trong thư mục content/, ví dụ logo.svg. Để trống nếu không in biểu trưng.', en: 'The name of an SVG, PNG or JPEG file in the content/ folder, e.g. logo.svg. Leave out to print no logo.' })),
	/** Languages offered, Vietnamese first. */
	languages: z
		.array(LangSchema)
		.min(1)
		.refine((langs) => langs[0] === 'vi', { params: { rule: 'vi-first' } })
		.refine((langs) => new Set(langs).size === langs.length, { params: { rule: 'unique' } })
		.default(['vi'])
		.meta(field('các ngôn ngữ', 'languages', { vi: `Bắt đầu bằng vi; có thể thêm ${LANGUAGES.slice(1).join(', ')}.`, en: `Start with vi; ${LANGUAGES.slice(1).join(', ')} may follow.` })),
	plaque: z
		.strictObject({
			size: z
				.enum(PLAQUE_SIZE_IDS)
				.default('a5')
				.meta(field('khổ bảng', 'plaque size', { vi: `Một trong: ${PLAQUE_SIZE_IDS.join(', ')}.`, en: `One of: ${PLAQUE_SIZE_IDS.join(', ')}.` })),
			bleedMm: z.number().min(0).max(10).default(DEFAULT_BLEED_MM).meta(field('lề xén (mm)', 'bleed (mm)')),
		})
		.default({ size: 'a5', bleedMm: DEFAULT_BLEED_MM })
		.meta(field('bảng in', 'plaque')),
});

export type Settings = z.output<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;
