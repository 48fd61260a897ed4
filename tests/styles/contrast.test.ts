import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../helpers/trail-copy.ts';

// Issue #3, "Readable outdoors": body text contrast at least 7:1 (WCAG AAA), in light and dark.

const CSS = readFileSync(path.join(PROJECT_ROOT, 'src/styles/site.css'), 'utf8');

function variables(block: string): Record<string, string> {
	return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

const light = variables(/:root\s*\{([^}]*)\}/.exec(CSS)?.[1] ?? '');
const dark = { ...light, ...variables(/prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(CSS)?.[1] ?? '') };

/** WCAG 2 relative luminance of an sRGB colour written #rrggbb. */
function luminance(hex: string): number {
	const channel = (i: number) => {
		const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

const TEXTS = ['ink', 'muted', 'accent'];
const BACKGROUNDS = ['paper', 'notice', 'sample'];

describe('colours of src/styles/site.css', () => {
	test('define every text and background colour in both schemes', () => {
		for (const name of [...TEXTS, ...BACKGROUNDS]) {
			expect(light[name], `--${name} (light)`).toMatch(/^#[0-9a-f]{6}$/);
			expect(dark[name], `--${name} (dark)`).not.toBe(light[name]);
		}
	});

	test.each(['light', 'dark'] as const)('every text colour keeps 7:1 on every background, %s scheme', (scheme) => {
		const colours = scheme === 'light' ? light : dark;
		const low = TEXTS.flatMap((text) => BACKGROUNDS.map((bg) => ({ pair: `${text} on ${bg}`, ratio: Math.round(contrast(colours[text]!, colours[bg]!) * 100) / 100 }))).filter((p) => p.ratio < 7);
		expect(low).toEqual([]);
	});
});
