import { describe, expect, test } from 'vitest';
import { allFormFields, CATEGORIES, CHECK_REQUIRED, decapConfig, FORM_HINTS, FORM_WIDGETS, isValidSlug, LANGUAGES, RANKINGS, schemaFormFields, slugify, type DecapConfig, type DecapField, type FormField } from '../../../src/core/index.ts';
import { t, type UiKey } from '../../../src/i18n/index.ts';

// Decap's own slug code, run here as the browser runs it: the folder it makes must be ours. (Untyped, hence the cast.)
const URL_HELPER = 'decap-cms-core/dist/esm/lib/urlHelper.js';
const { sanitizeSlug } = (await import(URL_HELPER)) as { sanitizeSlug: (slug: string, options: object) => string };

const words = (prefix: string, values: readonly string[]) => Object.fromEntries(values.map((v) => [v, t('vi', `${prefix}.${v}` as UiKey)]));
const config: DecapConfig = decapConfig({
	contentPath: 'content',
	languages: LANGUAGES,
	backend: { name: 'proxy', proxy_url: 'http://localhost:8081/api/v1' },
	siteUrl: 'https://damha.example.vn',
	words: { choices: { category: words('category', CATEGORIES), ranking: words('ranking', RANKINGS) }, languages: { en: 'tiếng Anh', zh: 'tiếng Trung', ko: 'tiếng Hàn' } },
});
const [sites, ...translations] = config.collections;
const schemas = schemaFormFields();

/** Every Decap field by the schema path it edits (`photos.[].src`), list items included. */
function byPath(fields: readonly DecapField[], prefix = ''): Map<string, DecapField> {
	const found = new Map<string, DecapField>();
	for (const field of fields) {
		const path = prefix ? `${prefix}.${field.name}` : field.name;
		found.set(path, field);
		const children = field['fields'] as DecapField[] | undefined;
		const item = field['field'] as DecapField | undefined;
		if (field.widget === 'object' && children) for (const [p, f] of byPath(children, path)) found.set(p, f);
		if (field.widget === 'list' && children) {
			// A list of groups: Decap names the item with `label_singular`; each item, once added, is there.
			found.set(`${path}.[]`, { name: field.name, label: String(field['label_singular']), widget: 'object', required: true });
			for (const [p, f] of byPath(children, `${path}.[]`)) found.set(p, f);
		}
		if (field.widget === 'list' && item) found.set(`${path}.[]`, item);
	}
	return found;
}

const forms = [
	['vi.md (SiteSchema)', sites!, schemas.site],
	...translations.map((c) => [`${c.path.split('/').pop()}.md (TranslationSchema)`, c, schemas.translation] as const),
] as const;

describe('decapConfig: the form cannot drift from the schema, issue #6', () => {
	test.each(forms)('%s: every schema field is in the form, and the form has nothing else but the text', (_name, collection, fields) => {
		const form = [...byPath(collection.fields).keys()].filter((p) => p !== 'body').sort();
		expect(form).toEqual(fields.map((f) => f.path).sort());
		expect(collection.fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
	});

	test.each(forms)('%s: a field is required exactly when zod requires it (or a check does)', (_name, collection, fields) => {
		const form = byPath(collection.fields);
		const wrong = fields.filter((f) => form.get(f.path)?.['required'] !== (f.required || f.path in CHECK_REQUIRED));
		expect(wrong.map((f) => f.path)).toEqual([]);
	});

	test.each(forms)('%s: labels are the schema\'s Vietnamese ones', (_name, collection, fields) => {
		const form = byPath(collection.fields);
		const labels = fields.filter((f) => form.get(f.path)?.widget !== undefined).map((f) => [f.path, form.get(f.path)?.label]);
		expect(labels).toEqual(fields.map((f) => [f.path, capitalised(f.label?.vi)]));
	});

	test.each(forms)('%s: a choice offers exactly the values zod accepts', (_name, collection, fields) => {
		const form = byPath(collection.fields);
		for (const field of fields.filter((f): f is Extract<FormField, { kind: 'enum' }> => f.kind === 'enum')) {
			const options = form.get(field.path)?.['options'] as Array<{ value: string }>;
			expect(options.map((o) => o.value)).toEqual([...field.options]);
		}
	});

	test('choices carry the words the visitors read, with the value the file holds', () => {
		const category = byPath(sites!.fields).get('category')?.['options'];
		expect(category).toContainEqual({ label: 'Di tích lịch sử (historic)', value: 'historic' });
	});

	test('limits: the plaque code pattern, a 200-character summary, a whole positive trail position', () => {
		const form = byPath(sites!.fields);
		expect(form.get('code')?.['pattern']).toEqual(['^[A-Z0-9]{2,8}$', expect.stringContaining('DH01')]);
		expect(form.get('summary')).toMatchObject({ widget: 'text', pattern: ['^[\\s\\S]{0,200}$', 'Tối đa 200 ký tự.'] });
		expect(form.get('trail')).toMatchObject({ widget: 'number', value_type: 'int', min: 1, required: false });
		expect(form.get('updated')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, default: '{{now}}' });
	});

	test('photos are picked from the site\'s own folder and saved by file name', () => {
		const form = byPath(sites!.fields);
		expect(form.get('cover.src')?.widget).toBe('image');
		expect(form.get('photos.[].src')?.widget).toBe('image');
		expect(sites).toMatchObject({ folder: 'content/sites', path: '{{slug}}/vi', media_folder: '', public_folder: '' });
	});

	test.each([
		['FORM_WIDGETS', Object.keys(FORM_WIDGETS)],
		['CHECK_REQUIRED', Object.keys(CHECK_REQUIRED)],
		['FORM_HINTS', Object.keys(FORM_HINTS)],
	])('%s names only fields the schema has', (_name, paths) => {
		const known = new Set(schemas.site.map((f) => f.path));
		expect(paths.filter((p) => !known.has(p))).toEqual([]);
	});

	test('no field is called slug: Astro would take it for the entry id', () => {
		const names = forms.flatMap(([, c]) => [...byPath(c.fields).values()].map((f) => f.name));
		expect(names).not.toContain('slug');
	});

	test('one translation collection per language but Vietnamese, in the site folders', () => {
		expect(translations.map((c) => [c.name, c.path, c.label])).toEqual([
			['translations-en', '{{slug}}/en', 'Bản dịch tiếng Anh'],
			['translations-zh', '{{slug}}/zh', 'Bản dịch tiếng Trung'],
			['translations-ko', '{{slug}}/ko', 'Bản dịch tiếng Hàn'],
		]);
	});

	test('the generated config, for review', async () => {
		await expect(`${JSON.stringify(config, null, '\t')}\n`).toMatchFileSnapshot('../../snapshots/cms/decap-config.json');
	});
});

describe('folder names of new sites', () => {
	// What Decap does with the title (decap-cms-core lib/formatters.js prepareSlug, then sanitizeSlug).
	const decapFolder = (title: string) => sanitizeSlug(title.trim().toLocaleLowerCase('vi').replace(/'/g, '').replace(/\./g, '-'), config.slug);

	test.each([
		['Đình Tân Bình', 'dinh-tan-binh'],
		['Đình Đầm Hà', 'dinh-dam-ha'],
		['Chùa Đầm Hà – Miếu Quan Lớn', 'chua-dam-ha-mieu-quan-lon'],
		['Tượng đài Hà Quang Vóc', 'tuong-dai-ha-quang-voc'],
		['Cột cờ núi Hứa', 'cot-co-nui-hua'],
		['Thác Bạch Vân', 'thac-bach-van'],
		['ĐỒN ĐỀN', 'don-den'],
		['Nhà thờ họ Nguyễn (cũ)', 'nha-tho-ho-nguyen-cu'],
		['Miếu Bà 2.0', 'mieu-ba-2-0'],
	])('%s → %s, as slugify folds it, and valid for the invalid-slug check', (title, folder) => {
		expect(decapFolder(title)).toBe(folder);
		expect(slugify(title)).toBe(folder);
		expect(isValidSlug(decapFolder(title))).toBe(true);
	});

	test('known difference: Decap keeps an underscore, which the check then reports (invalid-slug)', () => {
		expect(decapFolder('Đình_Tân')).toBe('dinh_tan');
		expect(isValidSlug('dinh_tan')).toBe(false);
	});
});

describe('allFormFields', () => {
	test('walks groups and list items', () => {
		expect(schemas.site.map((f) => f.path)).toEqual(expect.arrayContaining(['location.lat', 'photos.[]', 'photos.[].alt', 'sources.[].url', 'formerFolders.[]']));
		expect(allFormFields([])).toEqual([]);
	});
});

function capitalised(text: string | undefined): string | undefined {
	return text && text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
