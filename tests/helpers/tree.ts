import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';

// Folder trees compared byte for byte (issue #8: "same input, same output", "nothing half-made"):
// what a test asserts about a whole dist/ or content folder, with a message that names the files.

export interface TreeEntry {
	kind: 'file' | 'folder' | 'link';
	/** sha256 of the bytes (a link: of its target); '' for a folder. */
	hash: string;
	size: number;
	/** Only with `{ mtimes: true }`: a file rewritten with the same bytes still counts as written. */
	mtimeMs?: number;
}

/** Every file, folder and link under `root` by its path from `root` (with `/`), in code-point order. */
export type Tree = ReadonlyMap<string, TreeEntry>;

export async function readTree(root: string, { mtimes = false } = {}): Promise<Tree> {
	const names = (await readdir(root, { recursive: true })).map((name) => name.split(path.sep).join('/')).sort(byCodePoint);
	const entries = await Promise.all(
		names.map(async (name): Promise<[string, TreeEntry]> => {
			const file = path.join(root, name);
			const info = await lstat(file);
			const time = mtimes ? { mtimeMs: info.mtimeMs } : {};
			if (info.isDirectory()) return [name, { kind: 'folder', hash: '', size: 0, ...time }];
			if (info.isSymbolicLink()) return [name, { kind: 'link', hash: sha256(await readlink(file)), size: 0, ...time }];
			return [name, { kind: 'file', hash: sha256(await readFile(file)), size: info.size, ...time }];
		}),
	);
	return new Map(entries);
}

/**
 * What differs between two trees read by `readTree`, one line per path (only in one, of another
 * kind, other bytes, other modification time); empty when they are the same.
 */
export function treeChanges(before: Tree, after: Tree, names = { before: 'before', after: 'after' }): string[] {
	const lines: string[] = [];
	for (const [name, entry] of before) {
		const other = after.get(name);
		if (!other) lines.push(`only ${names.before}: ${name}`);
		else if (other.kind !== entry.kind) lines.push(`${name}: a ${entry.kind} ${names.before}, a ${other.kind} ${names.after}`);
		else if (other.hash !== entry.hash) lines.push(`${name}: other bytes (${entry.size} → ${other.size} bytes)`);
		else if (other.mtimeMs !== entry.mtimeMs) lines.push(`${name}: same bytes, written again (mtime ${entry.mtimeMs} → ${other.mtimeMs})`);
	}
	for (const name of after.keys()) if (!before.has(name)) lines.push(`only ${names.after}: ${name}`);
	return lines;
}

/** At most this many differing files are shown in full; the rest are counted. */
const SHOWN = 12;

/**
 * Compares the trees under `a` and `b` byte for byte. Returns '' when they hold the same paths
 * with the same bytes; otherwise a message naming every differing path and, for the first few
 * files with other bytes, the first differing byte (with its line and both lines of a text file).
 */
export async function compareTrees(a: string, b: string): Promise<string> {
	const [left, right] = await Promise.all([readTree(a), readTree(b)]);
	const changes = treeChanges(left, right, { before: `in ${a}`, after: `in ${b}` });
	if (!changes.length) return '';
	const differing = [...left].filter(([name, entry]) => entry.kind === 'file' && right.get(name)?.kind === 'file' && right.get(name)?.hash !== entry.hash).map(([name]) => name);
	const details = await Promise.all(differing.slice(0, SHOWN).map(async (name) => firstDifference(name, await readFile(path.join(a, name)), await readFile(path.join(b, name)))));
	const more = changes.length > SHOWN * 4 ? [`… and ${changes.length - SHOWN * 4} more`] : [];
	return [`${changes.length} differing path(s) between ${a} and ${b}:`, ...changes.slice(0, SHOWN * 4), ...more, '', ...details].join('\n');
}

/** Where two versions of one file part: the byte, and for text its line, shown from both sides. */
export function firstDifference(name: string, a: Uint8Array, b: Uint8Array): string {
	let at = 0;
	while (at < a.length && at < b.length && a[at] === b[at]) at++;
	if (isText(a) && isText(b)) {
		const line = countLines(a, at);
		const column = Buffer.from(a.subarray(lineStart(a, at), at)).toString('utf8').length;
		const lineOf = (bytes: Uint8Array) => shorten(Buffer.from(bytes).toString('utf8').split('\n')[line - 1] ?? '(end of file)', column);
		return `${name}: first difference at byte ${at}, line ${line}:\n  a: ${lineOf(a)}\n  b: ${lineOf(b)}`;
	}
	const around = (bytes: Uint8Array) => Buffer.from(bytes.subarray(Math.max(0, at - 8), at + 8)).toString('hex');
	return `${name}: first difference at byte ${at} of ${a.length} and ${b.length} (hex around it):\n  a: ${around(a)}\n  b: ${around(b)}`;
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
// Code points, not the locale: the same order on every machine.
const byCodePoint = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
// A NUL byte or bytes that are not UTF-8 make a file binary (PDF, PNG, a compressed copy).
const isText = (bytes: Uint8Array) => !bytes.includes(0) && isUtf8(bytes);
const countLines = (bytes: Uint8Array, end: number) => 1 + bytes.subarray(0, end).filter((byte) => byte === 0x0a).length;
const lineStart = (bytes: Uint8Array, at: number) => bytes.subarray(0, at).lastIndexOf(0x0a) + 1;

/** A long line (minified HTML, a service worker) cut to 160 characters around the column that differs. */
function shorten(line: string, column: number): string {
	if (line.length <= 160) return line;
	const from = Math.max(0, column - 60);
	return `${from > 0 ? '…' : ''}${line.slice(from, from + 160)}${from + 160 < line.length ? '…' : ''}`;
}
