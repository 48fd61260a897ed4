// @ts-check
import path from 'node:path';
import { defineConfig } from 'astro/config';

// Static output only: plaques point at plain files that any host can serve for ten years.
// Pages read content through src/core (not content collections), so `npm run check` and the
// build share one schema and one set of messages.
export default defineConfig({
	output: 'static',
	trailingSlash: 'always',
	build: {
		format: 'directory',
		// One request for the whole page on weak signal: the stylesheet is small, so inline it.
		inlineStylesheets: 'always',
	},
	devToolbar: { enabled: false },
	integrations: [contentReload()],
});

/**
 * `npm run dev`: the content folder is not imported by any module, so Vite does not see it change.
 * Watch it, and on every save give src/site/trail.ts a new build id (it then reads the trail
 * again) and reload the open pages, plaque previews included.
 * @returns {import('astro').AstroIntegration}
 */
function contentReload() {
	return {
		name: 'ditichso-content-reload',
		hooks: {
			'astro:server:setup': ({ server }) => {
				const contentDir = path.resolve(process.env['DITICHSO_CONTENT'] ?? 'content');
				let edits = 0;
				/** @param {string} file */
				const changed = (file) => {
	if (!path.resolve(file).startsWith(contentDir + path.sep)) return;
					process.env['DITICHSO_BUILD_ID'] = `dev-${++edits}`;
					server.ws.send({ type: 'full-reload' });
				};
				server.watcher.add(contentDir);
				for (const event of ['add', 'change', 'unlink']) server.watcher.on(event, changed);
			},
		},
	};
}
