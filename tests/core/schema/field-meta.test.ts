import type { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { fieldMetaAt, fieldNamesAt, schemaAt, SettingsSchema, SiteSchema, TranslationSchema } from '../../../src/core/schema/index.ts';

type Path = string[];

/** Looks through optional, default and transform wrappers, as the schema helpers do. */
function unwrap(schema: z.ZodType): z.ZodType {
	let current = schema;
	for (;;) {
		const def = current._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType };
		const inner = def.type === 'pipe' ? def.in : def.innerType;
		if (!inner) return current;
		current = inner;
	}
}

/** Every leaf field path of a schema, walking groups by their field names and lists through their first item. */
function leafPaths(schema: z.ZodType, path: Path = []): Path[] {
	const here = path.length ? schemaAt(schema, path) : schema;
	if (!here) throw new Error(`schemaAt found nothing at ${path.join('.')}`);
	const type = (unwrap(here)._zod.def as { type: string }).type;
	if (type === 'object') return fieldNamesAt(schema, path).flatMap((name) => leafPaths(schema, [...path, name]));
	if (type === 'array') return leafPaths(schema, [...path, '0']);
	return [path];
}

const SCHEMAS = { SiteSchema, TranslationSchema, SettingsSchema } as const;
const leaves = Object.entries(SCHEMAS).flatMap(([name, schema]) => leafPaths(schema).map((p) => [name, p.join('.'), schema] as const));

describe('fieldMetaAt', () => {
	test('the walk finds the leaves we know of', () => {
		const names = leaves.map(([schema, field]) => `${schema} ${field}`);
		expect(names).toEqual(expect.arrayContaining(['SiteSchema location.lat', 'SiteSchema photos.0.alt', 'SiteSchema cover.credit', 'TranslationSchema machineTranslated', 'SettingsSchema plaque.bleedMm', 'SettingsSchema name.vi']));
		expect(names).toEqual(expect.arrayContaining(['SiteSchema audio', 'SiteSchema visiting.hours', 'SiteSchema visiting.notes', 'SiteSchema sources.0.title', 'SiteSchema sources.0.url', 'TranslationSchema audio', 'TranslationSchema visiting.dress']));
	});

	test('every leaf field has a label in Vietnamese and English (STYLE §2.7)', () => {
		const unlabelled = leaves.filter(([, field, schema]) => {
			const label = fieldMetaAt(schema, field.split('.'))?.label;
			return !label?.vi?.trim() || !label?.en?.trim();
		});
		expect(unlabelled.map(([schema, field]) => `${schema} ${field}`)).toEqual([]);
	});

	test.each([
		[SiteSchema, 'location.lat', { vi: 'vĩ độ', en: 'latitude' }],
		[SiteSchema, 'photos.3.alt', { vi: 'mô tả ảnh (alt)', en: 'alt text' }],
		[SiteSchema, 'cover', { vi: 'ảnh bìa', en: 'cover photo' }],
		[SiteSchema, 'photos', { vi: 'ảnh khác', en: 'photos' }],
		[TranslationSchema, 'updated', { vi: 'ngày cập nhật', en: 'date updated' }],
		[SettingsSchema, 'baseUrl', { vi: 'địa chỉ trang web', en: 'site address' }],
		[SettingsSchema, 'languages.1', { vi: 'ngôn ngữ', en: 'language' }],
		[SiteSchema, 'audio', { vi: 'tệp thuyết minh', en: 'audio narration' }],
		[SiteSchema, 'visiting', { vi: 'thông tin tham quan', en: 'visiting information' }],
		[TranslationSchema, 'visiting.fee', { vi: 'giá vé', en: 'entrance fee' }],
		[SiteSchema, 'sources', { vi: 'nguồn tư liệu', en: 'sources' }],
		[SiteSchema, 'sources.2.url', { vi: 'địa chỉ nguồn', en: 'source address' }],
	])('finds the label through optional, default, transform and list wrappers (%#)', (schema, field, label) => {
		expect(fieldMetaAt(schema, field.split('.'))?.label).toEqual(label);
	});

	test('gives the hint with the label where the schema has one', () => {
		expect(fieldMetaAt(SiteSchema, ['updated'])?.hint?.vi).toBe('Viết theo dạng năm-tháng-ngày, ví dụ 2025-07-01.');
	});

	test('gives undefined for a field that does not exist', () => {
		expect(fieldMetaAt(SiteSchema, ['tittle'])).toBeUndefined();
		expect(fieldMetaAt(SiteSchema, ['location', 'alt'])).toBeUndefined();
		expect(fieldMetaAt(SiteSchema, ['title', 'vi'])).toBeUndefined();
	});
});

describe('fieldNamesAt', () => {
	test('lists the names a group accepts, for suggestions', () => {
		expect(fieldNamesAt(SiteSchema, ['location'])).toEqual(['lat', 'lng', 'placeholder']);
		expect(fieldNamesAt(SiteSchema, ['photos', 0])).toEqual(['src', 'alt', 'credit']);
		expect(fieldNamesAt(SettingsSchema, ['plaque'])).toEqual(['size', 'bleedMm']);
		expect(fieldNamesAt(TranslationSchema, [])).toEqual(['title', 'summary', 'machineTranslated', 'updated', 'audio', 'visiting']);
		expect(fieldNamesAt(SiteSchema, ['visiting'])).toEqual(['hours', 'fee', 'dress', 'notes']);
		expect(fieldNamesAt(TranslationSchema, ['visiting'])).toEqual(['hours', 'fee', 'dress', 'notes']);
		expect(fieldNamesAt(SiteSchema, ['sources', 0])).toEqual(['title', 'url']);
	});

	test('is empty for a field that is not a group', () => {
		expect(fieldNamesAt(SiteSchema, ['title'])).toEqual([]);
		expect(fieldNamesAt(SiteSchema, ['nope'])).toEqual([]);
	});
});

describe('schemaAt', () => {
	test('returns undefined past a leaf or for an unknown name', () => {
		expect(schemaAt(SiteSchema, ['title', 'x'])).toBeUndefined();
		expect(schemaAt(SiteSchema, ['nope'])).toBeUndefined();
		expect(schemaAt(SiteSchema, ['location', 'lat'])).toBeDefined();
	});
});
