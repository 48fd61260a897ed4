import type { z } from 'zod';
import type { FieldMeta } from './meta.ts';

type AnySchema = z.ZodType;

/** The schema of the field at `path` inside `schema`, looking through optional, default and transforms. */
export function schemaAt(schema: AnySchema, path: readonly (string | number)[]): AnySchema | undefined {
	let current: AnySchema | undefined = schema;
	for (const key of path) {
		current = current && childOf(unwrap(current), key);
		if (!current) return undefined;
	}
	return current;
}

/** Human label and hint of the field at `path`, from the schema's `.meta()`. */
export function fieldMetaAt(schema: AnySchema, path: readonly (string | number)[]): FieldMeta | undefined {
	const target = schemaAt(schema, path);
	for (let s: AnySchema | undefined = target; s; s = innerOf(s)) {
		const meta = s.meta() as Partial<FieldMeta> | undefined;
		if (meta?.label) return meta as FieldMeta;
	}
	return undefined;
}

/** Field names a group accepts, for "did you mean" suggestions. */
export function fieldNamesAt(schema: AnySchema, path: readonly (string | number)[]): string[] {
	const target = path.length ? schemaAt(schema, path) : schema;
	const def = target && (unwrap(target)._zod.def as { type: string; shape?: Record<string, AnySchema> });
	return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function unwrap(schema: AnySchema): AnySchema {
	let current = schema;
	for (let inner = innerOf(current); inner; inner = innerOf(current)) current = inner;
	return current;
}

function innerOf(schema: AnySchema): AnySchema | undefined {
	const def = schema._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
	if (def.type === 'pipe') return def.in;
	return def.innerType;
}

function childOf(schema: AnySchema, key: string | number): AnySchema | undefined {
	const def = schema._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
	// Own fields only: `toString` or `constructor` are on every object's prototype, not in the schema.
	if (def.type === 'object') return def.shape && Object.hasOwn(def.shape, String(key)) ? def.shape[String(key)] : undefined;
	if (def.type === 'array') return def.element;
	return undefined;
}
