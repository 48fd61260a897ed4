/** YAML trees for the properties (issue #8): any values and keys, deep nesting, parser attacks, and their rendering to text. */
import fc from 'fast-check';
import { hostileText, longLine } from './text.ts';

export type YNode = { kind: 'scalar'; text: string } | { kind: 'map'; entries: Array<[string, YNode]>; flow: boolean } | { kind: 'seq'; items: YNode[]; flow: boolean };

export const scalar = (text: string): YNode => ({ kind: 'scalar', text });
export const map = (entries: Array<[string, YNode]>, flow = false): YNode => ({ kind: 'map', entries, flow });
export const seq = (items: YNode[], flow = false): YNode => ({ kind: 'seq', items, flow });

/** Values as typed after `key: `: numbers that overflow, NaN-like words, YAML 1.1 booleans, odd dates, tags, anchors, aliases, flow collections, block scalars. */
export const scalarText: fc.Arbitrary<string> = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom('Đình Đầm Hà', 'DH01', 'TE01', 'historic', 'provincial', '2025-07-01', 'cover.jpg', 'https://trail.example.vn', 'doan@trail.example.vn', 'a5', 'vi', 'thuyet-minh.mp3', 'Ảnh minh họa', 'x') },
	{ weight: 2, arbitrary: fc.oneof(fc.double().map(String), fc.integer().map(String), fc.bigInt().map(String), fc.double({ min: 8, max: 24 }).map(String)) },
	{
		weight: 2,
		arbitrary: fc.constantFrom(
			'1e309', '-1e309', '1e-400', '99999999999999999999999999999', '-0', '0x1F', '0o17', '0b101', '1_000', '.5', '+12', '21,352', '21.352.1', '１２', '٣', '1e', '0.', '2e308',
			'.nan', '.NaN', 'NaN', 'nan', '.inf', '-.inf', '+.inf', 'Infinity', '-Infinity', 'undefined', 'null', '~', 'Null', 'NULL', '', '[object Object]', '__proto__', 'constructor',
			'true', 'false', 'yes', 'no', 'on', 'off', 'True', 'FALSE', 'y', 'n',
			'2025-13-45', '2025-02-30', '0000-00-00', '2025-07-01T25:61:00Z', '2025-07-01 10:00:00 +07:00', '2025-7-1', '01/07/2025', '+275760-09-13', '9999-12-31', '-001-01-01', '2025-07-01\u0000',
		),
	},
	{ weight: 2, arbitrary: hostileText(20).map((s) => JSON.stringify(s)) },
	// YAML escapes of characters JSON.stringify would not write: a lone surrogate, NUL, NEL, a 32-bit escape.
	{ weight: 1, arbitrary: fc.constantFrom('"\\ud800"', '"\\udfff x"', '"\\0"', '"\\N\\_\\L\\P"', '"\\U0010FFFF"', '"\\U00110000"', '"\\x"', '"\\q"', '"\\', '"unclosed', "'unclosed", "'it''s'") },
	{ weight: 1, arbitrary: hostileText(20).map((s) => `'${s.replace(/'/g, "''")}'`) },
	{ weight: 3, arbitrary: hostileText(30) },
	{
		weight: 1,
		arbitrary: fc.constantFrom(
			'!!str 12', '!!int abc', '!!int 1e400', '!!float x', '!!binary aGVsbG8=', '!!binary ***', '!!timestamp 2025-07-01', '!!timestamp x', '!!set {a, b}', '!!omap [a: 1]', '!!omap [a: 1, a: 2]', '!!pairs [a: 1]',
			'!!js/function "function(){}"', '!!js/undefined', '!foo bar', '!<tag:yaml.org,2002:str> x', '!<!> x', '!!map [1]', '!!seq {a: 1}', '!!null x', '!!bool maybe', '! x', '!!', '!a!b c',
		),
	},
	{ weight: 1, arbitrary: fc.constantFrom('{}', '[]', '{a: 1, a: 2}', '[1, [2, [3]]]', '{lat: 21, lng: 107}', '[vi, en, vi]', '{ unclosed', '[unclosed', '{a: *nope}', '[*a, &a x]', '{? a : b}', '{[a]: b}', '[a: b, c]', '{<<: {a: 1}}') },
	{ weight: 1, arbitrary: fc.constantFrom('&a x', '*a', '&a', '*a *b', '&a &b x', '*missing', '&a [*a]', '&a {b: *a}', '&x\u0000 y', '& x', '*') },
	{ weight: 1, arbitrary: fc.tuple(fc.constantFrom('|', '|-', '|+', '>', '>-', '|2', '|9', '|0', '>+1'), fc.array(hostileText(15), { maxLength: 3 })).map(([head, lines]) => [head, ...lines.map((l) => `  ${l}`)].join('\n')) },
	{ weight: 1, arbitrary: longLine },
);

/** Names of every field of the site, translation and settings schemas, at any depth. */
export const SCHEMA_KEYS = [
	'code', 'title', 'category', 'legalType', 'redAddress', 'ranking', 'rankingDecision', 'address', 'addressFormer', 'location', 'lat', 'lng', 'placeholder',
	'summary', 'cover', 'photos', 'src', 'alt', 'credit', 'audio', 'visiting', 'hours', 'fee', 'dress', 'notes', 'sources', 'url', 'trail', 'plaque', 'size',
	'formerFolders', 'updated', 'sample', 'machineTranslated', 'name', 'vi', 'en', 'zh', 'ko', 'owner', 'contact', 'email', 'phone', 'baseUrl', 'logo', 'languages', 'bleedMm',
] as const;

/** A map key as written: a real field, a misspelling, a key YAML or JavaScript treats specially, or noise. */
export const keyText: fc.Arbitrary<string> = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom(...SCHEMA_KEYS) },
	{ weight: 2, arbitrary: fc.constantFrom('tittle', 'Code', 'CODE', 'catgory', 'loaction', 'Lat', 'lat ', ' lng', 'cover.src', 'ẩnh', 'tiêu đề', 'photo', 'source') },
	{ weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '<<', '"quoted key"', "'single'", '? complex', '123', '1.5', 'true', 'null', '~', '""', '[a, b]', '{a: 1}', '- item', '&anchor key', '*alias', '!tag key', '#comment', '@at', '`tick') },
	{ weight: 2, arbitrary: hostileText(12, 1) },
);

const anyNode: fc.Arbitrary<YNode> = fc.letrec<{ node: YNode; map: YNode; seq: YNode }>((tie) => ({
	node: fc.oneof({ maxDepth: 4, depthIdentifier: 'yaml-node' }, scalarText.map(scalar), tie('map'), tie('seq')),
	map: fc.tuple(fc.array(fc.tuple(keyText, tie('node')), { maxLength: 4 }), fc.boolean()).map(([entries, flow]) => map(entries, flow)),
	seq: fc.tuple(fc.array(tie('node'), { maxLength: 4 }), fc.boolean()).map(([items, flow]) => seq(items, flow)),
})).node;

/** Nesting far past what any editor writes: block maps, flow lists and flow maps, a few thousand deep. */
export const deepNode: fc.Arbitrary<YNode> = fc.oneof(
	fc.integer({ min: 20, max: 120 }).map((depth) => {
		let node: YNode = scalar('x');
		for (let i = 0; i < depth; i++) node = map([[SCHEMA_KEYS[i % SCHEMA_KEYS.length] ?? 'a', node]]);
		return node;
	}),
	fc.tuple(fc.integer({ min: 100, max: 1_000 }), fc.constantFrom('[', '{a: ', '- ', '[{a: ')).map(([depth, open]) => {
		const close = open === '[' ? ']' : open === '{a: ' ? '}' : open === '[{a: ' ? '}]' : '';
		return scalar(`${open.repeat(depth)}x${close.repeat(depth)}`);
	}),
);

/** Any value: scalar, tree, deep nesting. */
export const wrongNode: fc.Arbitrary<YNode> = fc.oneof({ weight: 8, arbitrary: anyNode }, { weight: 1, arbitrary: deepNode });

/** Turns a tree into YAML block style; `unit` is the indentation step (two spaces, four, a tab …). */
export function renderYaml(node: YNode, unit = '  '): string {
	return blockLines(node, '', unit).join('\n');
}

function blockLines(node: YNode, indent: string, unit: string): string[] {
	if (node.kind === 'scalar') return node.text.split('\n').map((line, i) => (i === 0 ? `${indent}${line}` : `${indent}${line}`));
	if (node.flow || (node.kind === 'map' ? node.entries.length : node.items.length) === 0) return [`${indent}${flowText(node)}`];
	if (node.kind === 'map') return node.entries.flatMap(([key, value]) => entryLines(`${indent}${key}:`, value, indent, unit));
	return node.items.flatMap((item) => {
		if (item.kind === 'scalar' || item.flow || (item.kind === 'map' ? item.entries.length : item.items.length) === 0) return entryLines(`${indent}-`, item, indent, unit);
		// A map or list inside a list item starts on the dash's line, its siblings lined up under it.
		const inner = blockLines(item, indent + unit, unit);
		const first = inner[0] ?? '';
		return [`${indent}-${' '.repeat(Math.max(1, unit.length - 1))}${first.slice(indent.length + unit.length)}`, ...inner.slice(1)];
	});
}

function entryLines(head: string, value: YNode, indent: string, unit: string): string[] {
	if (value.kind === 'scalar') {
		const [first = '', ...rest] = value.text.split('\n');
		return [first === '' ? head : `${head} ${first}`, ...rest.map((line) => `${indent}${unit}${line}`)];
	}
	if (value.flow || (value.kind === 'map' ? value.entries.length : value.items.length) === 0) return [`${head} ${flowText(value)}`];
	return [head, ...blockLines(value, indent + unit, unit)];
}

function flowText(node: YNode): string {
	if (node.kind === 'scalar') return node.text;
	if (node.kind === 'map') return `{${node.entries.map(([k, v]) => `${k}: ${flowText(v)}`).join(', ')}}`;
	return `[${node.items.map(flowText).join(', ')}]`;
}

/** Whole YAML documents that attack the parser: alias bombs, self-reference, merge keys, directives, several documents. */
export const specialYaml: fc.Arbitrary<string> = fc.oneof(
	fc.integer({ min: 2, max: 9 }).map((levels) => {
		const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
		for (let i = 1; i < levels; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
		return `${lines.join('\n')}\ntitle: *a${levels - 1}`;
	}),
	fc.constantFrom(
		'a: &a [*a]',
		'location: &l {lat: 21, lng: *l}',
		'base: &b {lat: 21.3, lng: 107.5}\nlocation:\n  <<: *b',
		'<<: {code: DH01}\ntitle: x',
		'title: *undefined',
		'%YAML 1.1\n---\ntitle: x',
		'%YAML 9.9\ntitle: x',
		'%TAG ! tag:example.com,2000:\ntitle: !x y',
		'title: x\n...\ncode: DH01',
		'title: x\n--- \ncode: y',
		'? [a, b]\n: c',
		'? |\n  block key\n: v',
		'code: DH01\ncode: DH01\ncode: DH02',
		'location:\n  lat: 1\n  lat: 2\nlocation: x',
		'- just\n- a list',
		'just a string',
		'42',
		'null',
		'',
		'#only a comment',
		'\t\ttitle: tab-indented',
		'title:\n\t- tab',
		'title: "a\n  b"',
		'title: >\n x\n  y\n z',
		'!!binary |\n  R0lGODlhDAAMAIQAAP',
		'title: &a\n  - *a',
		'a: !!set\n  ? x\n  ? x',
	),
);
