import { t, type UiKey, type UiParams } from '../../i18n/index.ts';
import type { Trail } from '../content/trail.ts';
import { absoluteUrl } from '../links/page-path.ts';
import { sitePlaqueSize } from '../plaque/from-site.ts';
import { LABEL_SHEET } from '../plaque/label-sheet.ts';
import { PLAQUE_SIZES } from '../plaque/sizes.ts';
import { combinedPdfPath, LABEL_SHEET_NAME, plaqueFilePath, plaquesHref, previewPath, previewSizePx, PRINT_ZIP_NAME, README_NAME, type PlaqueFormat, type PrintKitManifest } from '../publish/print-paths.ts';
import { LANG_TAGS, PLAQUE_SIZE_IDS, type PlaqueSizeId } from '../schema/index.ts';
import { pageChrome, type PageChrome } from './chrome.ts';

/** The print page: for the owner and the print shop, so Vietnamese with English beside it. */
export const PRINT_PAGE_PATH = '/in-an/';

/** The same words in Vietnamese and English; the page shows both. */
export interface Bilingual {
	vi: string;
	en: string;
}

export interface PrintLink {
	href: string;
	/** "PDF, 41 KB"; without the size when the build did not say it. */
	label: string;
}

export interface PrintSizeRow {
	sizeId: PlaqueSizeId;
	sizeLabel: Bilingual;
	isDefault: boolean;
	pdf: PrintLink;
	svg: PrintLink;
}

export interface PrintPlaque {
	code: string;
	title: string;
	preview: { src: string; widthPx: number; heightPx: number; alt: string };
	sizes: PrintSizeRow[];
}

export interface PrintPage {
	chrome: PageChrome;
	title: Bilingual;
	intro: Bilingual;
	defaultSize: Bilingual;
	zip: PrintLink & { text: Bilingual };
	readme: PrintLink & { text: Bilingual };
	combined: Array<PrintLink & { sizeLabel: Bilingual; pages: Bilingual }>;
	plaques: PrintPlaque[];
	headings: { all: Bilingual; size: Bilingual; plaques: Bilingual };
}

/**
 * The list of plaques with their files. `manifest` gives file sizes (the build renders the files
 * before the pages); without it the links carry no sizes.
 */
export function printPageModel(trail: Trail, manifest?: PrintKitManifest): PrintPage {
	const { settings } = trail;
	const href = absoluteUrl(settings.baseUrl, PRINT_PAGE_PATH);
	const chrome = pageChrome(trail, 'vi', [{ lang: 'vi', tag: LANG_TAGS.vi, href, path: PRINT_PAGE_PATH }]);
	const link = (file: string, format: string): PrintLink => ({ href: plaquesHref(file), label: fileLabel(format, manifest?.bytes[file]) });
	const size = PLAQUE_SIZES[settings.plaque.size];
	const count = trail.sites.length;
	return {
		chrome,
		title: both('print.title'),
		intro: both('print.intro', () => ({ bleed: settings.plaque.bleedMm })),
		defaultSize: both('print.defaultSize', (lang) => ({ size: size.label[lang] })),
		zip: { ...link(PRINT_ZIP_NAME, 'ZIP'), text: both('print.zip') },
		readme: { ...link(README_NAME, 'TXT'), text: both('print.readme') },
		combined: count === 0 ? [] : [
			...PLAQUE_SIZE_IDS.map((id) => ({ ...link(combinedPdfPath(id), 'PDF'), sizeLabel: PLAQUE_SIZES[id].label, pages: both('print.pages', () => ({ count })) })),
			{ ...link(LABEL_SHEET_NAME, 'PDF'), sizeLabel: LABEL_SHEET_LABEL, pages: both('print.pages', () => ({ count: Math.ceil(count / (LABEL_SHEET.columns * LABEL_SHEET.rows)) })) },
		],
		plaques: trail.sites.map((site): PrintPlaque => {
			const code = site.data.code;
			const row = (id: PlaqueSizeId, format: PlaqueFormat) => link(plaqueFilePath(code, format, id), format.toUpperCase());
			return {
				code,
				title: site.data.title,
				preview: { src: plaquesHref(previewPath(code)), ...previewSizePx(sitePlaqueSize(site, settings).widthMm, sitePlaqueSize(site, settings).heightMm), alt: t('vi', 'print.preview', { code, title: site.data.title }) },
				sizes: PLAQUE_SIZE_IDS.map((id) => ({ sizeId: id, sizeLabel: PLAQUE_SIZES[id].label, isDefault: id === sitePlaqueSize(site, settings).id, pdf: row(id, 'pdf'), svg: row(id, 'svg') })),
			};
		}),
		headings: { all: both('print.all'), size: both('print.size'), plaques: both('print.plaques', () => ({ count })) },
	};
}

/** Vietnamese and English of one key, with parameters in each language (e.g. a size's label). */
/** The label sheet's row among the combined PDFs. */
const LABEL_SHEET_LABEL: Bilingual = { vi: 'Tờ nhãn A4 (21 nhãn 63,5 × 38,1 mm mỗi tờ)', en: 'A4 label sheets (21 labels of 63.5 × 38.1 mm each)' };

function both(key: UiKey, params: (lang: 'vi' | 'en') => UiParams = () => ({})): Bilingual {
	return { vi: t('vi', key, params('vi')), en: t('en', key, params('en')) };
}

// Whole kilobytes, at least 1: "PDF, 41 KB". A space, not a dot, groups thousands in both languages' print usage.
function fileLabel(format: string, bytes: number | undefined): string {
	if (bytes === undefined) return format;
	const kb = Math.max(1, Math.round(bytes / 1024));
	return `${format}, ${String(kb).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202F')} KB`;
}
