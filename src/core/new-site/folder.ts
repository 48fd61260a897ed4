import type { LoadResult } from '../content/load-trail.ts';

/**
 * The file that already holds `folder` as an old page address: a site's `formerFolders` or a
 * retired site (its plaque may still hang on a wall). Undefined when the name is free. A folder
 * that exists on disk is the caller's to see.
 */
export function folderClaimedBy(folder: string, load: Pick<LoadResult, 'sites' | 'retired'>): string | undefined {
	const site = load.sites.find((s) => s.data.formerFolders?.includes(folder));
	if (site) return site.file;
	return load.retired.find(({ data }) => data.folder === folder || data.formerFolders?.includes(folder))?.file;
}
