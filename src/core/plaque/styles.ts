import type { Lang } from '../schema/language.ts';
import type { FitTextRule } from './fit-text.ts';
import type { FontId } from './fonts.ts';
import type { Fill } from './layout.ts';

/** Warm parchment band with lacquer-red titles, as on temple boards; the QR area itself stays pure white. */
export const PLAQUE_COLOURS = { band: '#F3E9D2', accent: '#8A1C1C' } as const satisfies Record<string, Fill>;

/** On A5, nothing but backgrounds comes closer than this to the cut: guillotines drift, and frames cover edges. */
export const SAFE_MARGIN_MM = 10;
/** However small the plaque, the margin stays at least this wide. */
const MIN_MARGIN_MM = 4;
/** Smallest type on any plaque: below this a phone-holding visitor cannot read it. */
const MIN_TYPE_PT = 6;

export type TextStyle = Omit<FitTextRule, 'maxWidthMm'> & { lineHeightEm: number; fill: Fill };

/** Type drawn for A5; other sizes scale it (layoutScale in sizes.ts). */
const A5_STYLES = {
	titleVi: { font: 'bold', maxLines: 3, startSizePt: 26, minSizePt: 15, stepPt: 1, lineHeightEm: 1.3, fill: PLAQUE_COLOURS.accent },
	titleOther: { font: 'regular', maxLines: 3, startSizePt: 15, minSizePt: 10, stepPt: 0.5, lineHeightEm: 1.3, fill: 'black' },
	titleZh: { font: 'cjk', maxLines: 2, startSizePt: 15, minSizePt: 10, stepPt: 0.5, lineHeightEm: 1.3, fill: 'black' },
	category: { font: 'regular', maxLines: 1, startSizePt: 12, minSizePt: 8, stepPt: 0.5, lineHeightEm: 1.3, fill: 'black' },
	shortUrl: { font: 'regular', maxLines: 1, startSizePt: 13, minSizePt: 8, stepPt: 0.5, lineHeightEm: 1.3, fill: 'black' },
	code: { font: 'bold', maxLines: 1, startSizePt: 30, minSizePt: 16, stepPt: 1, lineHeightEm: 1.3, fill: 'black' },
	owner: { font: 'regular', maxLines: 2, startSizePt: 10, minSizePt: 8, stepPt: 0.5, lineHeightEm: 1.3, fill: 'black' },
} as const satisfies Record<string, TextStyle>;

/** Vertical gaps between blocks on A5, in mm. */
const A5_GAPS = { bandTop: 2, titles: 3, bandBottom: 6, rule: 0.8, category: 5, qr: 3, code: 2, owner: 4 } as const;

/** A logo 9 mm tall on A5: enough to recognise, small enough not to compete with the QR code. */
const A5_LOGO_HEIGHT_MM = 9;

export type StyleName = keyof typeof A5_STYLES;

/** The style of the `index`-th title on a plaque: Vietnamese first and largest, Chinese in the CJK font. */
export function titleStyleName(lang: Lang, index: number): StyleName {
	if (index === 0) return 'titleVi';
	return lang === 'zh' ? 'titleZh' : 'titleOther';
}

/** The font a title is set in, for glyph checks. */
export function titleFont(lang: Lang, index: number): FontId {
	return A5_STYLES[titleStyleName(lang, index)].font;
}

/** Type, gaps and margin for one plaque size. */
export interface Look {
	styles: Record<StyleName, TextStyle>;
	gaps: Record<keyof typeof A5_GAPS, number>;
	marginMm: number;
	/** Height of the owner's logo box, when there is one. */
	logoHeightMm: number;
}

/** The A5 look scaled by `scale`; at 1 it is exactly the A5 look. Type is rounded to half points. */
export function scaledLook(scale: number): Look {
	const type = (pt: number) => Math.max(MIN_TYPE_PT, Math.round(pt * scale * 2) / 2);
	const styles = Object.fromEntries(
		Object.entries(A5_STYLES).map(([name, style]) => {
			const startSizePt = type(style.startSizePt);
			return [name, { ...style, startSizePt, minSizePt: Math.min(startSizePt, type(style.minSizePt)), stepPt: Math.max(0.5, Math.round(style.stepPt * scale * 2) / 2) }];
		}),
	) as Record<StyleName, TextStyle>;
	const gaps = Object.fromEntries(Object.entries(A5_GAPS).map(([name, mm]) => [name, mm * scale])) as Look['gaps'];
	return { styles, gaps, marginMm: Math.max(MIN_MARGIN_MM, SAFE_MARGIN_MM * scale), logoHeightMm: A5_LOGO_HEIGHT_MM * scale };
}
