/**
 * One zod field → one Decap field: widget, required, limits, choices, Vietnamese label and hint.
 * What zod cannot say is in the tables here; tests/core/cms/decap-config.test.ts fails when one
 * of them names a field the schemas do not have.
 */
import { AUDIO_EXTENSIONS } from '../schema/audio.ts';
import type { FieldMeta } from '../schema/meta.ts';
import type { DecapConfigOptions } from './decap-config.ts';
import { formFields, type FormField } from './form-fields.ts';

/** One field of a Decap collection, as Decap's config takes it. */
export type DecapField = { name: string; label: string; widget: string } & Record<string, unknown>;

const IMAGE = { widget: 'image', choose_url: false, allow_multiple: false } as const;

/** Widgets zod cannot tell: photos and narrations are file names, a summary is a paragraph. */
export const FORM_WIDGETS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
	summary: { widget: 'text' },
	'cover.src': IMAGE,
	'photos.[].src': IMAGE,
	// The schema's refine, as a pattern Decap can check (it takes no flags, so each letter in both cases).
	audio: { widget: 'file', choose_url: false, allow_multiple: false, pattern: [`\\.(${AUDIO_EXTENSIONS.map(anyCase).join('|')})$`, 'Chọn tệp .mp3, .m4a hoặc .ogg.'] },
	'visiting.notes': { widget: 'text' },
};

/**
 * Optional in the schema but required by a check (the problem code says which), so a form that
 * saves passes `npm run check`.
 */
export const CHECK_REQUIRED: Readonly<Record<string, string>> = {
	'cover.alt': 'alt-missing',
	'photos.[].alt': 'alt-missing',
};

/** Hints written for the YAML file ("write true", "- title: …") that a form says differently. */
export const FORM_HINTS: Readonly<Record<string, string>> = {
	category: 'Chọn loại hình của di tích.',
	ranking: 'Chọn cấp xếp hạng của di tích.',
	'location.placeholder': 'Bật khi tọa độ chỉ là tạm, chưa đo tại chỗ.',
	visiting: 'Điều gì chưa biết thì để trống.',
	sources: 'Mỗi nguồn một mục: tên bài, sách hay trang web, có thể thêm địa chỉ.',
	'plaque.size': 'Để trống thì dùng khổ chung trong settings.yaml.',
};

/** The text below the front matter: not a zod field, so its words are here. */
export const BODY_FIELD: FieldMeta = {
	label: { vi: 'nội dung giới thiệu', en: 'text' },
	hint: {
		vi: 'Mỗi mục bắt đầu bằng một tiêu đề (Lịch sử, Kiến trúc, Lễ hội, Hướng dẫn tham quan); một dòng trống giữa các đoạn.',
		en: 'Each section starts with a heading (History, Architecture, Festival, Visiting); a blank line between paragraphs.',
	},
};

type AnySchema = Parameters<typeof formFields>[0];

export function decapFields(schema: AnySchema, options: DecapConfigOptions): DecapField[] {
	const body: DecapField = {
		name: 'body',
		label: capitalise(BODY_FIELD.label.vi),
		widget: 'markdown',
		hint: BODY_FIELD.hint?.vi,
		modes: ['rich_text', 'raw'],
		buttons: ['bold', 'italic', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'link', 'quote'],
		// Code blocks carry the Hán Nôm inscriptions (```inscription).
		editor_components: ['code-block'],
	};
	return [...formFields(schema).map((f) => decapField(f, options)), body];
}

function decapField(field: FormField, options: DecapConfigOptions): DecapField {
	if (!field.label) throw new Error(`${field.path}: the schema gives this field no label (field(vi, en) in .meta())`);
	const hint = FORM_HINTS[field.path] ?? field.hint?.vi;
	const base: DecapField = {
		name: field.name,
		label: capitalise(field.label.vi),
		widget: 'string',
		required: field.required || field.path in CHECK_REQUIRED,
		...(hint ? { hint } : {}),
		...(field.defaultValue === undefined ? {} : { default: field.defaultValue }),
	};
	const widget = FORM_WIDGETS[field.path];
	switch (field.kind) {
		case 'string': {
			// A date alone, as the schema writes it. Not `picker_utc`: "now" would be yesterday before 7:00 in Vietnam.
			// A required date starts as today: the day of this edit.
			if (field.format === 'date') return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, ...(field.required ? { default: '{{now}}' } : {}) };
			const pattern = stringPattern(field);
			return { ...base, ...(pattern ? { pattern } : {}), ...widget };
		}
		case 'number':
			return { ...base, widget: 'number', value_type: field.integer ? 'int' : 'float', ...(field.integer ? { step: 1 } : {}), ...(field.min === undefined ? {} : { min: field.min }), ...(field.max === undefined ? {} : { max: field.max }) };
		case 'boolean':
			return { ...base, widget: 'boolean' };
		case 'enum': {
			const words = options.words.choices[field.path] ?? {};
			return { ...base, widget: 'select', options: field.options.map((value) => ({ label: words[value] ? `${words[value]} (${value})` : value, value })) };
		}
		case 'object':
			return { ...base, widget: 'object', collapsed: !field.required, fields: field.fields.map((f) => decapField(f, options)) };
		case 'list': {
			const item = decapField(field.item, options);
			const limits = field.minItems === undefined ? {} : { min: field.minItems };
			if (field.item.kind === 'object') {
				const { fields, label } = item;
				return { ...base, widget: 'list', label_singular: label, collapsed: false, summary: `{{fields.${firstStringField(field.item)}}}`, ...limits, fields };
			}
			return { ...base, widget: 'list', ...limits, field: item };
		}
	}
}

/** A string's rules as Decap's `pattern: [regex, message]`; dates and free text have none. */
function stringPattern(field: Extract<FormField, { kind: 'string' }>): [string, string] | undefined {
	const hint = field.hint?.vi;
	if (field.pattern) return [field.pattern.source, hint ?? 'Không đúng dạng.'];
	if (field.format === 'url') return ['^https?://\\S+$', hint ?? 'Bắt đầu bằng https:// hoặc http://.'];
	if (field.maxLength !== undefined) return [`^[\\s\\S]{0,${field.maxLength}}$`, `Tối đa ${field.maxLength} ký tự.`];
	return undefined;
}

function firstStringField(field: Extract<FormField, { kind: 'object' }>): string {
	return field.fields.find((f) => f.kind === 'string')?.name ?? field.fields[0]?.name ?? 'title';
}

function anyCase(text: string): string {
	return [...text].map((c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`)).join('');
}

function capitalise(text: string): string {
	return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

