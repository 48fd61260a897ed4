/**
 * URL slugs and accent-free search keys for Vietnamese text.
 * Folder names become public URLs (`/vi/dinh-dam-ha/`), so the fold must be stable for years.
 */

/** A slug: lower-case ASCII letters and digits in runs joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Lower-case text without diacritics: "Đầm Hà" → "dam ha". For comparing what a visitor types
 * without accents against names; not for display. Whitespace runs become one space.
 * The `vi` collator cannot do this: it treats d and đ as different letters (DOMAIN §4.4).
 */
export function foldForSearch(text: string): string {
	return stripVietnameseMarks(text).toLowerCase().replace(/\s+/g, ' ').trim().normalize('NFC');
}

/**
 * "Đình Đầm Hà" → "dinh-dam-ha". Returns "" when the text holds no Latin letter or digit
 * (a title written only in Chinese or Korean, for example).
 */
export function slugify(text: string): string {
	return stripVietnameseMarks(text)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

export function isValidSlug(slug: string): boolean {
	return SLUG_PATTERN.test(slug);
}

/** Removes tone and vowel marks and maps đ/Đ (and the look-alike eth ð/Ð) to d/D. */
function stripVietnameseMarks(text: string): string {
	// NFD splits both NFC and NFD input into base letter + marks, so either form folds the same.
	// đ/Đ have no decomposition, and ð/Ð arrive from legacy-encoding conversions (DOMAIN §4.2).
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[đð]/g, 'd')
		.replace(/[ĐÐ]/g, 'D');
}
