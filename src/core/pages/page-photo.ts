import type { SiteEntry } from '../content/trail.ts';
import { photoVariants, type PhotoVariant } from '../images/variants.ts';
import type { Photo } from '../schema/index.ts';

export interface PagePhoto {
	alt: string;
	credit: string;
	/** Smallest JPEG variant is the `src` fallback; WebP and JPEG `srcset`s for the browser to choose. */
	src: string;
	widthPx: number;
	heightPx: number;
	webpSrcset: string;
	jpegSrcset: string;
}

/** How a photo of the site appears on a page; undefined when its file was not found. */
export function pagePhoto(site: SiteEntry, photo: Photo): PagePhoto | undefined {
	const file = site.photos[photo.src];
	if (!file) return undefined;
	const variants = photoVariants(site.slug, file);
	const srcset = (format: PhotoVariant['format']) => variants.filter((v) => v.format === format).map((v) => `${v.path} ${v.widthPx}w`).join(', ');
	const fallback = variants.filter((v) => v.format === 'jpeg').at(-2) ?? variants.find((v) => v.format === 'jpeg');
	if (!fallback) return undefined;
	return { alt: photo.alt ?? '', credit: photo.credit, src: fallback.path, widthPx: fallback.widthPx, heightPx: fallback.heightPx, webpSrcset: srcset('webp'), jpegSrcset: srcset('jpeg') };
}
