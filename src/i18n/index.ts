/**
 * Visitor UI strings for the pages and the plaques. `vi.json` is the source of truth; `en`, `zh`
 * and `ko` hold exactly its keys. Every file is checked when this module is imported, so a
 * shipped dictionary that lacks a key stops the build instead of showing a blank on a page.
 * Content mistakes are `Problem`s elsewhere; a broken dictionary is a program failure.
 */
import { z } from 'zod';
import type { Lang } from '../core/schema/language.ts';
import en from './en.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };
import vi from './vi.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };

export type UiKey = keyof typeof vi;
/** Values for `{{name}}` placeholders. Format numbers and dates before passing them. */
export type UiParams = Readonly<Record<string, string | number>>;
export type Translator = (key: UiKey, params?: UiParams) => string;

/** Every key of `vi.json`, in file order. */
export const UI_KEYS = Object.keys(vi) as [UiKey, ...UiKey[]];

// Exhaustive over vi's keys: a missing, unknown or blank entry fails the parse.
const DictionarySchema = z.record(z.enum(UI_KEYS), z.string().trim().min(1));

function describeIssue(issue: z.core.$ZodIssue): string {
	if (issue.code === 'unrecognized_keys') return `unknown ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
	const key = `"${issue.path.map(String).join('.')}"`;
	return issue.code === 'too_small' ? `${key} is empty` : `${key} is missing or not text`;
}

/** Checks one dictionary against vi's keys; throws (a program failure, not content) when it does not match. */
export function parseDictionary(lang: Lang, data: unknown): Readonly<Record<UiKey, string>> {
	const result = DictionarySchema.safeParse(data);
	if (result.success) return result.data;
	const details = result.error.issues.map(describeIssue).join('; ');
	throw new Error(
		`UI strings in src/i18n/${lang}.json do not match vi.json: ${details}. ` +
			'Every language file must hold exactly the keys of vi.json, each with non-empty text. ' +
			'Add what is missing, remove unknown keys, then run `npx vitest run tests/i18n`.',
	);
}

// Typed as partial on purpose: `t` keeps its vi fallback even if a dictionary is ever built another way.
const dictionaries: Readonly<Record<Lang, Readonly<Partial<Record<UiKey, string>>>>> = {
	vi: parseDictionary('vi', vi),
	en: parseDictionary('en', en),
	zh: parseDictionary('zh', zh),
	ko: parseDictionary('ko', ko),
};

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** Fills `{{name}}` placeholders; one without a value stays visible, so the gap shows in review. */
function interpolate(text: string, params: UiParams): string {
	return text.replace(PLACEHOLDER, (placeholder, name: string) => {
		const value = params[name];
		return value === undefined ? placeholder : String(value);
	});
}

/** The UI string `key` in `lang`, with placeholders filled. Falls back to Vietnamese only if the key is missing. */
export function t(lang: Lang, key: UiKey, params?: UiParams): string {
	const text = dictionaries[lang][key] ?? vi[key];
	return params ? interpolate(text, params) : text;
}

/** `t` bound to one language, for a page or a plaque that speaks only that language. */
export function createTranslator(lang: Lang): Translator {
	return (key, params) => t(lang, key, params);
}
