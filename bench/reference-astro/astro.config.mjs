// @ts-check
import { defineConfig } from 'astro/config';

// The plain Astro 7 reference of `npm run bench`: the same Markdown as the ditichso build, one
// page per file, nothing else. bench/references.ts sets the folders: the trail's `sites/`
// (BENCH_SITES_DIR), the output and a fresh cache for every build, so that no build reads the
// content store of the one before.
const env = process.env;
export default defineConfig({
	output: 'static',
	trailingSlash: 'always',
	build: { format: 'directory' },
	devToolbar: { enabled: false },
	...(env['BENCH_OUT_DIR'] ? { outDir: env['BENCH_OUT_DIR'] } : {}),
	...(env['BENCH_CACHE_DIR'] ? { cacheDir: env['BENCH_CACHE_DIR'], vite: { cacheDir: `${env['BENCH_CACHE_DIR']}/vite` } } : {}),
});
