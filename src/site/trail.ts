import { DitichsoError, formatReport, validateContent, type Trail } from '../core/index.ts';

/** Content mistakes found while Astro renders pages: all of them, formatted, in one error. */
export class ContentProblemsError extends DitichsoError {
	constructor(report: string) {
		super(`The content has errors; nothing was built.\n\n${report}`);
		this.name = 'ContentProblemsError';
	}
}

let cached: Promise<Trail> | undefined;

/**
 * The trail, loaded and checked once per build. The content folder comes from DITICHSO_CONTENT
 * (set by `npm run build` from `--content`), else `content/`. This is a composition root, so it may read env.
 */
export function getTrail(): Promise<Trail> {
	cached ??= load();
	return cached;
}

async function load(): Promise<Trail> {
	const contentDir = process.env['DITICHSO_CONTENT'] ?? 'content';
	const result = await validateContent({ contentDir, cwd: process.cwd() });
	if (!result.ok || !result.trail) {
		throw new ContentProblemsError(formatReport(result.problems, { lang: 'en', sources: result.sources, sites: result.siteFolders }));
	}
	return result.trail;
}
