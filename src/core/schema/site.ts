import { z } from 'zod';
import { CodeSchema } from './code.ts';
import { FormerFoldersSchema } from './folder-name.ts';
import { LocationSchema } from './location.ts';
import { AudioSchema } from './audio.ts';
import { field } from './meta.ts';
import { PhotoSchema } from './photo.ts';
import { PLAQUE_SIZE_IDS } from './settings.ts';
import { SourcesSchema } from './source.ts';
import { DateSchema, SummarySchema, TitleSchema } from './text.ts';
import { VisitingSchema } from './visiting.ts';

/** Display categories; the first five are the relic types of the 2024 Law on Cultural Heritage. */
export const CATEGORIES = ['historic', 'architecture', 'archaeology', 'scenic', 'mixed', 'tourism'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Ranking levels of the law, plus inventoried ("trong danh mục kiểm kê") and unranked sites. */
export const RANKINGS = ['special-national', 'national', 'provincial', 'inventoried', 'unranked'] as const;
export type Ranking = (typeof RANKINGS)[number];

/** Front matter of `content/sites/<slug>/vi.md`: the facts of a site, written once in Vietnamese. */
export const SiteSchema = z.strictObject({
	/** Permanent plaque code, e.g. DH01. */
	code: CodeSchema,
	/** The site's Vietnamese name, as it should appear on the plaque. */
	title: TitleSchema,
	/** The kind of site. */
	category: z.enum(CATEGORIES).meta(field('loại hình', 'category', { vi: 'Một trong: historic, architecture, archaeology, scenic, mixed, tourism.', en: 'One of: historic, architecture, archaeology, scenic, mixed, tourism.' })),
	/** The legal wording of the relic type, e.g. "Di tích lịch sử – văn hóa". */
	legalType: z.string().trim().min(1).optional().meta(field('loại hình theo luật', 'legal type')),
	/** An "địa chỉ đỏ": a site of revolutionary education. */
	redAddress: z.boolean().default(false).meta(field('địa chỉ đỏ', 'red address')),
	/** Ranking level. */
	ranking: z.enum(RANKINGS).meta(field('xếp hạng', 'ranking', { vi: 'Một trong: special-national, national, provincial, inventoried, unranked.', en: 'One of: special-national, national, provincial, inventoried, unranked.' })),
	/** The ranking decision, e.g. "QĐ số 123/QĐ-UBND ngày 01/02/2010". */
	rankingDecision: z.string().trim().min(1).optional().meta(field('quyết định xếp hạng', 'ranking decision')),
	/** The current address: since 1 July 2025 there are no districts ("xã Đầm Hà, tỉnh Quảng Ninh"). */
	address: z.string().trim().min(1).meta(field('địa chỉ', 'address')),
	/** The address before the 2025 reform, for older documents and visitors. */
	addressFormer: z.string().trim().min(1).optional().meta(field('địa chỉ cũ', 'former address')),
	location: LocationSchema,
	summary: SummarySchema,
	cover: PhotoSchema.meta(field('ảnh bìa', 'cover photo')),
	photos: z.array(PhotoSchema).optional().meta(field('ảnh khác', 'photos')),
	/** A Vietnamese narration of the text, e.g. `thuyet-minh.mp3` in the site folder. */
	audio: AudioSchema,
	/** Opening hours, fee, dress code and notes, in Vietnamese. */
	visiting: VisitingSchema.optional(),
	/** The documents the text rests on. */
	sources: SourcesSchema,
	/** Position on the trail, 1 first. Sites without one come after, by name. */
	trail: z.number().int().positive().optional().meta(field('thứ tự trên tuyến', 'trail position')),
	/** This site's own plaque, when it differs from the one in settings.yaml. */
	plaque: z
		.strictObject({
			size: z
				.enum(PLAQUE_SIZE_IDS)
				.optional()
				.meta(field('khổ bảng', 'plaque size', { vi: `Để trống thì dùng khổ trong settings.yaml. Một trong: ${PLAQUE_SIZE_IDS.join(', ')}.`, en: `Leave out to use the size in settings.yaml. One of: ${PLAQUE_SIZE_IDS.join(', ')}.` })),
		})
		.optional()
		.meta(field('bảng in của di tích', "this site's plaque", { vi: 'Chỉ điền khi di tích này cần bảng khác với bảng chung.', en: 'Fill in only when this site needs a different plaque from the others.' })),
	/** Earlier names of this site's folder: their page addresses redirect to the current ones. */
	formerFolders: FormerFoldersSchema.optional(),
	updated: DateSchema,
	/** True when any part of the text or the facts is invented for the sample. */
	sample: z.boolean().default(false).meta(field('nội dung mẫu', 'sample content')),
});

export type Site = z.output<typeof SiteSchema>;
export type SiteInput = z.input<typeof SiteSchema>;
