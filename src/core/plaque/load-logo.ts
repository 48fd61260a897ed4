import { locateSiteFiles } from '../content/site-files.ts';
import type { Problem } from '../problems/problem.ts';
import type { Settings } from '../schema/index.ts';
import { logoToOpaquePng } from '../images/logo-png.ts';
import { pngToPlaqueLogo, type PlaqueLogo } from './logo.ts';

/**
 * Reads the owner's logo named by `settings.logo` (SVG, PNG or JPEG) from the content folder as an
 * opaque PNG on white (no transparency in the PDF), as photos are read:
 * never from outside the folder, and a decomposed (NFD) file name still matches. Returns no logo
 * and no problem when settings name none; a missing, outside or non-PNG file is an error at
 * `logo` in settings.yaml, and plaques are then drawn without it.
 */
export async function loadPlaqueLogo(
	contentDir: string,
	settings: Pick<Settings, 'logo'>,
	place: { settingsFile: string; contentDirShown: string; line?: number; column?: number },
): Promise<{ logo?: PlaqueLogo; problems: Problem[] }> {
	const src = settings.logo;
	if (src === undefined) return { problems: [] };
	const { files, status } = await locateSiteFiles(contentDir, [src], async (bytes) => {
		const png = await logoToOpaquePng(new Uint8Array(bytes));
		return png && pngToPlaqueLogo(png);
	});
	const found = files[src];
	if (found) return { logo: { png: found.png, widthPx: found.widthPx, heightPx: found.heightPx }, problems: [] };
	const base = { severity: 'error', file: place.settingsFile, field: 'logo', ...(place.line ? { line: place.line, column: place.column } : {}) } as const;
	switch (status[src]) {
		case 'outside':
			return { problems: [{ ...base, code: 'logo-outside-content-folder', params: { src, dir: place.contentDirShown } }] };
		case 'missing':
			return { problems: [{ ...base, code: 'logo-missing', params: { src, dir: place.contentDirShown } }] };
		default:
			return { problems: [{ ...base, code: 'logo-unreadable', params: { src } }] };
	}
}
