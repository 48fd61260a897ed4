import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SAMPLE_CONTENT = path.join(PROJECT_ROOT, 'content');
export const FIXTURE_TRAILS = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'trails');

/** An edit to one file: a function of its text, a new text, or `null` to delete the file. */
export type Edit = ((text: string) => string) | string | null;

export interface TrailCopy {
	/** The temporary folder that holds the copy (and room for a `dist/`). */
	root: string;
	/** The copied content folder. */
	content: string;
}

/**
 * Copies a fixture trail (`'minimal'`) or the sample (`'sample'`) to a temporary folder, applies
 * `edits` (paths relative to the content folder), and removes the copy when the test finishes.
 */
export async function trailCopy(name: 'minimal' | 'sample', edits: Record<string, Edit> = {}): Promise<TrailCopy> {
	const root = await mkdtemp(path.join(tmpdir(), 'ditichso-'));
	const content = path.join(root, 'content');
	await cp(name === 'sample' ? SAMPLE_CONTENT : path.join(FIXTURE_TRAILS, name), content, { recursive: true });
	for (const [file, edit] of Object.entries(edits)) await applyEdit(path.join(content, file), edit);
	try {
		onTestFinished(() => rm(root, { recursive: true, force: true }));
	} catch {
		// Called from a hook (beforeAll): the caller cleans up with `removeTrailCopy`.
	}
	return { root, content };
}

export async function removeTrailCopy(copy: TrailCopy): Promise<void> {
	await rm(copy.root, { recursive: true, force: true });
}

async function applyEdit(file: string, edit: Edit): Promise<void> {
	if (edit === null) return rm(file, { force: true });
	const next = typeof edit === 'function' ? edit(await readFile(file, 'utf8')) : edit;
	await writeFile(file, next);
}
