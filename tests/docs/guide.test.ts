import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { enMessages } from '../../src/core/problems/messages/en.ts';
import type { ProblemMessage } from '../../src/core/problems/messages/types.ts';
import { viMessages } from '../../src/core/problems/messages/vi.ts';
import type { ProblemCode } from '../../src/core/problems/problem.ts';
import { SAMPLE_PARAMS } from '../core/problems/samples.ts';
import { PROJECT_ROOT } from '../helpers/trail-copy.ts';

// Issue #6: the editors' guide, in Vietnamese (the main one) and English. Its table of messages
// must name every problem code, and every command it tells editors to type must exist.

const GUIDES = {
	vi: { file: 'docs/huong-dan-bien-tap.md', messages: viMessages },
	en: { file: 'docs/editors-guide.md', messages: enMessages },
} as const;

// Commands a guide may describe before package.json has them (none now: `new` and `edit` exist).
const COMMANDS_BEING_ADDED = new Set<string>([]);

const CODES = Object.keys(viMessages) as ProblemCode[];
const SCRIPTS = Object.keys((JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

function read(file: string): string {
	return readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
}

/** The rows of the messages table: `| \`code\` | the message starts | meaning | what to do |`. */
function messageRows(text: string): Map<string, string> {
	const rows = new Map<string, string>();
	for (const match of text.matchAll(/^\| `([a-z0-9-]+)` \| ([^|]+) \| [^|]+ \| [^|]+ \|$/gm)) rows.set(match[1] ?? '', (match[2] ?? '').trim());
	return rows;
}

/** "Thư mục … chưa có tệp settings.yaml" matches the start of a message, each "…" standing for the editor's own words. */
function startsLike(start: string): RegExp {
	const parts = start.split('…').map((part) => part.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`^${parts.join('.*?')}`, 's');
}

/** Heading ids as GitHub makes them: lower case, punctuation dropped (accented letters kept), spaces to hyphens. */
function headingIds(text: string): Set<string> {
	return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => (m[1] ?? '').toLowerCase().replace(/[^\p{L}\p{M}\p{N} -]/gu, '').replace(/ /g, '-')));
}

/** The prose only: fenced blocks and `inline code` removed, so examples do not count (nor do file names such as settings.yaml, below). */
function prose(text: string): string {
	return text.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

describe.each(Object.entries(GUIDES))('the %s editors’ guide', (_lang, { file, messages }) => {
	const text = read(file);

	test('lists every problem code in its table of messages (issue #6)', () => {
		const listed = messageRows(text);
		expect(CODES.filter((code) => !listed.has(code)), `codes missing from the table in ${file}`).toEqual([]);
		expect([...listed.keys()].filter((code) => !(code in viMessages)), `rows in ${file} for codes that do not exist`).toEqual([]);
	});

	test('quotes the start of each message as the catalogue writes it (issue #6)', () => {
		const stale = [...messageRows(text)]
			.filter(([code]) => code in messages)
			.filter(([code, start]) => !startsLike(start).test((messages[code as ProblemCode] as ProblemMessage<ProblemCode>).message(SAMPLE_PARAMS[code as ProblemCode] as never)))
			.map(([code, start]) => `${code}: "${start}"`);
		expect(stale, `rows in ${file} whose message start no longer matches messages/${_lang}.ts`).toEqual([]);
	});

	test('names only npm commands that exist, or that issue #6 is adding (issue #6)', () => {
		const named = [...new Set([...text.matchAll(/npm run ([a-z][a-z0-9:-]*)/g)].map((m) => m[1] ?? ''))];
		expect(named.length).toBeGreaterThan(0);
		expect(named.filter((name) => !SCRIPTS.includes(name) && !COMMANDS_BEING_ADDED.has(name))).toEqual([]);
	});

	test('links only to headings that exist (issue #6)', () => {
		const ids = headingIds(text);
		const links = [...text.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1] ?? '');
		expect(links.filter((id) => !ids.has(id))).toEqual([]);
	});

	test('uses no developer words in its sentences (issue #6)', () => {
		expect(prose(text).match(/(?<!\.)\b(?:schema|yaml|parse[ds]?|parsing|string|enum|regex|null|undefined|front[ -]?matter|slug)\b/gi) ?? []).toEqual([]);
	});
});
