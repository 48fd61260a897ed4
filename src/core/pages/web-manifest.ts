import { APP_ICONS, BACKGROUND_COLOUR, THEME_COLOUR } from '../images/icons.ts';
import type { Settings } from '../schema/index.ts';

export const WEB_MANIFEST_PATH = '/manifest.webmanifest';

/**
 * The web app manifest: the name and icons a phone shows for "Add to Home screen". Display is
 * "browser": the site has no offline mode, and visitors who arrive from a plaque need the
 * address bar and the share button, which "standalone" would hide.
 */
export function webManifest(settings: Pick<Settings, 'name'>) {
	return {
		name: settings.name.vi,
		short_name: settings.name.vi,
		lang: 'vi',
		start_url: '/',
		scope: '/',
		display: 'browser',
		theme_color: THEME_COLOUR,
		background_color: BACKGROUND_COLOUR,
		icons: APP_ICONS.filter((icon) => icon.purpose !== 'apple').map((icon) => ({ src: icon.path, sizes: `${icon.sizePx}x${icon.sizePx}`, type: 'image/png', purpose: icon.purpose })),
	};
}

/** The manifest file's text: deterministic, no whitespace. */
export function webManifestJson(settings: Pick<Settings, 'name'>): string {
	return JSON.stringify(webManifest(settings));
}
