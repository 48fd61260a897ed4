import { z } from 'zod';
import { field } from './meta.ts';

function visitText(vi: string, en: string, hint: { vi: string; en: string }) {
	return z.string().trim().min(1).optional().meta(field(vi, en, hint));
}

/**
 * What a visitor needs before going in, as free text (DOMAIN §2.3 "Hướng dẫn tham quan"). Written in
 * Vietnamese in vi.md; a translation repeats the group in its own words. Every line is optional.
 */
export const VisitingSchema = z
	.strictObject({
		/** When the site is open, e.g. "Hằng ngày, 7:00–17:00; ngày rằm và mùng một mở cả ngày". */
		hours: visitText('giờ mở cửa', 'opening hours', { vi: 'Ví dụ: Hằng ngày, 7:00–17:00.', en: 'For example: Daily, 7:00–17:00.' }),
		/** Entrance fee, or "Miễn phí". */
		fee: visitText('giá vé', 'entrance fee', { vi: 'Ví dụ: Miễn phí.', en: 'For example: Free.' }),
		/** What to wear, e.g. "Quần áo kín vai và đầu gối". */
		dress: visitText('trang phục', 'dress code', { vi: 'Ví dụ: Quần áo lịch sự, kín vai và đầu gối.', en: 'For example: Modest clothes covering shoulders and knees.' }),
		/** Anything else: incense, photos, parking, festival days. */
		notes: visitText('lưu ý', 'notes', { vi: 'Điều khác khách cần biết, ví dụ chỗ thắp hương, chỗ gửi xe.', en: 'Anything else visitors should know, e.g. where to light incense or park.' }),
	})
	.meta(field('thông tin tham quan', 'visiting information', { vi: 'Nhóm trường: hours, fee, dress, notes; trường nào không biết thì bỏ đi.', en: 'A group of fields: hours, fee, dress, notes; leave out any you do not know.' }));

export type Visiting = z.output<typeof VisitingSchema>;
export type VisitingInput = z.input<typeof VisitingSchema>;
