import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseFrontMatter, parseYaml } from '../../src/core/content/front-matter.ts';
import { zodIssuesToProblems } from '../../src/core/problems/from-zod.ts';
import type { Problem } from '../../src/core/problems/problem.ts';
import { SettingsSchema, SiteSchema, TranslationSchema } from '../../src/core/schema/index.ts';
import { normalizeText } from '../../src/core/text/normalize.ts';
import { markdownFile, settingsFile } from './arbitraries/front-matter.ts';
import { anyText, applyDamage, damage, fcParams } from './arbitraries/text.ts';
import { deepNode, renderYaml, specialYaml } from './arbitraries/yaml.ts';
import { expectStructured } from './structured.ts';

const YAML_CODES = ['front-matter-invalid', 'duplicate-field', 'front-matter-missing', 'front-matter-unclosed'];

/** The loader's path for one Markdown file (load-trail.ts `loadMarkdown`), without the disk. */
function checkMarkdownFile(raw: string, schema: typeof SiteSchema | typeof TranslationSchema, file: string) {
	const text = normalizeText(raw);
	const parsed = parseFrontMatter(text);
	const problems: Problem[] = parsed.problems.map((p) => ({ ...p, file }) as Problem);
	if (problems.length === 0) {
		const result = schema.safeParse(parsed.data);
		if (!result.success) problems.push(...zodIssuesToProblems(result.error.issues, schema, parsed.positions, file));
	}
	return { text, parsed, problems };
}

/** The loader's path for settings.yaml (load-trail.ts `loadSettings`), without the disk. */
function checkSettingsFile(raw: string, file: string) {
	const text = normalizeText(raw);
	const parsed = parseYaml(text);
	const problems: Problem[] = parsed.problems.map((p) => ({ ...p, file }) as Problem);
	if (problems.length === 0) {
		const result = SettingsSchema.safeParse(parsed.data);
		if (!result.success) problems.push(...zodIssuesToProblems(result.error.issues, SettingsSchema, parsed.positions, file));
	}
	return { text, parsed, problems };
}

const VI = 'content/sites/dinh-mau/vi.md';
const EN = 'content/sites/dinh-mau/en.md';
const SETTINGS = 'content/settings.yaml';

describe('parseFrontMatter, issue #8', () => {
	test('never throws on any text, normalised or not, and answers only with its own four codes', () => {
		fc.assert(
			fc.property(anyText, fc.boolean(), (raw, normalise) => {
				const text = normalise ? normalizeText(raw) : raw;
				const parsed = parseFrontMatter(text);
				expect(parsed.problems.every((p) => YAML_CODES.includes(p.code))).toBe(true);
				expect(Number.isInteger(parsed.bodyLine) && parsed.bodyLine >= 1).toBe(true);
				expect(typeof parsed.body).toBe('string');
				expectStructured(parsed.problems.map((p) => ({ ...p, file: VI })), { files: [VI], written: [raw] });
			}),
			fcParams(400),
		);
	});

	test('never throws on front matter between fences, whatever the YAML, and its problems are structured', () => {
		fc.assert(
			fc.property(markdownFile('site'), (raw) => {
				const { parsed } = checkMarkdownFile(raw, SiteSchema, VI);
				expect(parsed.problems.every((p) => YAML_CODES.includes(p.code))).toBe(true);
				// Data only when the YAML parsed; never both data and problems.
				if (parsed.problems.length) expect(parsed.data).toBeUndefined();
			}),
			fcParams(300),
		);
	});
});

describe('parseYaml, issue #8', () => {
	test('never throws on any text', () => {
		fc.assert(
			fc.property(anyText, (raw) => {
				const parsed = parseYaml(raw);
				expect(parsed.problems.every((p) => YAML_CODES.includes(p.code))).toBe(true);
				if (parsed.problems.length) expect(parsed.data).toBeUndefined();
			}),
			fcParams(400),
		);
	});

	test('answers alias bombs, self-referring anchors, deep nesting, directives and several documents with problems or data', () => {
		const attack = fc.oneof(specialYaml, deepNode.map((n) => renderYaml(n)));
		fc.assert(
			fc.property(attack, damage, (yaml, hurt) => {
				const raw = applyDamage(yaml, hurt);
				const { problems } = checkSettingsFile(raw, SETTINGS);
				expectStructured(problems, { files: [SETTINGS], written: [raw] });
				const md = checkMarkdownFile(`---\n${raw}\n---\n`, SiteSchema, VI);
				expectStructured(md.problems, { files: [VI], written: [raw] });
			}),
			fcParams(150),
		);
	});
});

describe('front matter through the schema, issue #8', () => {
	test('vi.md: near-valid and broken site front matter gives structured problems or site data, never an exception', () => {
		fc.assert(
			fc.property(markdownFile('site'), (raw) => {
				const { text, problems } = checkMarkdownFile(raw, SiteSchema, VI);
				expectStructured(problems, { files: [VI], written: [raw, text], sources: new Map([[VI, text]]) });
			}),
			fcParams(400),
		);
	});

	test('en.md: translation front matter gives structured problems or data, never an exception', () => {
		fc.assert(
			fc.property(markdownFile('translation'), (raw) => {
				const { text, problems } = checkMarkdownFile(raw, TranslationSchema, EN);
				expectStructured(problems, { files: [EN], written: [raw, text], sources: new Map([[EN, text]]) });
			}),
			fcParams(300),
		);
	});

	test('settings.yaml: near-valid and broken settings give structured problems or settings, never an exception', () => {
		fc.assert(
			fc.property(settingsFile, (raw) => {
				const { text, problems } = checkSettingsFile(raw, SETTINGS);
				expectStructured(problems, { files: [SETTINGS], written: [raw, text], sources: new Map([[SETTINGS, text]]) });
			}),
			fcParams(300),
		);
	});
});
