/**
 * The fields of a front-matter schema, read from its zod definition: what a form needs to know
 * (kind, required, limits, choices, labels) and nothing zod-specific. The CMS config is built from
 * this, so a field added to or changed in a schema reaches the editor's form with no second list.
 */
import type { z } from 'zod';
import type { FieldMeta } from '../schema/meta.ts';

type AnySchema = z.ZodType;

export type FormField =
	| (FieldBase & { kind: 'string'; minLength?: number; maxLength?: number; pattern?: RegExp; format?: 'date' | 'url' })
	| (FieldBase & { kind: 'number'; integer: boolean; min?: number; max?: number })
	| (FieldBase & { kind: 'boolean' })
	| (FieldBase & { kind: 'enum'; options: readonly string[] })
	| (FieldBase & { kind: 'object'; fields: FormField[] })
	| (FieldBase & { kind: 'list'; minItems?: number; item: FormField });

export interface FieldBase {
	/** The key in the front matter. */
	name: string;
	/** Dotted path from the top, `[]` for a list item: `photos.[].src`. */
	path: string;
	/** Not wrapped in `.optional()` or `.default()`: the file is wrong without it. */
	required: boolean;
	/** The value zod fills in when the field is left out. */
	defaultValue?: unknown;
	label?: FieldMeta['label'];
	hint?: FieldMeta['hint'];
}

/**
 * The fields of an object schema, in the schema's order. Throws on a zod type the form cannot
 * show, so a new kind of field fails the tests instead of silently missing from the form.
 */
export function formFields(schema: AnySchema, prefix = ''): FormField[] {
	const def = unwrap(schema).schema._zod.def as { type: string; shape?: Record<string, AnySchema> };
	if (def.type !== 'object' || !def.shape) throw new Error(`${prefix || 'schema'}: expected an object schema, got ${def.type}`);
	return Object.entries(def.shape).map(([name, child]) => formField(name, child, prefix ? `${prefix}.${name}` : name));
}

function formField(name: string, schema: AnySchema, path: string): FormField {
	const { schema: inner, required, defaultValue, meta } = unwrap(schema);
	const base: FieldBase = { name, path, required, ...(defaultValue === undefined ? {} : { defaultValue }), ...(meta?.label ? { label: meta.label } : {}), ...(meta?.hint ? { hint: meta.hint } : {}) };
	const def = inner._zod.def as { type: string; entries?: Record<string, string>; element?: AnySchema; format?: string };
	const checks = checksOf(inner);
	switch (def.type) {
		case 'string': {
			const regex = checks.find((c) => c.check === 'string_format' && c.format === 'regex')?.pattern;
			const format = def.format === 'date' || def.format === 'url' ? def.format : undefined;
			return { ...base, kind: 'string', ...limit('minLength', checks, 'min_length', 'minimum'), ...limit('maxLength', checks, 'max_length', 'maximum'), ...(regex ? { pattern: regex } : {}), ...(format ? { format } : {}) };
		}
		case 'number': {
			const integer = checks.some((c) => c.check === 'number_format' && /int/.test(String(c.format)));
			const above = checks.find((c) => c.check === 'greater_than');
			const below = checks.find((c) => c.check === 'less_than');
			// An exclusive bound on an integer is the next integer; on a decimal the form can only come close.
			const min = above && (integer && !above.inclusive ? Number(above.value) + 1 : Number(above.value));
			const max = below && (integer && !below.inclusive ? Number(below.value) - 1 : Number(below.value));
			return { ...base, kind: 'number', integer, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
		}
		case 'boolean':
			return { ...base, kind: 'boolean' };
		case 'enum':
			return { ...base, kind: 'enum', options: Object.values(def.entries ?? {}) };
		case 'object':
			return { ...base, kind: 'object', fields: formFields(inner, path) };
		case 'array': {
			if (!def.element) throw new Error(`${path}: an array without an element type`);
			return { ...base, kind: 'list', ...limit('minItems', checks, 'min_length', 'minimum'), item: formField(name, def.element, `${path}.[]`) };
		}
		default:
			throw new Error(`${path}: the form has no field for zod type "${def.type}"`);
	}
}

interface Unwrapped {
	schema: AnySchema;
	required: boolean;
	defaultValue?: unknown;
	/** The outermost `.meta()` with a label: labels sit on the wrapper or on the inner schema. */
	meta?: Partial<FieldMeta>;
}

/** Looks through `.optional()`, `.default()` and pipes to the schema that says what the value is. */
function unwrap(schema: AnySchema): Unwrapped {
	let current = schema;
	let required = true;
	let defaultValue: unknown;
	let meta: Partial<FieldMeta> | undefined;
	for (;;) {
		const found = current.meta() as Partial<FieldMeta> | undefined;
		if (!meta && found?.label) meta = found;
		const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema; defaultValue?: unknown };
		if (def.type === 'optional') required = false;
		if (def.type === 'default') {
			required = false;
			defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
		}
		const next = def.type === 'pipe' ? def.in : def.innerType;
		if (!next) break;
		current = next;
	}
	return { schema: current, required, ...(defaultValue === undefined ? {} : { defaultValue }), ...(meta ? { meta } : {}) };
}

interface CheckDef {
	check: string;
	format?: string;
	pattern?: RegExp;
	minimum?: number;
	maximum?: number;
	value?: unknown;
	inclusive?: boolean;
}

function checksOf(schema: AnySchema): CheckDef[] {
	const def = schema._zod.def as { checks?: Array<{ _zod: { def: CheckDef } }> };
	return (def.checks ?? []).map((c) => c._zod.def);
}

function limit<K extends string>(key: K, checks: CheckDef[], check: string, property: 'minimum' | 'maximum'): Partial<Record<K, number>> {
	const value = checks.find((c) => c.check === check)?.[property];
	return value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}

/** Every field, depth first, list items included: for tests and lookups by path. */
export function allFormFields(fields: readonly FormField[]): FormField[] {
	return fields.flatMap((f) => [f, ...(f.kind === 'object' ? allFormFields(f.fields) : f.kind === 'list' ? allFormFields([f.item]) : [])]);
}
