/**
 * The editor-facing message contract. A content mistake is a `Problem`: plain data, never thrown,
 * collected from every loader and check, then formatted all at once in Vietnamese or English.
 * Codes are permanent once shipped: the editors' guide and old bug reports refer to them.
 */

/** Parameters of each problem code; the message catalogues (messages/vi.ts, en.ts) are typed by it. */
export interface ProblemParams {
	'file-unreadable': { reason: string };
	'not-utf8': { legacy?: LegacyEncoding };
	'file-empty': Record<string, never>;
	'legacy-encoding': { encoding: LegacyEncoding; sample: string };
	'mixed-script': { word: string; letter: string; codePoint: string; script: Script };
	'bidi-control': { codePoint: string; kind: BidiKind };
	'invisible-character': { value: string; codePoint: string; after: string; fixed?: string };
	'code-lower-case': { value: string; fixed: string };
	'body-empty': Record<string, never>;
	'settings-missing': { dir: string };
	'sites-folder-missing': { dir: string };
	'front-matter-missing': Record<string, never>;
	'front-matter-unclosed': Record<string, never>;
	'front-matter-invalid': { detail: string };
	'duplicate-field': { key: string };
	'required-field-missing': { key: string };
	'unknown-field': { key: string; suggestion?: string };
	'wrong-type': { value: string; expected: ValueKind };
	'invalid-choice': { value: string; choices: string[]; suggestion?: string };
	'invalid-code': { value: string; fixed?: string };
	'invalid-date': { value: string };
	'invalid-url': { value: string };
	'invalid-email': { value: string };
	'text-empty': Record<string, never>;
	'text-too-long': { length: number; max: number };
	'summary-too-long': { length: number; max: number };
	'number-out-of-range': { value: string; min?: number; max?: number };
	'list-too-short': { min: number };
	'languages-vi-first': Record<string, never>;
	'languages-repeated': Record<string, never>;
	'invalid-slug': { slug: string; suggestion: string };
	'duplicate-slug': { slug: string; otherFile: string };
	'duplicate-code': { code: string; otherFile: string; otherLine?: number };
	'code-reserved': { code: string; path: string };
	'translation-without-vi': { dir: string; lang: string };
	'vi-missing': { dir: string };
	'language-file-case': { name: string; expected: string };
	'unknown-language-file': { name: string; languages: string[] };
	'language-not-offered': { lang: string; languages: string[] };
	'latitude-out-of-range': { value: number; min: number; max: number };
	'longitude-out-of-range': { value: number; min: number; max: number };
	'coordinates-swapped': { lat: number; lng: number };
	'coordinates-outside-vietnam': { lat: number; lng: number };
	'decimal-comma': { key: string; value: string; fixed: string };
	'photo-missing': { src: string; dir: string };
	'photo-outside-site-folder': { src: string; dir: string };
	'photo-unreadable': { src: string };
	'alt-missing': { which: 'cover' | 'photo' };
	'duplicate-trail-position': { position: number; otherFile: string };
	'unsafe-link': { url: string };
	'glyph-missing': { text: string; chars: string };
	'plaque-text-overflow': { code: string; text: string; byMm: number; size: string };
	'logo-missing': { src: string; dir: string };
	'logo-outside-content-folder': { src: string; dir: string };
	'logo-unreadable': { src: string };
	'qr-too-small-for-distance': { code: string; size: string; symbolMm: number; neededMm: number; distanceCm: number };
	'audio-format': { value: string; formats: string[] };
	'audio-missing': { src: string; dir: string };
	'audio-outside-site-folder': { src: string; dir: string };
	'inscription-incomplete': { missing: InscriptionPart[] };
	'inscription-glyph-missing': { chars: string };
	'photo-too-large': { src: string; sizeMb: number; maxMb: number };
	'photo-heic': { src: string };
	'photo-empty': { src: string };
	'photo-truncated': { src: string };
	'photo-not-an-image': { src: string; kind: FileKind };
	'photo-too-many-pixels': { src: string; widthPx: number; heightPx: number; megapixels: number; maxMegapixels: number };
	'location-from-photo': { src: string; lat: number; lng: number };
	'printed-code-gone': { code: string; date: string };
	'printed-url-changed': { code: string; printed: string; current: string };
	'printed-folder-renamed': { code: string; folder: string; current: string; file: string };
	'retired-code-in-use': { code: string; otherFile: string };
	'retired-duplicate': { code: string; otherLine: number };
	'retired-goto-missing': { reason: string };
	'retired-goto-unknown': { goTo: string };
	'folder-name-taken': { folder: string; otherFile: string };
	'folder-name-invalid': { value: string; suggestion: string };
}

/** The old Vietnamese encodings (text/legacy-encoding.ts). */
export type LegacyEncoding = 'tcvn3' | 'vni';

/** Alphabets whose letters look like Latin ones (text/scripts.ts). */
export type Script = 'cyrillic' | 'greek' | 'armenian';

/** A bidi control that reorders what follows it, or a mark that only moves punctuation (text/invisible.ts). */
export type BidiKind = 'reordering' | 'mark';

/** The three parts of an inscription block (see markdown/inscription.ts). */
export type InscriptionPart = 'original' | 'reading' | 'translation';

/** What a file named as a photo really is when it is no image at all (see images/accepted.ts). */
export type FileKind = 'pdf' | 'html' | 'office' | 'zip' | 'video' | 'audio' | 'text';

export type ProblemCode = keyof ProblemParams;
export type Severity = 'error' | 'warning';

/** The kinds of value an editor can write, named in plain words by the catalogues. */
export type ValueKind = 'text' | 'number' | 'whole-number' | 'yes-no' | 'list' | 'group' | 'date';

interface ProblemBase {
	severity: Severity;
	/** Relative to the working directory, with forward slashes. */
	file: string;
	/** 1-based. */
	line?: number;
	/** 1-based. */
	column?: number;
	/** Dotted path as written in the file, e.g. `location.lat` or `photos.2.alt`. */
	field?: string;
}

/** A mistake in the content that an editor can fix. Never thrown; collected and reported together. */
export type Problem = { [C in ProblemCode]: ProblemBase & { code: C; params: ProblemParams[C] } }[ProblemCode];

/** A problem before its place in a file is known (e.g. from a renderer that sees only a text). */
export type ProblemAt<C extends ProblemCode = ProblemCode> = C extends ProblemCode ? Omit<Extract<Problem, { code: C }>, 'file'> : never;

export function isError(problem: Problem): boolean {
	return problem.severity === 'error';
}

/** Sorts by file, then line, then column; problems without a line come first in their file. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) =>
			a.file.localeCompare(b.file, 'en') ||
			(a.line ?? 0) - (b.line ?? 0) ||
			(a.column ?? 0) - (b.column ?? 0) ||
			a.code.localeCompare(b.code, 'en'),
	);
}
