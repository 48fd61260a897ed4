import type { SiteEntry } from '../content/trail.ts';
import { PHONE_MAX_PHOTO_WIDTH_PX, PHOTO_FORMATS, photoVariants, type PhotoFormat, type PhotoVariant } from '../images/variants.ts';
import type { Photo } from '../schema/index.ts';

/** The photo column: full width on a phone, 46 rem from 48 rem up (as in site.css). */
export const PHOTO_SIZES = '(min-width: 48rem) 46rem, 100vw';
/** Screens this narrow are phones: they are offered no variant wider than PHONE_MAX_PHOTO_WIDTH_PX. */
export const PHONE_MEDIA = '(max-width: 40rem)';

const MIME_TYPES = { avif: 'image/avif', webp: 'image/webp', jpeg: 'image/jpeg' } as const satisfies Record<PhotoFormat, string>;

/** One `<source>` of the `<picture>`. */
export interface PhotoSource {
	type: (typeof MIME_TYPES)[PhotoFormat];
	/** Set on the phone source, which comes just before the unrestricted one of the same format. */
	media: string | undefined;
	srcset: string;
}

export interface PagePhoto {
	alt: string;
	credit: string;
	/** The middle JPEG width: the `src` for browsers that read no `srcset`. */
	src: string;
	widthPx: number;
	heightPx: number;
	/** In the order the browser must try them: AVIF, WebP, then JPEG, each with its phone source first (when it has one). */
	sources: PhotoSource[];
	/** The `<img>`'s own `srcset`: every JPEG width. */
	jpegSrcset: string;
	sizes: string;
	/**
	 * The tiny blurred preview (a `data:` URI) shown behind the photo until it loads; undefined when
	 * there is none. Drawn as an image, not a style attribute, so the Content-Security-Policy needs
	 * no `unsafe-inline` for styles, only `img-src data:`.
	 */
	placeholder: string | undefined;
}

/** How a photo of the site appears on a page; undefined when its file was not found. */
export function pagePhoto(site: SiteEntry, photo: Photo): PagePhoto | undefined {
	const file = site.photos[photo.src];
	if (!file) return undefined;
	const variants = photoVariants(site.slug, file);
	const jpeg = variants.filter((v) => v.format === 'jpeg');
	const fallback = jpeg.at(-2) ?? jpeg[0];
	if (!fallback) return undefined;
	return {
		alt: photo.alt ?? '',
		credit: photo.credit,
		src: fallback.path,
		widthPx: fallback.widthPx,
		heightPx: fallback.heightPx,
		// The unrestricted JPEG set is the <img>'s own srcset, so JPEG needs a source only for phones.
		sources: PHOTO_FORMATS.flatMap((format) => sourcesOf(format, variants.filter((v) => v.format === format))).filter((s) => s.type !== 'image/jpeg' || s.media),
		jpegSrcset: srcsetOf(jpeg),
		sizes: PHOTO_SIZES,
		placeholder: file.placeholder,
	};
}

/** The phone source is left out when the photo has no width beyond what phones get anyway. */
function sourcesOf(format: PhotoFormat, variants: readonly PhotoVariant[]): PhotoSource[] {
	const type = MIME_TYPES[format];
	const phone = variants.filter((v) => v.widthPx <= PHONE_MAX_PHOTO_WIDTH_PX);
	const all: PhotoSource = { type, media: undefined, srcset: srcsetOf(variants) };
	if (phone.length === 0 || phone.length === variants.length) return [all];
	return [{ type, media: PHONE_MEDIA, srcset: srcsetOf(phone) }, all];
}

function srcsetOf(variants: readonly PhotoVariant[]): string {
	return variants.map((v) => `${v.path} ${v.widthPx}w`).join(', ');
}
