import type { SourcePos } from '../content/front-matter.ts';
import type { RegisterEntry } from '../content/trail.ts';
import { positionOf } from '../problems/position.ts';

/** Where a field of a register entry sits (`printed.yaml`, `retired.yaml`), for messages: `3.code`, as the loader names it. */
export function registerAt(entry: RegisterEntry<unknown>, key: string): { file: string; field: string } & Partial<SourcePos> {
	return { file: entry.file, field: `${entry.index}.${key}`, ...positionOf(entry.positions, [entry.index, ...key.split('.')]) };
}
