import { z } from 'zod';
import { field } from './meta.ts';

/** Vietnam's mainland and islands fit in this box (Trường Sa reaches 8° N; Lũng Cú 23.4° N). */
export const VIETNAM_BOUNDS = { latMin: 8, latMax: 24, lngMin: 102, lngMax: 110 } as const;

export const LocationSchema = z
	.strictObject({
		/** Latitude in decimal degrees, north positive, e.g. 21.35. */
		lat: z.number().meta(field('vĩ độ', 'latitude', { vi: 'Số thập phân, dùng dấu chấm, ví dụ 21.352.', en: 'A decimal number with a dot, e.g. 21.352.' })),
		/** Longitude in decimal degrees, east positive, e.g. 107.6. */
		lng: z.number().meta(field('kinh độ', 'longitude', { vi: 'Số thập phân, dùng dấu chấm, ví dụ 107.599.', en: 'A decimal number with a dot, e.g. 107.599.' })),
		/** True while the point is a stand-in, not surveyed: it is drawn on the map as unsure and never used for distances or "nearest". */
		placeholder: z
			.boolean()
			.default(false)
			.meta(field('tọa độ tạm', 'placeholder position', { vi: 'Ghi true khi tọa độ chỉ là tạm, chưa đo tại chỗ.', en: 'Write true while the position is a stand-in, not yet surveyed.' })),
	})
	.meta(field('vị trí', 'location'));

export type Location = z.output<typeof LocationSchema>;
export type LocationInput = z.input<typeof LocationSchema>;
