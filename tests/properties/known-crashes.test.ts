import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseFrontMatter, parseYaml } from '../../src/core/content/front-matter.ts';
import { formatProblem, zodIssuesToProblems } from '../../src/core/problems/index.ts';
import { SiteSchema } from '../../src/core/schema/index.ts';
import { validateContent } from '../../src/core/validate.ts';
import { FIXTURE_TRAILS, trailCopy } from '../helpers/trail-copy.ts';
import { fcParams } from './arbitraries/text.ts';

const VI = 'content/sites/dinh-mau/vi.md';
const SITE = readFileSync(path.join(FIXTURE_TRAILS, 'minimal', 'sites/dinh-mau/vi.md'), 'utf8');

/** The problems of a vi.md's front matter, as the loader makes them. */
function siteProblems(text: string) {
	const parsed = parseFrontMatter(text);
	if (parsed.problems.length) return parsed.problems.map((p) => ({ ...p, file: VI }));
	const result = SiteSchema.safeParse(parsed.data);
	return result.success ? [] : zodIssuesToProblems(result.error.issues, SiteSchema, parsed.positions, VI);
}

/** The crashes the properties found (issue #8), each kept as its own small property now that it is fixed. */
describe('crashes found by the properties, issue #8', () => {
	// Was: RangeError "Maximum call stack size exceeded" out of yaml 2.9.1's Parser
	// (parse/parser.js `*blockMap` → `*pop` + `*step`, once per level) through `parseDocument` in
	// `parseYaml` (src/core/content/front-matter.ts), which catches only `toJS`. About 2,400 compact
	// block indicators on one line, then a stray `]` or `}` (or a document marker): a 4.8 KB vi.md.
	// Minimal: `---\ntitle: ${': '.repeat(2402)}]\n---\n` and `---\n${'- '.repeat(2357)}}\n---\n`.
	test('a long run of block indicators before a stray bracket gives front-matter-invalid, not a RangeError', () => {
		const input = fc
			.tuple(fc.constantFrom(': ', '- ', '? ', ' : ', ':\t'), fc.integer({ min: 3_000, max: 6_000 }), fc.constantFrom(']', '}'), fc.constantFrom('', 'title: ', 'location:\n  '))
			.map(([indicator, n, stray, before]) => `${before}${indicator.repeat(n)}${stray}`);
		fc.assert(
			fc.property(input, (yaml) => {
				expect(parseYaml(yaml).problems.map((p) => p.code)).toEqual(['front-matter-invalid']);
				expect(parseFrontMatter(`---\n${yaml}\n---\nĐình.\n`).problems.map((p) => p.code)).toEqual(['front-matter-invalid']);
			}),
			{ ...fcParams(20), endOnFailure: true },
		);
	});

	// Was: TypeError "s.meta is not a function" in `fieldMetaAt` (src/core/schema/field-meta.ts),
	// called by `formatProblem` → `labelOf` → `metaOf` (src/core/problems/format.ts): `childOf` reads
	// `shape[key]`, which for `toString`, `constructor`, `__proto__`, `valueOf` … is the method every
	// object inherits, not a field. `npm run check` prints the stack and exits 3.
	// Minimal: the fixture's vi.md with one more line, `toString: x`.
	test('an unknown field named like an Object method is reported in both languages, not a TypeError', () => {
		const name = fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype));
		const where = fc.constantFrom('code: TE01\n', '  lat: 21.352\n', '  src: cover.jpg\n');
		fc.assert(
			fc.property(name, where, (key, after) => {
				const indent = after.startsWith(' ') ? '  ' : '';
				const problems = siteProblems(SITE.replace(after, `${after}${indent}${key}: x\n`));
				expect(problems.map((p) => p.code)).toContain('unknown-field');
				for (const problem of problems) for (const lang of ['vi', 'en'] as const) expect(formatProblem(problem, { lang })).toContain(key);
			}),
			{ ...fcParams(20), endOnFailure: true },
		);
	});

	// Was not a crash but a wrong answer: `!!binary` makes yaml return a Buffer, and a group (`location`,
	// `cover`, the whole file) given one gets an unknown-field problem for each Buffer method
	// ("There is no field called readBigUInt64LE", about a hundred of them) instead of one wrong-type.
	// Minimal: `location: !!binary AAAA` in the fixture's vi.md.
	test('a !!binary value where a group belongs names no field the editor did not write', () => {
		const field = fc.constantFrom('location', 'cover');
		fc.assert(
			fc.property(field, fc.base64String({ minLength: 4, maxLength: 12 }), (key, bytes) => {
				const text = SITE.replace(new RegExp(`^${key}:\\n(?:  .*\\n)+`, 'm'), `${key}: !!binary ${bytes}\n`);
				const unknown = siteProblems(text).flatMap((p) => (p.code === 'unknown-field' ? [p.params.key] : []));
				expect(unknown.filter((k) => !text.includes(k))).toEqual([]);
			}),
			{ ...fcParams(10), endOnFailure: true },
		);
	});

	// Was: TypeError "((intermediate value) ?? []) is not iterable" in `keepUnloaded`
	// (src/core/content/load-trail.ts), which spread the `photos` of a vi.md that failed the schema
	// without looking at what it is; it escapes `validateContent` and `npm run check` exits 3.
	// Minimal: the fixture's vi.md with `photos: {}`, or a photo written without its dash:
	// `photos:` then `  src: a.jpg`.
	test('photos that are not a list give a wrong-type problem, not a TypeError', async () => {
		const copy = await trailCopy('minimal');
		const vi = path.join(copy.content, 'sites/dinh-mau/vi.md');
		const value = fc.constantFrom('{}', '5', 'true', '{src: a.jpg}', '\n  src: a.jpg\n  credit: x');
		await fc.assert(
			fc.asyncProperty(value, async (photos) => {
				await writeFile(vi, SITE.replace('code: TE01\n', `code: TE01\nphotos: ${photos}\n`));
				const { problems } = await validateContent({ contentDir: copy.content, cwd: copy.root });
				expect(problems.filter((p) => p.field === 'photos').map((p) => p.code)).toEqual(['wrong-type']);
			}),
			{ ...fcParams(10), endOnFailure: true },
		);
	});
});
