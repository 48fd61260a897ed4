import path from 'node:path';
import { runChecks } from './checks/index.ts';
import { loadTrail, type LoadOptions, type LoadResult } from './content/load-trail.ts';
import { loadHanFont, type HanFont } from './fonts/han-font.ts';
import { loadPlaqueFonts, type PlaqueFonts } from './plaque/fonts.ts';
import { loadPlaqueLogo } from './plaque/load-logo.ts';

export interface ValidateOptions {
	contentDir: string;
	cwd: string;
	/** The plaque fonts; loaded from node_modules when not given (tests pass their own). */
	fonts?: PlaqueFonts;
	/** The Hán Nôm font of inscriptions; loaded from node_modules when not given. */
	hanFont?: Pick<HanFont, 'missingChars'>;
	/** How photos are read (see LoadOptions): the build passes one that remembers. */
	inspectPhoto?: LoadOptions['inspectPhoto'];
}

export interface Validation extends LoadResult {
	/** True when no problem is an error: the trail may be built. */
	ok: boolean;
}

/** Loads the content folder and runs every check: the one path shared by `check`, `build` and the pages. */
export async function validateContent(options: ValidateOptions): Promise<Validation> {
	const loaded = await loadTrail(options);
	const fonts = options.fonts ?? loadPlaqueFonts();
	const settingsFile = path.relative(options.cwd, path.join(options.contentDir, 'settings.yaml')).split(path.sep).join('/');
	const hanFont = options.hanFont ?? loadHanFont();
	const contentDirShown = `${path.relative(options.cwd, options.contentDir).split(path.sep).join('/') || '.'}/`;
	const { logo, problems: logoProblems } = loaded.trail ? await loadPlaqueLogo(options.contentDir, loaded.trail.settings, { settingsFile, contentDirShown }) : { logo: undefined, problems: [] };
	const trail = loaded.trail && { ...loaded.trail, logo };
	const problems = runChecks({ sites: loaded.sites, settings: loaded.trail?.settings, fonts, hanFont, settingsFile, logo, printed: loaded.printed, retired: loaded.retired, unloaded: loaded.unloaded }, [...loaded.problems, ...logoProblems]);
	const ok = trail !== undefined && !problems.some((p) => p.severity === 'error');
	return { ...loaded, trail, problems, ok };
}
