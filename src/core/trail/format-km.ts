import { t } from '../../i18n/index.ts';
import { LANG_TAGS, type Lang } from '../schema/language.ts';

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, fractionDigits: number): Intl.NumberFormat {
	const key = `${lang}/${fractionDigits}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(LANG_TAGS[lang], { minimumFractionDigits: fractionDigits, maximumFractionDigits: 1 });
		formats.set(key, format);
	}
	return format;
}

/**
 * A distance as the visitor reads it: "5,3 km" in Vietnamese, "5.3 km" in English. One decimal,
 * since straight-line distances are rough anyway; `trimZero` drops it for round values
 * ("2 km" on a scale bar rather than "2,0 km").
 */
export function formatKm(lang: Lang, km: number, options: { trimZero?: boolean } = {}): string {
	return t(lang, 'unit.km', { value: numberFormat(lang, options.trimZero ? 0 : 1).format(km) });
}
