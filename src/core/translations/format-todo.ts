import { t } from '../../i18n/index.ts';
import type { LanguageTodo, OutdatedTranslation, TodoSite } from './todo.ts';

export type TodoLang = 'vi' | 'en';

interface TodoWords {
	heading: string;
	viOnly: string;
	done: string;
	missing: (n: number) => string;
	outdated: (n: number) => string;
	dates: (entry: OutdatedTranslation) => string;
	total: (missing: number, outdated: number) => string;
	next: string;
	incomplete: string;
}

const WORDS: Record<TodoLang, TodoWords> = {
	vi: {
		heading: 'Việc dịch còn lại, theo từng ngôn ngữ trong settings.yaml.',
		viOnly: 'Trang chỉ có tiếng Việt (languages trong settings.yaml), nên không có gì cần dịch.',
		done: 'không còn việc gì; mọi di tích đã có bản dịch theo tiếng Việt mới nhất.',
		missing: (n) => `Chưa có bản dịch (${n}):`,
		outdated: (n) => `Tiếng Việt đã sửa sau khi dịch (${n}):`,
		dates: (e) => `vi.md: ${e.viUpdated}, bản dịch: ${e.updated ?? 'chưa ghi ngày updated'}`,
		total: (m, o) => `Tổng cộng: ${m} bản dịch chưa có, ${o} bản dịch cần sửa theo tiếng Việt.`,
		next: 'Bắt đầu một bản dịch: npm run new -- --translate THƯ_MỤC NGÔN_NGỮ. Dịch xong, hãy ghi ngày hôm đó vào trường updated của bản dịch.',
		incomplete: 'Nội dung còn lỗi, nên danh sách có thể thiếu di tích. Hãy chạy npm run check để xem.',
	},
	en: {
		heading: 'Translations still to do, per language of settings.yaml.',
		viOnly: 'The site offers Vietnamese only (languages in settings.yaml), so there is nothing to translate.',
		done: 'nothing left to do; every site has a translation of its latest Vietnamese text.',
		missing: (n) => `No translation yet (${n}):`,
		outdated: (n) => `Vietnamese changed since the translation (${n}):`,
		dates: (e) => `vi.md: ${e.viUpdated}, translation: ${e.updated ?? 'no updated date'}`,
		total: (m, o) => `In all: ${m} translation${m === 1 ? '' : 's'} missing, ${o} to bring up to date.`,
		next: "Start a translation with npm run new -- --translate FOLDER LANGUAGE. When it is done, write that day's date in the translation's updated field.",
		incomplete: 'The content has errors, so some sites may be missing from this list. Run npm run check to see them.',
	},
};

/**
 * The to-do list as text: a block per language, each site with its code, its name and the file to
 * write, then the totals and how to start. `incomplete` adds a line when some vi.md did not load.
 */
export function formatTranslationsTodo(todo: readonly LanguageTodo[], lang: TodoLang, { incomplete = false } = {}): string {
	const words = WORDS[lang];
	const lines = [words.heading, ''];
	if (!todo.length) lines.push(words.viOnly);
	for (const { lang: target, missing, outdated } of todo) {
		const name = `${capitalize(t(lang, `lang.${target}`))} (${target})`;
		if (!missing.length && !outdated.length) {
			lines.push(`${name}: ${words.done}`, '');
			continue;
		}
		lines.push(`${name}:`);
		if (missing.length) lines.push(`  ${words.missing(missing.length)}`, ...missing.map((site) => `    ${siteLine(site)}`));
		if (outdated.length) lines.push(`  ${words.outdated(outdated.length)}`, ...outdated.map((site) => `    ${siteLine(site)} (${words.dates(site)})`));
		lines.push('');
	}
	if (todo.length) {
		const count = (pick: (l: LanguageTodo) => readonly unknown[]) => todo.reduce((n, l) => n + pick(l).length, 0);
		lines.push(words.total(count((l) => l.missing), count((l) => l.outdated)), words.next);
	}
	if (incomplete) lines.push(words.incomplete);
	return `${lines.join('\n').trimEnd()}\n`;
}

function siteLine(site: TodoSite): string {
	return `${site.code} ${site.title} → ${site.file}`;
}

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
