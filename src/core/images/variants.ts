import type { PhotoFile } from '../content/trail.ts';
import { slugify } from '../slug.ts';

/** Widths published for each photo: a phone screen, a tablet, and a large screen. */
export const PHOTO_WIDTHS_PX = [480, 960, 1440] as const;

export interface PhotoVariant {
	/** Site path, e.g. `/anh/dinh-dam-ha/cover-3f2a9c1b7d4e-960.webp`. */
	path: string;
	widthPx: number;
	heightPx: number;
	format: 'webp' | 'jpeg';
}

/**
 * The files published for one photo, smallest first. Names carry the content hash so that a
 * changed photo gets a new address and no cache can show the old one.
 * A photo narrower than the smallest width is published once, at its own width.
 */
export function photoVariants(siteSlug: string, photo: PhotoFile): PhotoVariant[] {
	const widths = PHOTO_WIDTHS_PX.filter((w) => w <= photo.widthPx);
	const chosen = widths.length ? widths : [photo.widthPx];
	const base = slugify(photo.src.replace(/\.[^.]+$/, '')) || 'anh';
	return (['webp', 'jpeg'] as const).flatMap((format) =>
		chosen.map((widthPx) => ({
			path: `/anh/${siteSlug}/${base}-${photo.hash}-${widthPx}.${format === 'jpeg' ? 'jpg' : 'webp'}`,
			widthPx,
			heightPx: Math.round((photo.heightPx * widthPx) / photo.widthPx),
			format,
		})),
	);
}
