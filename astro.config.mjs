// @ts-check
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
});
