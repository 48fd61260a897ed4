import { DitichsoError, formatReport, validateContent, type Trail } from '../core/index.ts';

/** Content mistakes found while Astro renders pages: all of them, formatted, in one error. */
export class ContentProblemsError extends DitichsoError {
	constructor(report: string) {
		super(`The content has errors; nothing was built.\n\n${report}`);
		this.name = 'ContentProblemsError';
	}
}

let cached: { key: string; trail: Promise<Trail> } | undefined;

/**
 * The trail, loaded and checked once per build. The content folder comes from DITICHSO_CONTENT
 * (set by `npm run build` from `--content`), else `content/`. This is a composition root, so it may read env.
 *
 * The cache is keyed by DITICHSO_BUILD_ID as well: a second build in the same process (tests, the
 * benchmark) gets this very module back from Node's import cache, because Astro's prerender bundle
 * has the same file name when the code is unchanged, and it must not see the first build's content.
 */
export function getTrail(): Promise<Trail> {
	const contentDir = process.env['DITICHSO_CONTENT'] ?? 'content';
	const key = `${contentDir}\0${process.env['DITICHSO_BUILD_ID'] ?? ''}`;
	const handed = (globalThis as Record<symbol, HandedTrail | undefined>)[HANDED_TRAIL];
	if (cached?.key !== key) cached = { key, trail: handed?.key === key ? Promise.resolve(handed.trail) : load(contentDir) };
	return cached.trail;
}

/**
 * `npm run build` has checked the trail before Astro starts, in this same process: it leaves it
 * here under the same key, so a province's thousands of sites are not read and checked twice.
 */
export const HANDED_TRAIL = Symbol.for('ditichso.checked-trail');
export interface HandedTrail {
	key: string;
	trail: Trail;
}

async function load(contentDir: string): Promise<Trail> {
	const result = await validateContent({ contentDir, cwd: process.cwd() });
	if (!result.ok || !result.trail) {
		throw new ContentProblemsError(formatReport(result.problems, { lang: 'en', sources: result.sources, sites: result.siteFolders }));
	}
	return result.trail;
}
