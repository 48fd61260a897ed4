import type { SourcePos } from '../content/front-matter.ts';
import type { PrintedEntry, RetiredEntry, SiteEntry, UnloadedSite } from '../content/trail.ts';
import type { Problem } from '../problems/problem.ts';
import type { HanFont } from '../fonts/han-font.ts';
import type { PlaqueFonts } from '../plaque/fonts.ts';
import type { PlaqueLogo } from '../plaque/logo.ts';
import type { Settings } from '../schema/index.ts';

/** What every rule receives: the parsed sites, and the settings when they parsed. */
export interface CheckInput {
	sites: readonly SiteEntry[];
	settings?: Settings | undefined;
	/** The plaque fonts, for glyph and fit checks; without them those checks are skipped. */
	fonts?: PlaqueFonts | undefined;
	/** The Hán Nôm font of inscription blocks, for glyph checks; without it that check is skipped. */
	hanFont?: Pick<HanFont, 'missingChars'> | undefined;
	/** Display path of settings.yaml, for problems in site-wide texts. */
	settingsFile?: string | undefined;
	/** The owner's logo, when settings name one that could be read: it takes room on every plaque. */
	logo?: PlaqueLogo | undefined;
	/** The register of printed plaques (`printed.yaml`). */
	printed?: readonly PrintedEntry[] | undefined;
	/** Sites taken off the trail on purpose (`retired.yaml`). */
	retired?: readonly RetiredEntry[] | undefined;
	/** vi.md files that did not load: what can still be checked in them is. */
	unloaded?: readonly UnloadedSite[] | undefined;
}

export type Check = (input: CheckInput) => Problem[];

/** Where a field of vi.md sits, for messages. */
export function at(site: SiteEntry, field: string): { field: string } & Partial<SourcePos> {
	return { field, ...(site.positions.values[field] ?? site.positions.keys[field]) };
}

/** The site folder as shown in messages, with a trailing slash. */
export function folderOf(site: SiteEntry): string {
	return site.file.replace(/[^/]*$/, '');
}
