import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// Every vi.md and en.md of the synthetic trail (BENCH_SITES_DIR), with a permissive schema: the
// reference measures Astro reading and rendering the Markdown, not our checks. With
// BENCH_ASTRO_IMAGES=1 the cover becomes an `image()`, so Astro's image pipeline processes it.
// The ids are the file paths (`t00001-dinh-dam-ha-1/vi`): our files have no `slug` field, which
// the glob loader would take as the id instead.
const sitesDir = process.env['BENCH_SITES_DIR'];
if (!sitesDir) throw new Error('BENCH_SITES_DIR is not set: run this reference through `npm run bench`.');
const withImages = process.env['BENCH_ASTRO_IMAGES'] === '1';

const sites = defineCollection({
	loader: glob({ pattern: '*/*.md', base: pathToFileURL(`${sitesDir}/`) }),
	schema: ({ image }) =>
		z.looseObject({
			title: z.string(),
			summary: z.string().optional(),
			cover: withImages ? z.looseObject({ src: image(), alt: z.string() }).optional() : z.unknown().optional(),
		}),
});

export const collections = { sites };
