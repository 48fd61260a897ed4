import type { PhotoFile } from '../content/trail.ts';
import { slugify } from '../slug.ts';

/**
 * Widths published for each photo. 480 serves small screens at 1×; 720 is what a phone gets at
 * most (see PHONE_MAX_PHOTO_WIDTH_PX); 960 and 1440 fill the 46 rem column of a tablet or a
 * computer screen at 1× and 2×.
 */
export const PHOTO_WIDTHS_PX = [480, 720, 960, 1440] as const;

/**
 * The widest variant a phone is offered. A 360 px phone at 3× would ask for 1080 px, which costs
 * two or three times the bytes of 720 px for a difference nobody sees at arm's length (2× is
 * already sharper than the eye there). 720 px keeps the cover under the 60 KB budget in every format.
 */
export const PHONE_MAX_PHOTO_WIDTH_PX = 720;

/**
 * The width a phone loads: the widest published one up to PHONE_MAX_PHOTO_WIDTH_PX (a phone's
 * screen is 2× or more, so the narrower ones are for 1× screens). Its files get the encoder's
 * effort, as they are the ones fetched over mobile data (issue #7).
 */
export function phoneWidthPx(variants: readonly Pick<PhotoVariant, 'widthPx'>[]): number {
	return Math.max(...variants.map((v) => v.widthPx).filter((w) => w <= PHONE_MAX_PHOTO_WIDTH_PX));
}

/** Best compression first: the page lists them in this order and the browser takes the first it can show. */
export const PHOTO_FORMATS = ['avif', 'webp', 'jpeg'] as const;
export type PhotoFormat = (typeof PHOTO_FORMATS)[number];

const EXTENSIONS = { avif: 'avif', webp: 'webp', jpeg: 'jpg' } as const satisfies Record<PhotoFormat, string>;

export interface PhotoVariant {
	/** Site path, e.g. `/anh/dinh-dam-ha/cover-3f2a9c1b7d4e-960.webp`. */
	path: string;
	widthPx: number;
	heightPx: number;
	format: PhotoFormat;
}

/**
 * The files published for one photo: AVIF, then WebP, then JPEG, each smallest first. Names carry
 * the content hash so that a changed photo gets a new address and no cache can show the old one.
 * A photo narrower than the smallest width is published once, at its own width.
 */
export function photoVariants(siteSlug: string, photo: PhotoFile): PhotoVariant[] {
	const widths = PHOTO_WIDTHS_PX.filter((w) => w <= photo.widthPx);
	const chosen = widths.length ? widths : [photo.widthPx];
	return PHOTO_FORMATS.flatMap((format) =>
		chosen.map((widthPx) => ({
			path: `/anh/${siteSlug}/${photoBaseName(photo)}-${photo.hash}-${widthPx}.${EXTENSIONS[format]}`,
			widthPx,
			heightPx: Math.round((photo.heightPx * widthPx) / photo.widthPx),
			format,
		})),
	);
}

/** The file name without extension, as a plain slug: `Cổng Đình.JPG` → `cong-dinh`. */
export function photoBaseName(photo: Pick<PhotoFile, 'src'>): string {
	return slugify(photo.src.replace(/\.[^.]+$/, '')) || 'anh';
}
