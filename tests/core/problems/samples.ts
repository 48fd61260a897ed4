import type { Problem, ProblemCode, ProblemParams } from '../../../src/core/problems/problem.ts';

/**
 * Realistic parameters for every problem code, as the loader and the checks prepare them. Typed by
 * `ProblemParams`, so a new code fails `tsc` here until it has a sample, and so a message test.
 */
export const SAMPLE_PARAMS: { [C in ProblemCode]: ProblemParams[C] } = {
	'file-unreadable': { reason: 'EACCES' },
	'settings-missing': { dir: 'content/' },
	'sites-folder-missing': { dir: 'content/sites/' },
	'front-matter-missing': {},
	'front-matter-unclosed': {},
	'front-matter-invalid': { detail: 'Tabs are not allowed as indentation' },
	'duplicate-field': { key: 'title' },
	'required-field-missing': { key: 'address' },
	'unknown-field': { key: 'tittle', suggestion: 'title' },
	'wrong-type': { value: '"21,35"', expected: 'number' },
	'invalid-choice': { value: 'histroic', choices: ['historic', 'architecture', 'archaeology', 'scenic', 'mixed', 'tourism'], suggestion: 'historic' },
	'invalid-code': { value: 'dh 01', fixed: 'DH01' },
	'invalid-date': { value: '01/07/2025' },
	'invalid-url': { value: 'damha.example.vn' },
	'invalid-email': { value: 'doan-damha.example.vn' },
	'text-empty': {},
	'text-too-long': { length: 164, max: 160 },
	'summary-too-long': { length: 231, max: 200 },
	'number-out-of-range': { value: '12', min: 0, max: 10 },
	'list-too-short': { min: 1 },
	'languages-vi-first': {},
	'languages-repeated': {},
	'invalid-slug': { slug: 'Đình Đầm Hà', suggestion: 'dinh-dam-ha' },
	'duplicate-slug': { slug: 'Dinh-Dam-Ha', otherFile: 'content/sites/dinh-dam-ha/' },
	'duplicate-code': { code: 'DH01', otherFile: 'content/sites/dinh-x/vi.md', otherLine: 2 },
	'code-reserved': { code: 'EN', path: '/en/' },
	'translation-without-vi': { dir: 'content/sites/abc/', lang: 'en' },
	'vi-missing': { dir: 'content/sites/dinh-moi/' },
	'language-file-case': { name: 'Vi.md', expected: 'vi.md' },
	'unknown-language-file': { name: 'fr.md', languages: ['vi', 'en', 'zh', 'ko'] },
	'language-not-offered': { lang: 'ko', languages: ['vi', 'en'] },
	'latitude-out-of-range': { value: 31.5, min: 8, max: 24 },
	'longitude-out-of-range': { value: 117.6, min: 102, max: 110 },
	'coordinates-swapped': { lat: 107.5, lng: 21.4 },
	'photo-missing': { src: 'cover.jpg', dir: 'content/sites/den-cap/' },
	'photo-outside-site-folder': { src: '../dinh-mau/cover.jpg', dir: 'content/sites/den-cap/' },
	'photo-unreadable': { src: 'cover.jpg' },
	'alt-missing': { which: 'cover' },
	'duplicate-trail-position': { position: 3, otherFile: 'content/sites/chua-sau/vi.md' },
	'unsafe-link': { url: 'javascript:alert(1)' },
	'glyph-missing': { text: 'Đình 漢 Đầm Hà', chars: '"漢" (U+6F22)' },
	'plaque-text-overflow': { code: 'DH01', text: 'Tượng đài Anh hùng liệt sĩ Hà Quang Vóc và các chiến sĩ', byMm: 4.2, size: 'a5 (148 × 210 mm)' },
	'logo-missing': { src: 'logo.png', dir: 'content/' },
	'logo-outside-content-folder': { src: '../logo.png', dir: 'content/' },
	'logo-unreadable': { src: 'logo.bmp' },
	'qr-too-small-for-distance': { code: 'DH01', size: 'sticker-10x10 (100 × 100 mm)', symbolMm: 17.4, neededMm: 25, distanceCm: 25 },
	'audio-format': { value: 'thuyet-minh.wav', formats: ['mp3', 'm4a', 'ogg'] },
	'audio-missing': { src: 'thuyet-minh.mp3', dir: 'content/sites/dinh-dam-ha/' },
	'audio-outside-site-folder': { src: '../chung/thuyet-minh.mp3', dir: 'content/sites/dinh-dam-ha/' },
	'inscription-incomplete': { missing: ['reading', 'translation'] },
	'inscription-glyph-missing': { chars: '"𡨸" (U+21A38)' },
	'photo-too-large': { src: 'IMG_20250701_083015.jpg', sizeMb: 31.4, maxMb: 25 },
	'photo-heic': { src: 'IMG_4512.HEIC' },
	'location-from-photo': { src: 'cong-dinh.jpg', lat: 21.3512, lng: 107.5996 },
	'printed-code-gone': { code: 'DH05', date: '2022-03-26' },
	'printed-url-changed': { code: 'DH01', printed: 'https://DAMHA.EXAMPLE.VN/DH01', current: 'https://DITICH.QUANGNINH.EXAMPLE.VN/DH01' },
	'printed-folder-renamed': { code: 'DH09', folder: 'thac-bach-van', current: 'thac-bach-van-quang-tan', file: 'content/sites/thac-bach-van-quang-tan/vi.md' },
	'retired-code-in-use': { code: 'DH05', otherFile: 'content/sites/don-den/vi.md' },
	'retired-duplicate': { code: 'DH05', otherLine: 3 },
	'retired-goto-missing': { reason: 'merged' },
	'retired-goto-unknown': { goTo: 'DH42' },
	'folder-name-taken': { folder: 'dinh-dam-ha', otherFile: 'content/sites/dinh-dam-ha/vi.md' },
	'folder-name-invalid': { value: 'Thác_Bạch_Vân', suggestion: 'thac-bach-van' },
};

/** The same codes with every optional parameter left out: what a message must also read well without. */
export const BARE_PARAMS: { [C in ProblemCode]: ProblemParams[C] } = {
	...SAMPLE_PARAMS,
	'unknown-field': { key: 'ghiChu' },
	'invalid-choice': { value: 'cấp tỉnh', choices: ['special-national', 'national', 'provincial', 'inventoried', 'unranked'] },
	'invalid-code': { value: 'DAMHA-DINH-01' },
	'number-out-of-range': { value: '0' },
	'duplicate-code': { code: 'DH01', otherFile: 'content/sites/dinh-x/vi.md' },
	'alt-missing': { which: 'photo' },
};

export const ALL_CODES = Object.keys(SAMPLE_PARAMS) as ProblemCode[];

/** A problem of `code` with the given parameters, in a plausible file. */
export function sampleProblem<C extends ProblemCode>(code: C, params: ProblemParams[C] = SAMPLE_PARAMS[code]): Problem {
	return { code, severity: 'error', file: 'content/sites/dinh-dam-ha/vi.md', params } as Problem;
}
