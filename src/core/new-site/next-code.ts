import { parseFrontMatter } from '../content/front-matter.ts';
import type { LoadResult } from '../content/load-trail.ts';
import { isReservedCode } from '../links/page-path.ts';
import { CODE_PATTERN } from '../schema/code.ts';

/** The codes a new site must not take, and those whose style it follows. */
export interface KnownCodes {
	/** Codes of the sites in the content folder, parsed or not yet (a site just started still holds its code). */
	sites: readonly string[];
	/** Codes that stay promised although no site shows them: retired sites and printed plaques. */
	kept: readonly string[];
}

const LETTERS_THEN_DIGITS = /^([A-Z]*)(\d+)$/;

/**
 * The next free plaque code in the trail's own style: the most common letter prefix of the sites'
 * codes (ties go to the first in alphabetical order), one more than the highest number any code
 * with that prefix has, padded to that code's digit width (DH09 → DH10, DH9 → DH10). A code that is
 * taken (a site, a retired site, a printed plaque) or reserved by the site is skipped. Returns
 * undefined when no code of the form letters-then-digits exists to follow, or the next one would
 * be longer than 8 characters.
 */
export function nextPlaqueCode(known: KnownCodes): string | undefined {
	const taken = new Set([...known.sites, ...known.kept].map((c) => c.toUpperCase()));
	const parsed = [...taken].flatMap((code) => {
		const match = LETTERS_THEN_DIGITS.exec(code);
		return match ? [{ prefix: match[1] ?? '', digits: match[2] ?? '' }] : [];
	});
	const prefix = commonestPrefix(known.sites.length ? known.sites : known.kept);
	if (prefix === undefined) return undefined;
	const highest = parsed.filter((p) => p.prefix === prefix).reduce((best, p) => (Number(p.digits) >= Number(best.digits) ? p : best), { prefix, digits: '0' });
	for (let n = Number(highest.digits) + 1; ; n += 1) {
		const code = `${prefix}${String(n).padStart(highest.digits.length, '0')}`;
		if (!CODE_PATTERN.test(code)) return undefined;
		if (!taken.has(code) && !isReservedCode(code)) return code;
	}
}

function commonestPrefix(codes: readonly string[]): string | undefined {
	const counts = new Map<string, number>();
	for (const code of codes) {
		const prefix = LETTERS_THEN_DIGITS.exec(code.toUpperCase())?.[1];
		if (prefix !== undefined) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
	}
	return [...counts].sort(([a, ca], [b, cb]) => cb - ca || a.localeCompare(b))[0]?.[0];
}

/**
 * Every code the content folder knows: the parsed sites, the `vi.md` files that do not pass the
 * checks yet (read from their text, so two sites started in a row get different codes), the
 * retired sites and the printed register.
 */
export function knownCodes(load: Pick<LoadResult, 'sites' | 'printed' | 'retired' | 'sources'>): KnownCodes {
	const parsedFiles = new Set(load.sites.map((s) => s.file));
	const drafts = [...load.sources].filter(([file]) => file.endsWith('/vi.md') && !parsedFiles.has(file)).flatMap(([, text]) => codeInText(text));
	return {
		sites: [...load.sites.map((s) => s.data.code), ...drafts],
		kept: [...load.retired, ...load.printed].map((entry) => entry.data.code),
	};
}

function codeInText(text: string): string[] {
	const data = parseFrontMatter(text).data as { code?: unknown } | undefined;
	const code = data?.code;
	return typeof code === 'string' || typeof code === 'number' ? [String(code)] : [];
}
