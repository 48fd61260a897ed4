/**
 * The Hán Nôm font of inscription blocks: Noto Sans TC (traditional characters), cut down to the
 * characters one page uses, as WOFF2. The only importer of `subset-font`. Phones rarely have
 * traditional Han glyphs for every character of a stele, and the full font is 7 MB, so each page
 * with an inscription gets its own few-kilobyte file and pages without one load nothing.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkit';
import subsetFont from 'subset-font';
import { DitichsoError } from '../errors.ts';

/** The family name pages give the subset in @font-face, and inscription styles ask for. */
export const HAN_FONT_FAMILY = 'Ditichso Han Nom';

const FONT_PACKAGE = '@expo-google-fonts/noto-sans-tc';
const FONT_FILE = '400Regular/NotoSansTC_400Regular.ttf';

export interface HanFontFile {
	/** First 12 hex digits of the SHA-256 of the bytes: a changed subset gets a new address. */
	name: string;
	/** Site path, e.g. `/phong/3f2a9c1b7d4e.woff2`. */
	path: string;
	bytes: Uint8Array;
}

export interface HanFont {
	/** Distinct characters of `text` (spaces aside) the font has no glyph for, in order of first use. */
	missingChars(text: string): string[];
	/** The font cut down to `chars`, as WOFF2. The same characters always give the same bytes. */
	subset(chars: string): Promise<HanFontFile>;
}

/** Site path of a subset named `name`. */
export function hanFontPath(name: string): string {
	return `/phong/${name}.woff2`;
}

let cached: HanFont | undefined;

/** The Hán Nôm font, read from node_modules on first use (not on load: most checks never need it). */
export function loadHanFont(): HanFont {
	cached ??= createHanFont(() => readFont(resolveFontFile()));
	return cached;
}

/** Builds a `HanFont` over the TTF that `read` returns (tests pass a small font). */
export function createHanFont(read: () => Uint8Array): HanFont {
	let bytes: Uint8Array | undefined;
	let font: Font | undefined;
	const subsets = new Map<string, Promise<HanFontFile>>();
	const fontBytes = () => (bytes ??= read());
	const openFont = () => (font ??= openTtf(fontBytes()));
	return {
		missingChars: (text) => [...new Set(text.normalize('NFC'))].filter((c) => c.trim() !== '' && !openFont().hasGlyphForCodePoint(c.codePointAt(0) ?? 0)),
		subset: (chars) => {
			let file = subsets.get(chars);
			if (!file) {
				// Pages and the font endpoint ask for the same subsets; cut each one once per process.
				file = makeSubset(fontBytes(), chars);
				subsets.set(chars, file);
			}
			return file;
		},
	};
}

async function makeSubset(font: Uint8Array, chars: string): Promise<HanFontFile> {
	const bytes = new Uint8Array(await subsetFont(font, chars, { targetFormat: 'woff2' }));
	const name = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
	return { name, path: hanFontPath(name), bytes };
}

function resolveFontFile(): string {
	try {
		return join(dirname(createRequire(import.meta.url).resolve(`${FONT_PACKAGE}/package.json`)), FONT_FILE);
	} catch (cause) {
		throw hanFontMissing(`${FONT_PACKAGE}/package.json`, cause);
	}
}

function readFont(path: string): Uint8Array {
	try {
		return readFileSync(path);
	} catch (cause) {
		throw hanFontMissing(path, cause);
	}
}

function openTtf(bytes: Uint8Array): Font {
	const font = create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
	if (!('layout' in font)) throw new DitichsoError('The Hán Nôm font is a font collection, not a single font. Reinstall the packages with `npm ci`.');
	return font;
}

function hanFontMissing(path: string, cause: unknown): DitichsoError {
	return new DitichsoError(
		`The Hán Nôm font file ${path} is missing or unreadable. Pages with an inscription embed a subset of Noto Sans TC ` +
			'so that every character of the original shows. Run `npm ci` to reinstall the packages, then try again.',
		{ cause },
	);
}
