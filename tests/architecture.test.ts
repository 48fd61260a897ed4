import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from './helpers/trail-copy.ts';

// The import rules of STYLE.md §2.3: one pure core, thin shells, one importer per heavy library.

interface SourceFile {
	/** Project-relative path with forward slashes. */
	file: string;
	text: string;
	/** Import specifiers, resolved to project-relative paths when relative. */
	imports: string[];
}

function listFiles(dir: string): string[] {
	return readdirSync(path.join(PROJECT_ROOT, dir), { withFileTypes: true, recursive: true })
		.filter((d) => d.isFile() && /\.(ts|mts|astro|mjs)$/.test(d.name))
		.map((d) => path.relative(PROJECT_ROOT, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
}

function readSource(file: string): SourceFile {
	const text = readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
	const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
	const imports = specifiers.map((s) => (s.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), s)) : s));
	return { file, text, imports };
}

const sources = ['src', 'scripts'].flatMap(listFiles).map(readSource);
const inside = (prefix: string) => sources.filter((s) => s.file.startsWith(prefix));
const packageOf = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);

describe('the core', () => {
	test.each(inside('src/core/').map((s) => [s.file, s] as const))('%s imports nothing from Astro, pages or scripts', (_file, source) => {
		const bad = source.imports.filter((i) => /^astro(:|\/|$)/.test(i) || i.endsWith('.astro') || /^(src\/(site|pages|components|layouts)|scripts)\//.test(i));
		expect(bad).toEqual([]);
	});

	test.each(inside('src/core/').map((s) => [s.file, s] as const))('%s reads no argv, env, exit or console', (_file, source) => {
		const code = source.text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
		expect(code).not.toMatch(/process\.(argv|env|exit|stdout|stderr)|console\./);
	});

	test('schemas are leaves: they import only zod and each other', () => {
		const bad = inside('src/core/schema/').flatMap((s) => s.imports.filter((i) => i !== 'zod' && !i.startsWith('src/core/schema/')).map((i) => `${s.file} → ${i}`));
		expect(bad).toEqual([]);
	});

	test('problems import neither checks nor content (those import problems)', () => {
		const bad = inside('src/core/problems/').flatMap((s) => s.imports.filter((i) => /^src\/core\/(checks|content)\//.test(i)).map((i) => `${s.file} → ${i}`));
		expect(bad).toEqual([]);
	});
});

describe('heavy libraries', () => {
	// One importer each: a library swap is a one-file change, and worker entry points stay small.
	test.each([
		['qrcode', ['src/core/qr/matrix.ts']],
		['pdfkit', ['src/core/plaque/render-pdf.ts', 'src/core/plaque/fonts.ts']],
		['fontkit', ['src/core/plaque/fonts.ts', 'src/core/fonts/han-font.ts']],
		['subset-font', ['src/core/fonts/han-font.ts']],
		['sharp', ['src/core/images/process.ts', 'src/core/images/preview.ts', 'src/core/images/degrade.ts', 'src/core/images/logo-png.ts']],
		['zxing-wasm', ['src/core/qr/decode-zxing.ts']],
		['jsqr', ['src/core/qr/decode-jsqr.ts']],
		// Only the tests read ZIPs with fflate: the kit's ZIP is written with Node's own zlib.
		['fflate', []],
		['markdown-it', ['src/core/markdown/render.ts']],
		['yaml', ['src/core/content/front-matter.ts']],
	])('%s is imported only by its adapter', (pkg, allowed) => {
		const importers = sources.filter((s) => s.imports.some((i) => packageOf(i) === pkg)).map((s) => s.file);
		expect(importers.filter((f) => !allowed.includes(f))).toEqual([]);
	});
});

describe('the shells', () => {
	test('UI strings import only JSON, zod and the language type', () => {
		const bad = inside('src/i18n/').flatMap((s) => s.imports.filter((i) => !i.endsWith('.json') && i !== 'zod' && i !== 'src/core/schema/language.ts').map((i) => `${s.file} → ${i}`));
		expect(bad).toEqual([]);
	});

	test('pages, components, layouts and site glue use the core only through its index, and never node:fs', () => {
		const shells = ['src/site/', 'src/pages/', 'src/components/', 'src/layouts/'].flatMap(inside);
		const bad = shells.flatMap((s) =>
			s.imports.filter((i) => (i.startsWith('src/core/') && i !== 'src/core/index.ts') || /^node:fs/.test(i) || ['sharp', 'pdfkit', 'qrcode', 'markdown-it', 'yaml', 'fontkit', 'subset-font'].includes(packageOf(i) ?? '')).map((i) => `${s.file} → ${i}`),
		);
		expect(bad).toEqual([]);
	});

	test('scripts use the core only through its index', () => {
		const bad = inside('scripts/').flatMap((s) => s.imports.filter((i) => i.startsWith('src/') && i !== 'src/core/index.ts').map((i) => `${s.file} → ${i}`));
		expect(bad).toEqual([]);
	});

	test('source files stay short enough to read (STYLE §2.5: split past about 200 lines)', () => {
		const long = sources.filter((s) => s.text.split('\n').length > 250).map((s) => `${s.file}: ${s.text.split('\n').length} lines`);
		expect(long).toEqual([]);
	});
});
