import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font, type Glyph, type PathCommand } from 'fontkit';
import { FontMissingError } from '../errors.ts';

/** `cjk` sets Chinese titles: Be Vietnam Pro has no Han characters. */
export type FontId = 'regular' | 'bold' | 'cjk';

/** Width in mm of `text` set in `font` at `sizePt`, as the PDF renderer will set it (kerning included). */
export type Measure = (text: string, font: FontId, sizePt: number) => number;

/** The plaque's fonts: the files to embed, and the one impure input of the layout (`measure`). */
export interface PlaqueFonts {
	files: Record<FontId, { path: string; bytes: Uint8Array }>;
	/**
	 * The parsed fonts, for pdfkit too: it decodes a font's shaping tables lazily, per font object,
	 * so handing every PDF the same object decodes them once per thread instead of once per file.
	 */
	faces: Record<FontId, Font>;
	measure: Measure;
	/**
	 * Distinct characters of `text` (after NFC, in order of first use) that `font` has no glyph for.
	 * Some PDF libraries silently drop such characters ("Đình" prints as "ình"), so callers must
	 * refuse the text before drawing. Empty when everything can be drawn.
	 */
	missingGlyphs(text: string, font: FontId): string[];
	/**
	 * SVG path data (in mm, y down) of `text` drawn as glyph outlines, with the baseline's left end
	 * at `originMm`. Uses the same shaping as `measure`, so outlines and layout agree to the µm.
	 */
	outline(text: string, font: FontId, sizePt: number, originMm: { xMm: number; yMm: number }): string;
}

/**
 * Be Vietnam Pro was drawn for Vietnamese: every stacked diacritic (Ầ, Ẫ, Ỗ) has its own glyph.
 * Noto Sans SC (simplified Chinese, 10 MB) sets the Chinese title; the PDF embeds only the glyphs
 * used and the SVG outlines them, so no plaque file carries the whole font.
 */
const FONT_FILES = {
	regular: { package: '@expo-google-fonts/be-vietnam-pro', file: '400Regular/BeVietnamPro_400Regular.ttf' },
	bold: { package: '@expo-google-fonts/be-vietnam-pro', file: '700Bold/BeVietnamPro_700Bold.ttf' },
	cjk: { package: '@expo-google-fonts/noto-sans-sc', file: '400Regular/NotoSansSC_400Regular.ttf' },
} as const satisfies Record<FontId, { package: string; file: string }>;

const FONT_IDS = Object.keys(FONT_FILES) as FontId[];
const MM_PER_PT = 25.4 / 72;

let cached: PlaqueFonts | undefined;

/** Reads the plaque fonts from node_modules once per process. Throws `FontMissingError` when a file is missing. */
export function loadPlaqueFonts(): PlaqueFonts {
	cached ??= createPlaqueFonts(resolveFontPackageDir(FONT_FILES.regular.package), resolveFontPackageDir(FONT_FILES.cjk.package));
	return cached;
}

/** Builds `PlaqueFonts` from folders laid out like the font packages (tests point them elsewhere). */
export function createPlaqueFonts(packageDir: string, cjkPackageDir: string): PlaqueFonts {
	const dirs: Record<FontId, string> = { regular: packageDir, bold: packageDir, cjk: cjkPackageDir };
	const files = Object.fromEntries(FONT_IDS.map((id) => [id, readFontFile(join(dirs[id], FONT_FILES[id].file))])) as PlaqueFonts['files'];
	const fonts = Object.fromEntries(FONT_IDS.map((id) => [id, openFont(files[id])])) as Record<FontId, Font>;
	const widthCache = new Map<string, number>();
	const unitsWidth = (text: string, font: FontId): number => {
		const key = `${font}\u0000${text}`;
		let width = widthCache.get(key);
		if (width === undefined) {
			width = shapeLine(fonts[font], text).reduce((sum, glyph) => sum + glyph.advance, 0);
			widthCache.set(key, width);
		}
		return width;
	};
	return {
		files,
		faces: fonts,
		measure: (text, font, sizePt) => (unitsWidth(text, font) / fonts[font].unitsPerEm) * sizePt * MM_PER_PT,
		missingGlyphs: (text, font) => [...new Set(text.normalize('NFC'))].filter((char) => !fonts[font].hasGlyphForCodePoint(char.codePointAt(0) ?? 0)),
		outline: (text, font, sizePt, originMm) => outlineLine(fonts[font], text, sizePt, originMm),
	};
}

function resolveFontPackageDir(fontPackage: string): string {
	try {
		return dirname(createRequire(import.meta.url).resolve(`${fontPackage}/package.json`));
	} catch (cause) {
		throw new FontMissingError(`${fontPackage}/package.json`, { cause });
	}
}

function readFontFile(path: string): { path: string; bytes: Uint8Array } {
	try {
		return { path, bytes: readFileSync(path) };
	} catch (cause) {
		throw new FontMissingError(path, { cause });
	}
}

function openFont(file: { path: string; bytes: Uint8Array }): Font {
	try {
		const font = create(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
		if (!('layout' in font)) throw new Error('a font collection, not a single font');
		return font;
	} catch (cause) {
		throw new FontMissingError(file.path, { cause });
	}
}

interface PlacedGlyph {
	/** Pen position plus the glyph's own offset, in font units. */
	xUnits: number;
	yUnits: number;
	advance: number;
	glyph: Glyph;
}

/**
 * Shapes a line the way pdfkit does (EmbeddedFont#layout): word by word, each word keeping its
 * trailing space, so there is no kerning across spaces. Matching it keeps SVG and PDF identical.
 */
function shapeLine(font: Font, text: string): PlacedGlyph[] {
	const placed: PlacedGlyph[] = [];
	let penUnits = 0;
	for (const word of text.split(/(?<=[ \t])/)) {
		const run = font.layout(word);
		run.glyphs.forEach((glyph, index) => {
			const position = run.positions[index];
			if (!position) return;
			placed.push({ xUnits: penUnits + position.xOffset, yUnits: position.yOffset, advance: position.xAdvance, glyph });
			penUnits += position.xAdvance;
		});
	}
	return placed;
}

const SVG_COMMANDS = { moveTo: 'M', lineTo: 'L', quadraticCurveTo: 'Q', bezierCurveTo: 'C', closePath: 'Z' } as const satisfies Record<PathCommand['command'], string>;

function outlineLine(font: Font, text: string, sizePt: number, originMm: { xMm: number; yMm: number }): string {
	const mmPerUnit = (sizePt * MM_PER_PT) / font.unitsPerEm;
	const parts: string[] = [];
	for (const glyph of shapeLine(font, text)) {
		for (const { command, args } of glyph.glyph.path.commands) {
			const points: string[] = [];
			for (let i = 0; i + 1 < args.length; i += 2) {
				// Font units grow upwards; SVG and our layout grow downwards.
				points.push(`${formatMm(originMm.xMm + (glyph.xUnits + (args[i] ?? 0)) * mmPerUnit)} ${formatMm(originMm.yMm - (glyph.yUnits + (args[i + 1] ?? 0)) * mmPerUnit)}`);
			}
			parts.push(`${SVG_COMMANDS[command]}${points.join(' ')}`);
		}
	}
	return parts.join('');
}

/** Three decimals is 1 µm: finer than any press, and it keeps the SVG small and stable. */
export function formatMm(value: number): string {
	const rounded = Math.round(value * 1000) / 1000;
	return Object.is(rounded, -0) ? '0' : String(rounded);
}
