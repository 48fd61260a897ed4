import { t } from '../../i18n/index.ts';
import type { SiteEntry } from '../content/trail.ts';
import { codeToQrText, shortUrlToDisplay } from '../links/short-url.ts';
import { createQrMatrix, type QrMatrix } from '../qr/matrix.ts';
import type { Lang, Settings } from '../schema/index.ts';
import type { Measure } from './fonts.ts';
import type { PlaqueLogo } from './logo.ts';
import { layoutPlaque, type PlaqueContent, type PlaqueLayout } from './layout.ts';
import { PLAQUE_SIZES, type PlaqueSize } from './sizes.ts';

type PlaqueSettings = Pick<Settings, 'baseUrl' | 'owner' | 'languages' | 'plaque'>;

/** The languages whose titles a plaque prints under the Vietnamese one, in this order. */
const PLAQUE_TITLE_LANGS = ['en', 'zh'] as const satisfies Lang[];

/** The words printed on a site's plaque: Vietnamese title, then English and Chinese when offered and translated. */
export function siteToPlaqueContent(site: SiteEntry, settings: PlaqueSettings): PlaqueContent {
	const others = PLAQUE_TITLE_LANGS.flatMap((lang) => {
		const translation = settings.languages.includes(lang) ? site.translations[lang] : undefined;
		return translation ? [{ lang, text: translation.data.title }] : [];
	});
	const titles = [{ lang: 'vi' as const, text: site.data.title }, ...others];
	return {
		code: site.data.code,
		titles,
		categoryLine: `${t('vi', `category.${site.data.category}`)} · ${t('vi', `rankingShort.${site.data.ranking}`)}`,
		shortUrlText: shortUrlToDisplay(settings.baseUrl, site.data.code),
		owner: settings.owner,
	};
}

/** The size a site's plaque is printed at: its own `plaque.size` in vi.md, else the one in settings.yaml. */
export function sitePlaqueSize(site: Pick<SiteEntry, 'data'>, settings: Pick<Settings, 'plaque'>): PlaqueSize {
	return PLAQUE_SIZES[site.data.plaque?.size ?? settings.plaque.size];
}

export interface SitePlaque {
	content: PlaqueContent;
	qrText: string;
	matrix: QrMatrix;
	size: PlaqueSize;
	layout: PlaqueLayout;
}

/**
 * Everything about one site's plaque, computed once: the words, the QR matrix and the layout.
 * `logo` is the owner's logo as read by the caller (see `pngToPlaqueLogo`); without it, none is drawn.
 */
export function makeSitePlaque(site: SiteEntry, settings: PlaqueSettings, measure: Measure, logo?: PlaqueLogo): SitePlaque {
	// The checks, the print kit and the pages all ask for the same site's plaque: make it once.
	const kept = made.get(site);
	if (kept && kept.settings === settings && kept.measure === measure && kept.logo === logo) return kept.plaque;
	const plaque = makeFresh(site, settings, measure, logo);
	made.set(site, { settings, measure, logo, plaque });
	return plaque;
}

/** Keyed by the site entry, so a plaque lives as long as its trail and no longer. */
const made = new WeakMap<SiteEntry, { settings: PlaqueSettings; measure: Measure; logo: PlaqueLogo | undefined; plaque: SitePlaque }>();

function makeFresh(site: SiteEntry, settings: PlaqueSettings, measure: Measure, logo?: PlaqueLogo): SitePlaque {
	const content = siteToPlaqueContent(site, settings);
	const qrText = codeToQrText(settings.baseUrl, site.data.code);
	const matrix = createQrMatrix(qrText);
	const size = sitePlaqueSize(site, settings);
	const layout = layoutPlaque({ content, size, bleedMm: settings.plaque.bleedMm, matrix, measure, logo });
	return { content, qrText, matrix, size, layout };
}
