/** The site's colours, as in the page's `theme-color` and the favicon. */
export const THEME_COLOUR = '#7a1f1f';
export const BACKGROUND_COLOUR = '#fffdf8';

export interface AppIcon {
	/** Site path, at the top level: a plaque code has no '-' or '.', so these can never shadow one. */
	path: string;
	sizePx: number;
	/**
	 * `any`: the favicon as drawn. `maskable`: the square filled with the theme colour and the
	 * drawing shrunk into the middle, since launchers cut it to a circle or squircle; the
	 * apple-touch-icon is drawn the same way, because iOS fills transparent corners with black.
	 */
	purpose: 'any' | 'maskable' | 'apple';
}

/** Home-screen icons: Android wants 192 and 512 px; iOS 180 px. */
export const APP_ICONS: readonly AppIcon[] = [
	{ path: '/icon-192.png', sizePx: 192, purpose: 'any' },
	{ path: '/icon-512.png', sizePx: 512, purpose: 'any' },
	{ path: '/icon-maskable-512.png', sizePx: 512, purpose: 'maskable' },
	{ path: '/apple-touch-icon.png', sizePx: 180, purpose: 'apple' },
];

/**
 * Share of the square the drawing takes in a full-bleed icon. A maskable icon's safe zone is the
 * circle of radius 40 % of the size; the favicon's farthest corner lies 0.46 of its size from its
 * centre, so at 0.7 it stays at 0.33, inside.
 */
export const FULL_BLEED_SCALE = 0.7;
