import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { codeVersion, treeVersion } from '../../../src/core/cache/code-version.ts';

async function tree(files: Record<string, string>): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), 'ditichso-tree-'));
	onTestFinished(() => rm(dir, { recursive: true, force: true }));
	for (const [name, text] of Object.entries(files)) {
		await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
		await writeFile(path.join(dir, name), text);
	}
	return dir;
}

describe('treeVersion', () => {
	test('changes with any byte or name of a file under the entries, and with nothing else', async () => {
		const a = await tree({ 'src/a.ts': 'a', 'src/x/b.ts': 'b', 'README.md': 'r' });
		const b = await tree({ 'src/a.ts': 'a', 'src/x/b.ts': 'b', 'README.md': 'other' });
		const c = await tree({ 'src/a.ts': 'a', 'src/x/b.ts': 'B', 'README.md': 'r' });
		const d = await tree({ 'src/a.ts': 'a', 'src/y/b.ts': 'b', 'README.md': 'r' });
		expect(treeVersion(a, ['src'])).toBe(treeVersion(b, ['src']));
		expect(treeVersion(a, ['src'])).not.toBe(treeVersion(c, ['src']));
		expect(treeVersion(a, ['src'])).not.toBe(treeVersion(d, ['src']));
	});

	test('ignores the files named in `except`, and entries that do not exist', async () => {
		const a = await tree({ 'src/page.ts': 'p', 'src/plaque/layout.ts': '1' });
		const b = await tree({ 'src/page.ts': 'p', 'src/plaque/layout.ts': '2' });
		expect(treeVersion(a, ['src', 'missing'], ['src/plaque/layout.ts'])).toBe(treeVersion(b, ['src'], ['src/plaque/layout.ts']));
		expect(treeVersion(a, ['src'])).not.toBe(treeVersion(b, ['src']));
	});
});

describe('codeVersion', () => {
	test('depends on the sources and the package versions given', () => {
		const one = codeVersion([new URL('../../../src/core/cache/store.ts', import.meta.url)]);
		expect(codeVersion([new URL('../../../src/core/cache/store.ts', import.meta.url)])).toBe(one);
		expect(codeVersion([new URL('../../../src/core/cache/store.ts', import.meta.url)], ['sharp'])).not.toBe(one);
		expect(codeVersion([new URL('../../../src/core/cache/code-version.ts', import.meta.url)])).not.toBe(one);
	});
});
