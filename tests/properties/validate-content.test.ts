import { readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { validateContent } from '../../src/core/validate.ts';
import { FIXTURE_TRAILS, trailCopy } from '../helpers/trail-copy.ts';
import { markdownFile, settingsFile } from './arbitraries/front-matter.ts';
import { markdownBody } from './arbitraries/markdown.ts';
import { applyDamage, damage, fcParams } from './arbitraries/text.ts';
import { keyText, renderYaml, scalarText, wrongNode } from './arbitraries/yaml.ts';
import { expectStructured } from './structured.ts';

/** The files each run rewrites, relative to the content folder; den-cap/vi.md stays as it is, a valid neighbour for the checks across sites. */
const FILES = { vi: 'sites/dinh-mau/vi.md', en: 'sites/dinh-mau/en.md', settings: 'settings.yaml' } as const;
type Slot = keyof typeof FILES;

const ORIGINAL = Object.fromEntries(Object.entries(FILES).map(([slot, file]) => [slot, readFileSync(path.join(FIXTURE_TRAILS, 'minimal', file), 'utf8')])) as Record<Slot, string>;

/** One to three edits of a fixture file, as an editor makes them: a value changed, a line dropped, doubled or added, the body rewritten. */
function fixtureEdit(original: string, hasFrontMatter: boolean): fc.Arbitrary<string> {
	const edit = fc.oneof(
		fc.tuple(fc.constant('value' as const), fc.nat(), scalarText),
		fc.tuple(fc.constant('node' as const), fc.nat(), wrongNode.map((n) => renderYaml(n))),
		fc.tuple(fc.constant('drop' as const), fc.nat(), fc.constant('')),
		fc.tuple(fc.constant('double' as const), fc.nat(), fc.constant('')),
		fc.tuple(fc.constant('add' as const), fc.nat(), fc.tuple(keyText, scalarText).map(([k, v]) => `${k}: ${v}`)),
		...(hasFrontMatter ? [fc.tuple(fc.constant('body' as const), fc.nat(), markdownBody)] : []),
	);
	return fc.tuple(fc.array(edit, { minLength: 1, maxLength: 3 }), damage).map(([edits, hurt]) => {
		let lines = original.replace(/\n$/, '').split('\n');
		for (const [kind, at, text] of edits) {
			// Lines of the YAML: between the fences of a .md file, every line of settings.yaml.
			const close = hasFrontMatter ? lines.indexOf('---', 1) : lines.length;
			const first = hasFrontMatter ? 1 : 0;
			const i = first + (at % Math.max(1, close - first));
			const line = lines[i] ?? '';
			const [, indent = '', key = 'x'] = /^(\s*)([^:]+):/.exec(line) ?? [];
			if (kind === 'value') lines[i] = `${indent}${key}: ${text}`;
			if (kind === 'node') lines.splice(i, 1, `${indent}${key}:`, ...text.split('\n').map((l) => `${indent}  ${l}`));
			if (kind === 'drop') lines.splice(i, 1);
			if (kind === 'double') lines.splice(i, 0, line);
			if (kind === 'add') lines.splice(i, 0, `${indent}${text}`);
			if (kind === 'body') lines = [...lines.slice(0, close + 1), ...text.split('\n')];
		}
		return applyDamage(`${lines.join('\n')}\n`, hurt);
	});
}

/** What lands on disk for one file: the fixture, an edit of it, a generated file, stray bytes, UTF-16 from Notepad, or nothing. */
function fileContent(slot: Slot): fc.Arbitrary<string | Uint8Array | null> {
	const generated = slot === 'settings' ? settingsFile : markdownFile(slot === 'vi' ? 'site' : 'translation');
	return fc.oneof(
		{ weight: 2, arbitrary: fc.constant(ORIGINAL[slot]) },
		{ weight: 5, arbitrary: fixtureEdit(ORIGINAL[slot], slot !== 'settings') },
		{ weight: 3, arbitrary: generated },
		{ weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
		{ weight: 1, arbitrary: fc.constant(new Uint8Array(Buffer.from(`\uFEFF${ORIGINAL[slot]}`, 'utf16le'))) },
		{ weight: 1, arbitrary: fc.constant(null) },
	);
}

const trailFiles = fc.record({ vi: fileContent('vi'), en: fileContent('en'), settings: fileContent('settings') });

describe('validateContent, issue #8', () => {
	test('never throws on generated vi.md, en.md and settings.yaml, and answers only with structured problems', async () => {
		const copy = await trailCopy('minimal');
		await fc.assert(
			fc.asyncProperty(trailFiles, async (files) => {
				for (const slot of Object.keys(FILES) as Slot[]) {
					const abs = path.join(copy.content, FILES[slot]);
					const content = files[slot];
					if (content === null) await rm(abs, { force: true });
					else await writeFile(abs, content);
				}
				const result = await validateContent({ contentDir: copy.content, cwd: copy.root });
				const written = Object.values(files).map((c) => (c === null ? '' : typeof c === 'string' ? c : Buffer.from(c).toString('utf8')));
				expectStructured(result.problems, { files: (file) => file.startsWith('content/') && file.length > 'content/'.length, written: [...written, ...result.sources.values()], sources: result.sources });
				// "ok" is the build's go-ahead: it never stands beside an error.
				if (result.ok) expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
				if (!result.trail) expect(result.ok).toBe(false);
			}),
			fcParams(150),
		);
	}, 120_000);
});
