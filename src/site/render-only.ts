import { readKeptPageList } from '../core/index.ts';

let loaded: { file: string; skip: Set<string> } | undefined;

/**
 * Whether Astro should render the page at `path` in this build. `npm run build` keeps the pages of
 * unchanged sites from earlier builds (see core's `sitePageKeys`) and names the ones it already
 * has in DITICHSO_KEPT_PAGES; every other page is rendered. A composition root, so it may read env.
 */
export function shouldRender(path: string): boolean {
	const file = process.env['DITICHSO_KEPT_PAGES'];
	if (!file) return true;
	if (loaded?.file !== file) loaded = { file, skip: readKeptPageList(file) };
	return !loaded.skip.has(path);
}
