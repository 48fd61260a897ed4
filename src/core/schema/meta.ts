/** Human words for a field, shown to editors in messages and (later) in the CMS form. */
// A type alias, not an interface: zod's `.meta()` takes an object with an index signature.
export type FieldMeta = {
	label: { vi: string; en: string };
	hint?: { vi: string; en: string };
};

/** Builds the `.meta()` argument; keeps every label in both languages. */
export function field(vi: string, en: string, hint?: FieldMeta['hint']): FieldMeta {
	return hint ? { label: { vi, en }, hint } : { label: { vi, en } };
}
