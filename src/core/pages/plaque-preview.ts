import type { SiteEntry, Trail } from '../content/trail.ts';
import { shortUrlToDisplay } from '../links/short-url.ts';
import { alternatesOf } from './alternates.ts';
import { pageChrome, type PageChrome } from './chrome.ts';
import { PRINT_PAGE_PATH } from './print-page.ts';
import { sitePlaqueSize } from '../plaque/from-site.ts';
import { plaqueFilePath, plaquesHref, previewPath } from '../publish/print-paths.ts';

/** One plaque on its own page (`/in-an/DH01/`), to look at before printing: the editor's preview. */
export interface PlaquePreviewPage {
	chrome: PageChrome;
	code: string;
	title: string;
	sizeLabel: string;
	shortUrl: string;
	/** The picture to show: the print kit's preview PNG in a build, an SVG drawn on request by the dev server. */
	imageHref: string;
	pdfHref: string;
	backHref: string;
}

/** The path of a plaque's preview page. */
export function plaquePreviewPath(code: string): string {
	return `${PRINT_PAGE_PATH}${code}/`;
}

/** The dev server draws the SVG at this address on every request, so a saved edit shows at once. */
export function livePlaqueSvgPath(code: string): string {
	return `${PRINT_PAGE_PATH}${code}.svg`;
}

export function plaquePreviewModel(trail: Trail, site: SiteEntry, live: boolean): PlaquePreviewPage {
	const chrome = pageChrome(trail, 'vi', alternatesOf(trail.settings.baseUrl, ['vi'], () => plaquePreviewPath(site.data.code)));
	const size = sitePlaqueSize(site, trail.settings);
	return {
		chrome,
		code: site.data.code,
		title: site.data.title,
		sizeLabel: size.label.vi,
		shortUrl: shortUrlToDisplay(trail.settings.baseUrl, site.data.code),
		imageHref: live ? livePlaqueSvgPath(site.data.code) : plaquesHref(previewPath(site.data.code)),
		pdfHref: plaquesHref(plaqueFilePath(site.data.code, 'pdf')),
		backHref: PRINT_PAGE_PATH,
	};
}
