/**
 * The Decap CMS configuration of `/admin/`, built from the same zod schemas that `npm run check`
 * uses (issue #6): a field added to or changed in `SiteSchema` or `TranslationSchema` reaches the
 * form with no second list to keep in step. Collections are here, fields in decap-fields.ts.
 */
import type { Lang } from '../schema/language.ts';
import { SiteSchema } from '../schema/site.ts';
import { TranslationSchema } from '../schema/translation.ts';
import type { CmsBackend } from './backend.ts';
import { decapFields, type DecapField } from './decap-fields.ts';
import { allFormFields, formFields, type FormField } from './form-fields.ts';

export interface DecapCollection {
	name: string;
	label: string;
	label_singular: string;
	description: string;
	folder: string;
	path: string;
	extension: 'md';
	format: 'yaml-frontmatter';
	create: boolean;
	delete: boolean;
	identifier_field: string;
	summary: string;
	sortable_fields: string[];
	media_folder: string;
	public_folder: string;
	nested: { depth: number };
	fields: DecapField[];
}

export interface DecapConfig {
	load_config_file: false;
	locale: 'vi';
	backend: CmsBackend;
	local_backend: true;
	site_url?: string;
	display_url?: string;
	media_folder: string;
	public_folder: string;
	publish_mode: 'simple';
	show_preview_links: false;
	editor: { preview: false };
	slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
	collections: DecapCollection[];
}

export interface DecapConfigOptions {
	/** The content folder, relative to the repository root (where decap-server runs): `content`. */
	contentPath: string;
	/** The languages of settings.yaml, `vi` first: one translation collection per other language. */
	languages: readonly Lang[];
	backend: CmsBackend;
	/** The site's `baseUrl`, for the "view the site" link. */
	siteUrl?: string;
	/** Vietnamese words for choices and languages, from the visitor UI strings (src/i18n/vi.json). */
	words: {
		/** By field path, then value: `{ category: { historic: 'Di tích lịch sử' } }`. */
		choices: Readonly<Record<string, Readonly<Record<string, string>>>>;
		/** `{ en: 'tiếng Anh' }`. */
		languages: Readonly<Partial<Record<Lang, string>>>;
	};
}

/** The Decap config for a trail's content folder. Deterministic: the same options give the same config. */
export function decapConfig(options: DecapConfigOptions): DecapConfig {
	const folder = `${options.contentPath.replace(/\/+$/, '')}/sites`;
	const sites: DecapCollection = {
		...collectionBase(folder, 'vi'),
		name: 'sites',
		label: 'Di tích',
		label_singular: 'di tích',
		description: 'Mỗi di tích là một thư mục trong content/sites/; tên thư mục được tạo từ tên di tích (chữ thường, không dấu).',
		// A site folder is its page address and its plaques' promise: removing one is a retirement (content/retired.yaml), not a click.
		create: true,
		delete: false,
		summary: '{{code}} · {{title}}',
		sortable_fields: ['code', 'title', 'updated'],
		fields: decapFields(SiteSchema, options),
	};
	const translations = options.languages.filter((lang) => lang !== 'vi').map((lang): DecapCollection => {
		const language = options.words.languages[lang] ?? lang;
		return {
			...collectionBase(folder, lang),
			name: `translations-${lang}`,
			label: `Bản dịch ${language}`,
			label_singular: `bản dịch ${language}`,
			description: `Tệp ${lang}.md trong thư mục của di tích. Bản dịch mới: npm run new -- --translate <thư-mục> ${lang}.`,
			// A new translation must go into an existing site's folder, and Decap can only name a new
			// entry's folder from its title (here: the translated one), so translations are edited, not created.
			create: false,
			delete: true,
			summary: '{{title}}',
			sortable_fields: ['title', 'updated'],
			fields: decapFields(TranslationSchema, options),
		};
	});
	return {
		load_config_file: false,
		locale: 'vi',
		backend: options.backend,
		local_backend: true,
		...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
		media_folder: folder,
		public_folder: '',
		publish_mode: 'simple',
		show_preview_links: false,
		editor: { preview: false },
		// "Đình Tân Bình" → dinh-tan-binh: what `slugify` and the invalid-slug check expect (Decap's accent table maps đ to d).
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		collections: [sites, ...translations],
	};
}

function collectionBase(folder: string, lang: Lang) {
	return {
		folder,
		path: `{{slug}}/${lang}`,
		extension: 'md',
		format: 'yaml-frontmatter',
		identifier_field: 'title',
		// Every language's file sits in the same site folder: Decap lists a collection by `path` (dinh-dam-ha/vi.md, not
		// en.md) only when it loads all entries at once, which a nested collection does (with the filter in _cms.ts).
		nested: { depth: 2 },
		// Photos and narrations live in the site's own folder, next to its Markdown files, and are named by file name alone.
		media_folder: '',
		public_folder: '',
	} as const;
}

/** Every form field of the two schemas, by path: for tests that prove the form matches the rules. */
export function schemaFormFields(): { site: FormField[]; translation: FormField[] } {
	return { site: allFormFields(formFields(SiteSchema)), translation: allFormFields(formFields(TranslationSchema)) };
}
