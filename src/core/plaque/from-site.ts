import { t } from '../../i18n/index.ts';
import type { SiteEntry } from '../content/trail.ts';
import { codeToQrText, shortUrlToDisplay } from '../links/short-url.ts';
import { createQrMatrix, type QrMatrix } from '../qr/matrix.ts';
import type { Settings } from '../schema/index.ts';
import type { Measure } from './fonts.ts';
import { layoutPlaque, type PlaqueContent, type PlaqueLayout } from './layout.ts';
import { PLAQUE_SIZES } from './sizes.ts';

type PlaqueSettings = Pick<Settings, 'baseUrl' | 'owner' | 'languages' | 'plaque'>;

/** The words printed on a site's plaque: Vietnamese title, English below when offered and translated. */
export function siteToPlaqueContent(site: SiteEntry, settings: PlaqueSettings): PlaqueContent {
	const en = settings.languages.includes('en') ? site.translations.en : undefined;
	const titles = [{ lang: 'vi' as const, text: site.data.title }, ...(en ? [{ lang: 'en' as const, text: en.data.title }] : [])];
	return {
		code: site.data.code,
		titles,
		categoryLine: `${t('vi', `category.${site.data.category}`)} · ${t('vi', `rankingShort.${site.data.ranking}`)}`,
		shortUrlText: shortUrlToDisplay(settings.baseUrl, site.data.code),
		owner: settings.owner,
	};
}

export interface SitePlaque {
	content: PlaqueContent;
	qrText: string;
	matrix: QrMatrix;
	layout: PlaqueLayout;
}

/** Everything about one site's plaque, computed once: the words, the QR matrix and the layout. */
export function makeSitePlaque(site: SiteEntry, settings: PlaqueSettings, measure: Measure): SitePlaque {
	const content = siteToPlaqueContent(site, settings);
	const qrText = codeToQrText(settings.baseUrl, site.data.code);
	const matrix = createQrMatrix(qrText);
	const size = PLAQUE_SIZES[settings.plaque.size];
	const layout = layoutPlaque({ content, size, bleedMm: settings.plaque.bleedMm, matrix, measure });
	return { content, qrText, matrix, layout };
}
