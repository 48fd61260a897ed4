/**
 * Inscription blocks: steles, couplets and horizontal boards in Hán Nôm, shown as the original
 * characters, the Sino-Vietnamese reading and the translation side by side. Editors write a fenced
 * block whose parts start with a line naming them (the README shows the syntax):
 *
 *     ```inscription
 *     Câu đối trước cửa đình
 *     Nguyên văn:
 *     國泰民安千載福
 *     Phiên âm:
 *     Quốc thái dân an thiên tải phúc
 *     Dịch nghĩa:
 *     Nước thịnh dân yên, nghìn năm phúc
 *     ```
 *
 * Pure string work: render.ts (the one markdown-it importer) finds the block and swaps in this HTML.
 */
import { t } from '../../i18n/index.ts';
import type { InscriptionPart } from '../problems/problem.ts';
import { LANG_TAGS, type Lang } from '../schema/language.ts';
import { foldForSearch } from '../slug.ts';

/** The info string of the fenced block: ```inscription. */
export const INSCRIPTION_INFO = 'inscription';

export const INSCRIPTION_PARTS = ['original', 'reading', 'translation'] as const satisfies readonly InscriptionPart[];

/** The original is Classical Chinese in traditional characters (Nôm characters are Han too). */
export const INSCRIPTION_ORIGINAL_LANG = 'zh-Hant';

// Label words, folded (no accents, lower case), in the languages editors and translators write.
const LABELS: Record<string, InscriptionPart> = {
	'nguyen van': 'original', 'chu han': 'original', 'chu nom': 'original', 'han nom': 'original', 'chu han nom': 'original', original: 'original', 原文: 'original', 원문: 'original',
	'phien am': 'reading', reading: 'reading', 读音: 'reading', 讀音: 'reading', 독음: 'reading',
	'dich nghia': 'translation', dich: 'translation', translation: 'translation', 译文: 'translation', 譯文: 'translation', 번역: 'translation',
};

// "Phiên âm:" or "Phiên âm: text on the same line"; a full-width colon too, as CJK keyboards type it.
const LABEL_LINE = /^([^:：]{1,20})[:：]\s*(.*)$/;

export interface Inscription {
	/** Text before the first part: what and where the inscription is. */
	caption: string[];
	/** Lines of each part as written, blank lines kept (they separate paragraphs). */
	parts: Partial<Record<InscriptionPart, string[]>>;
	/** Parts the editor left out, in reading order. */
	missing: InscriptionPart[];
}

/** Splits the block's text into its caption and parts. Never fails: a part left out is listed in `missing`. */
export function parseInscription(content: string): Inscription {
	const caption: string[] = [];
	const parts: Partial<Record<InscriptionPart, string[]>> = {};
	let current: string[] = caption;
	for (const line of content.replace(/\s+$/, '').split('\n')) {
		const label = LABEL_LINE.exec(line.trim());
		const part = label && LABELS[foldForSearch(label[1] ?? '')];
		if (part && label) {
			current = parts[part] ??= [];
			if (label[2]) current.push(label[2]);
		} else {
			current.push(line.trim());
		}
	}
	const missing = INSCRIPTION_PARTS.filter((part) => !trimBlank(parts[part] ?? []).length);
	return { caption: trimBlank(caption), parts, missing };
}

/** The distinct characters of every original in `inscriptions`, in code-point order, without spaces. */
export function inscriptionCharacters(inscriptions: readonly Inscription[]): string {
	return uniqueCharacters(inscriptions.map((i) => (i.parts.original ?? []).join('')));
}

/** The distinct characters of `texts`, in code-point order, without spaces: a stable key for a font subset. */
export function uniqueCharacters(texts: readonly string[]): string {
	const chars = new Set([...texts.join('')].filter((c) => c.trim() !== ''));
	return [...chars].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join('');
}

/**
 * The block as HTML: a figure with the caption and a list of labelled parts. Labels are in the
 * language of the text around the block; the reading is Vietnamese whatever that language is.
 */
export function inscriptionToHtml(inscription: Inscription, textLang: Lang): string {
	const caption = inscription.caption.length ? `<figcaption>${lines(inscription.caption)}</figcaption>\n` : '';
	const parts = INSCRIPTION_PARTS.flatMap((part) => {
		const text = trimBlank(inscription.parts[part] ?? []);
		if (!text.length) return [];
		const lang = langOf(part, textLang);
		const attrs = `${part === 'original' ? ' class="ins-han"' : ''}${lang ? ` lang="${lang}"` : ''}`;
		return [`<div><dt>${escapeHtml(t(textLang, `inscription.${part}`))}</dt><dd${attrs}>${paragraphs(text)}</dd></div>`];
	});
	return `<figure class="inscription">\n${caption}<dl>\n${parts.join('\n')}\n</dl>\n</figure>\n`;
}

function langOf(part: InscriptionPart, textLang: Lang): string | undefined {
	if (part === 'original') return INSCRIPTION_ORIGINAL_LANG;
	if (part === 'reading' && textLang !== 'vi') return LANG_TAGS.vi;
	return undefined;
}

/** Lines within a paragraph keep their breaks: a couplet is two lines, never one run of text. */
function paragraphs(text: readonly string[]): string {
	const groups = text.join('\n').split(/\n{2,}/);
	return groups.map((group) => `<p>${lines(group.split('\n'))}</p>`).join('');
}

function lines(text: readonly string[]): string {
	return text.map(escapeHtml).join('<br>');
}

function trimBlank(text: readonly string[]): string[] {
	const start = text.findIndex((line) => line !== '');
	if (start < 0) return [];
	const end = text.findLastIndex((line) => line !== '');
	return text.slice(start, end + 1);
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}
