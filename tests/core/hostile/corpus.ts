import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatProblem, type Problem, type ReportLang } from '../../../src/core/index.ts';
import { PROJECT_ROOT, trailCopy, type TrailCopy } from '../../helpers/trail-copy.ts';

/**
 * The hostile-input corpus (issue #8): one folder per case under tests/fixtures/hostile/, each a
 * `case.json` (what to change in the base trail, the exact problems expected), an optional
 * `files/` overlay and an optional `make.ts` for inputs that must be made at test time.
 */
export const HOSTILE_DIR = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'hostile');

export interface ExpectedProblem {
	code: string;
	severity: 'error' | 'warning';
	file: string;
	line?: number;
	field?: string;
	/** The message and its fix as the editor reads them (see `problemBody`). */
	vi: string;
	en: string;
}

export interface HostileCase {
	/** The folder name, e.g. `text-nfd-title`. */
	name: string;
	dir: string;
	about: string;
	base: 'minimal';
	/** Paths relative to the trail root, deleted from the copy before the overlay. */
	remove: string[];
	expect: ExpectedProblem[];
	/** A named assertion in then.ts that must hold besides the messages. */
	then?: string;
	/** Why the case is known to fail for now: it runs as `test.fails`. */
	pending?: string;
}

const AREAS = new Set(['file', 'text', 'place', 'photo']);

/** Every case folder, read at collection time so each case is its own test. */
export function listCases(): HostileCase[] {
	return readdirSync(HOSTILE_DIR)
		.filter((name) => statSync(path.join(HOSTILE_DIR, name)).isDirectory())
		.sort()
		.map((name) => readCase(name));
}

function readCase(name: string): HostileCase {
	const dir = path.join(HOSTILE_DIR, name);
	const raw = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as Partial<HostileCase>;
	if (!AREAS.has(name.split('-')[0] ?? '')) throw new Error(`${name}: a case folder starts with file-, text-, place- or photo-`);
	if (!raw.about || raw.base !== 'minimal' || !Array.isArray(raw.expect)) throw new Error(`${name}/case.json needs "about", "base": "minimal" and "expect"`);
	return { name, dir, about: raw.about, base: raw.base, remove: raw.remove ?? [], expect: raw.expect, ...(raw.then ? { then: raw.then } : {}), ...(raw.pending ? { pending: raw.pending } : {}) };
}

/** A copy of the base trail with the case applied: removals, then the files/ overlay, then make.ts. */
export async function prepareCase(c: HostileCase): Promise<TrailCopy> {
	const copy = await trailCopy(c.base);
	for (const file of c.remove) await rm(path.join(copy.content, file), { recursive: true, force: true });
	const overlay = path.join(c.dir, 'files');
	if (exists(overlay)) await cp(overlay, copy.content, { recursive: true });
	const maker = path.join(c.dir, 'make.ts');
	if (exists(maker)) {
		const { make } = (await import(pathToFileURL(maker).href)) as { make: (trailDir: string) => Promise<void> };
		await make(copy.content);
	}
	return copy;
}

function exists(p: string): boolean {
	try {
		statSync(p);
		return true;
	} catch {
		return false;
	}
}

/**
 * What the editor reads under the location line: the message and "Cách sửa: …" / "How to fix: …",
 * without the two-space indent and without the code frame. The location line is checked through
 * `file`, `line` and `field`, which are exactly what it shows.
 */
export function problemBody(problem: Problem, lang: ReportLang): string {
	return formatProblem(problem, { lang })
		.split('\n')
		.slice(1)
		.map((line) => line.replace(/^ {2}/, ''))
		.join('\n');
}

/** A problem in the corpus's form, for a comparison that shows every difference at once. */
export function asExpected(problem: Problem): ExpectedProblem {
	return {
		code: problem.code,
		severity: problem.severity,
		file: problem.file,
		...(problem.line !== undefined ? { line: problem.line } : {}),
		...(problem.field !== undefined ? { field: problem.field } : {}),
		vi: problemBody(problem, 'vi'),
		en: problemBody(problem, 'en'),
	};
}

/** Order-insensitive: both lists sorted the same way before they are compared. */
export function sortExpected(list: readonly ExpectedProblem[]): ExpectedProblem[] {
	const key = (p: ExpectedProblem) => `${p.file}\u0000${String(p.line ?? 0).padStart(6, '0')}\u0000${p.code}\u0000${p.field ?? ''}\u0000${p.vi}`;
	return [...list].sort((a, b) => key(a).localeCompare(key(b), 'en'));
}

/** Signs of a program failure leaking into a message meant for an editor. */
export const LEAKS = [/\n\s+at /, /\bundefined\b/, /\[object Object\]/, /\bNaN\b/, /TypeError|ReferenceError|RangeError/];
