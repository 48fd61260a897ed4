import { describe, expect, test } from 'vitest';
import { webManifest, webManifestJson } from '../../../src/core/pages/web-manifest.ts';
import { settings } from '../checks/site-entry.ts';

describe('webManifest', () => {
	test('names the site in Vietnamese, with the theme colours and the icons the build draws', () => {
		expect(webManifest(settings())).toMatchInlineSnapshot(`
			{
			  "background_color": "#fffdf8",
			  "display": "browser",
			  "icons": [
			    {
			      "purpose": "any",
			      "sizes": "192x192",
			      "src": "/icon-192.png",
			      "type": "image/png",
			    },
			    {
			      "purpose": "any",
			      "sizes": "512x512",
			      "src": "/icon-512.png",
			      "type": "image/png",
			    },
			    {
			      "purpose": "maskable",
			      "sizes": "512x512",
			      "src": "/icon-maskable-512.png",
			      "type": "image/png",
			    },
			  ],
			  "lang": "vi",
			  "name": "Di tích Đầm Hà",
			  "scope": "/",
			  "short_name": "Di tích Đầm Hà",
			  "start_url": "/",
			  "theme_color": "#7a1f1f",
			}
		`);
	});

	test('is written as JSON that reads back to the same manifest', () => {
		expect(JSON.parse(webManifestJson(settings()))).toEqual(webManifest(settings()));
	});
});
