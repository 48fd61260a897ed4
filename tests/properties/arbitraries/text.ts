/**
 * Generators for the "never a crash" properties (issue #8), part 1: characters and byte-level
 * damage. Every run is seeded (`fcParams`), so CI replays the same inputs; `FC_SEED` and `FC_RUNS`
 * override the seed and the number of runs when hunting for a crash by hand.
 */
import fc from 'fast-check';

const SEED = 20_260_801;

/** Seed and number of runs for one `fc.assert`; fast-check prints the seed and the path of a failure. */
export function fcParams(numRuns: number): { seed: number; numRuns: number } {
	return { seed: Number(process.env['FC_SEED'] ?? SEED), numRuns: Number(process.env['FC_RUNS'] ?? numRuns) };
}

const VIETNAMESE = [...'ăâđêôơưĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ'];
const YAML_INDICATORS = [':', ': ', '-', '- ', '#', ' #', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`', '{', '}', '[', ']', ',', '?', '? ', '<<', '...', '---', '\\'];
const ODD = ['\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\ufeff', '\u200b', '\u200d', '\u202e', '\ufffd', '\ufffe', '\uffff', '\u0301', '\u0323', '\u0309', 'ꦲ', '漢', '喃', '𠀀', '👍🏽', '🇻🇳'];

/** One "character" an editor, a paste or a broken editor program may put in a file. */
export const hostileChar: fc.Arbitrary<string> = fc.oneof(
	{ weight: 8, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
	{ weight: 3, arbitrary: fc.constantFrom(...VIETNAMESE) },
	{ weight: 2, arbitrary: fc.constantFrom(...YAML_INDICATORS) },
	{ weight: 1, arbitrary: fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\r') },
	// C0 controls, NUL first among them.
	{ weight: 1, arbitrary: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)) },
	{ weight: 1, arbitrary: fc.constantFrom(...ODD) },
	// Lone surrogates: not valid UTF-16, yet a JavaScript string holds them.
	{ weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);

export function hostileText(maxLength = 30, minLength = 0): fc.Arbitrary<string> {
	return fc.string({ unit: hostileChar, minLength, maxLength });
}

/**
 * A very long line: a pasted paragraph with no line break, or a minified blob. Kept under 8k
 * characters: yaml's parser is quadratic on some of them (60k `"` take seconds), which is slow, not a crash.
 */
export const longLine: fc.Arbitrary<string> = fc
	.tuple(fc.integer({ min: 1_000, max: 8_000 }), fc.constantFrom('x', 'ư', 'a b ', '漢', '"', '[', ': ', '-'))
	.map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)));

/** Any text at all, for parsers that say "never throws". */
export const anyText: fc.Arbitrary<string> = fc.oneof(hostileText(300), fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 300 }));

type LineEnd = 'lf' | 'crlf' | 'cr' | 'mixed';

/** Byte-level damage: a BOM, Windows or old-Mac line ends, characters dropped in at random places. */
export const damage = fc.record({
	bom: fc.boolean(),
	lineEnd: fc.constantFrom<LineEnd>('lf', 'lf', 'lf', 'crlf', 'cr', 'mixed'),
	inserts: fc.oneof({ weight: 3, arbitrary: fc.constant([] as Array<[number, string]>) }, { weight: 1, arbitrary: fc.array(fc.tuple(fc.nat(), hostileChar), { minLength: 1, maxLength: 3 }) }),
});

export function applyDamage(source: string, { bom, lineEnd, inserts }: { bom: boolean; lineEnd: LineEnd; inserts: Array<[number, string]> }): string {
	let out = source;
	for (const [at, char] of inserts) {
		const i = out.length ? at % (out.length + 1) : 0;
		out = out.slice(0, i) + char + out.slice(i);
	}
	if (lineEnd === 'crlf') out = out.replace(/\n/g, '\r\n');
	if (lineEnd === 'cr') out = out.replace(/\n/g, '\r');
	if (lineEnd === 'mixed') out = out.replace(/\n/g, (_m, offset: number) => (offset % 3 === 0 ? '\r\n' : offset % 3 === 1 ? '\n' : '\r'));
	return bom ? `\uFEFF${out}` : out;
}
