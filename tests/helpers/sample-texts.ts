import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { PROJECT_ROOT } from './trail-copy.ts';

// What the pages should show, read straight from the content and UI files rather than through
// the product's loader, so a browser test compares the page with the source.

export type Lang = 'vi' | 'en' | 'zh' | 'ko';
export const LANGS: readonly Lang[] = ['vi', 'en', 'zh', 'ko'];

export interface SampleSite {
	slug: string;
	code: string;
	/** The title in each language that has its own file (`vi` always). */
	titles: Partial<Record<Lang, string>>;
}

/** Every site of a content folder, in code order. */
export function readSampleSites(contentDir: string): SampleSite[] {
	const sitesDir = path.join(contentDir, 'sites');
	return readdirSync(sitesDir)
		.map((slug) => {
			const titles: SampleSite['titles'] = {};
			let code = '';
			for (const lang of LANGS) {
				const data = frontMatter(path.join(sitesDir, slug, `${lang}.md`));
				if (data) titles[lang] = String(data['title']);
				if (data && lang === 'vi') code = String(data['code']);
			}
			return { slug, code, titles };
		})
		.sort((a, b) => a.code.localeCompare(b.code));
}

/** A UI string straight from src/i18n/<lang>.json, with `{{name}}` placeholders filled. */
export function uiText(lang: Lang, key: string, params: Record<string, string> = {}): string {
	const dictionary = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'src', 'i18n', `${lang}.json`), 'utf8')) as Record<string, string>;
	const text = dictionary[key];
	if (text === undefined) throw new Error(`src/i18n/${lang}.json has no "${key}"`);
	return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? `{{${name}}}`);
}

/** The front matter of a Markdown file, or undefined when the file does not exist. */
function frontMatter(file: string): Record<string, unknown> | undefined {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return undefined;
	}
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
	return match ? (parseYaml(match[1]!) as Record<string, unknown>) : undefined;
}
