/** A place in a file, both numbers 1-based. */
export interface SourcePos {
	line: number;
	column: number;
}

/** Where each field sits in a file, keyed by dotted path (`location.lat`, `photos.0.src`). */
export interface FieldPositions {
	/** Position of the value. */
	values: Record<string, SourcePos>;
	/** Position of the key, for "unknown field" and "missing field" messages. */
	keys: Record<string, SourcePos>;
	/** The value exactly as written in the file, so messages quote the editor's own text. */
	raw: Record<string, string>;
	/** A scalar's value as parsed (a folded block without its `>-` and indents), for lengths. Absent when not recorded. */
	text?: Record<string, string>;
}

/**
 * The best place to point at for a field: its value, else its key, else the nearest parent that exists.
 * A required field that is missing has no place of its own, so the message points at its group.
 */
export function positionOf(positions: FieldPositions, path: readonly (string | number)[]): SourcePos | undefined {
	for (let n = path.length; n > 0; n--) {
		const key = path.slice(0, n).join('.');
		// A parent group is named by its key ("location:"); a list item has no key, so by its first line.
		const pos = n === path.length ? (positions.values[key] ?? positions.keys[key]) : (positions.keys[key] ?? (isIndex(path[n - 1]) ? positions.values[key] : undefined));
		if (pos) return pos;
	}
	return positions.values[''];
}

function isIndex(segment: string | number | undefined): boolean {
	return typeof segment === 'number' || /^\d+$/.test(segment ?? '');
}
