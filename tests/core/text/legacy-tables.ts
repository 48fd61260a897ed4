/**
 * Unicode → TCVN3 (ABC) and VNI Windows, as those bytes read in Windows-1252: the mojibake an
 * editor pastes from an old document. For the tests only: they turn real Vietnamese into legacy
 * text, so the detector is tried on every sentence of the sample content, not on a few examples.
 * Tables after DOMAIN.md §4.3 (sources S62, S63).
 */

const TCVN3_LETTERS = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĐĂÂÊÔƠƯ';
const TCVN3_BYTES = [
	0xb5, 0xb8, 0xb6, 0xb7, 0xb9, 0xa8, 0xbb, 0xbe, 0xbc, 0xbd, 0xc6, 0xa9, 0xc7, 0xca, 0xc8, 0xc9, 0xcb, 0xae, 0xcc, 0xd0, 0xce, 0xcf, 0xd1, 0xaa, 0xd2, 0xd5, 0xd3, 0xd4, 0xd6, 0xd7, 0xdd, 0xd8, 0xdc, 0xde, 0xdf, 0xe3, 0xe1, 0xe2, 0xe4, 0xab, 0xe5, 0xe8, 0xe6, 0xe7, 0xe9, 0xac, 0xea, 0xed, 0xeb, 0xec,
	0xee, 0xef, 0xf3, 0xf1, 0xf2, 0xf4, 0xad, 0xf5, 0xf8, 0xf6, 0xf7, 0xf9, 0xfa, 0xfd, 0xfb, 0xfc, 0xfe, 0xa7, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6,
];
const WINDOWS_1252 = new TextDecoder('windows-1252');
const TCVN3 = new Map([...TCVN3_LETTERS].map((letter, i) => [letter, WINDOWS_1252.decode(new Uint8Array([TCVN3_BYTES[i]!]))]));

/** Toned capitals take the small letter's byte: TCVN3 kept their case in a separate font. */
export function toTcvn3(text: string): string {
	return [...text.normalize('NFC')].map((c) => TCVN3.get(c) ?? TCVN3.get(c.toLowerCase()) ?? c).join('');
}

const TONES: Record<string, string> = { '\u0301': 'ù', '\u0300': 'ø', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï' };
const HAT_TONES: Record<string, string> = { '\u0302\u0301': 'á', '\u0302\u0300': 'à', '\u0302\u0309': 'å', '\u0302\u0303': 'ã', '\u0302\u0323': 'ä', '\u0306\u0301': 'é', '\u0306\u0300': 'è', '\u0306\u0309': 'ú', '\u0306\u0303': 'ü', '\u0306\u0323': 'ë' };
const HATS: Record<string, string> = { '\u0302': 'â', '\u0306': 'ê' };
const HORNS: Record<string, string> = { o: 'ô', u: 'ö', O: 'Ô', U: 'Ö' };
const I_TONES: Record<string, string> = { í: 'í', ì: 'ì', ỉ: 'æ', ĩ: 'ó', ị: 'ò', Í: 'Í', Ì: 'Ì', Ỉ: 'Æ', Ĩ: 'Ó', Ị: 'Ò' };

/** VNI writes the base letter, then its hat and tone as one more character. */
export function toVni(text: string): string {
	return [...text.normalize('NFC')].map(vniLetter).join('');
}

function vniLetter(c: string): string {
	if (c === 'đ') return 'ñ';
	if (c === 'Đ') return 'Ñ';
	if (I_TONES[c]) return I_TONES[c];
	const [base = c, ...marks] = [...c.normalize('NFD')];
	if (!marks.length) return c;
	const horn = marks.includes('\u031B');
	const hat = marks.find((m) => m === '\u0302' || m === '\u0306');
	const tone = marks.find((m) => m in TONES);
	const letter = horn ? (HORNS[base] ?? base) : base;
	const upper = (s: string) => (base === base.toUpperCase() ? s.toUpperCase() : s);
	if (hat && tone) return letter + upper(HAT_TONES[hat + tone]!);
	if (hat) return letter + upper(HATS[hat]!);
	return letter + (tone ? upper(TONES[tone]!) : '');
}
