// The trail as GPX for map and GPS apps, one file per language: names, descriptions and page
// links in the visitor's language, so a tap in the app opens the page they can read.
import type { APIRoute, GetStaticPaths } from 'astro';
import { trailGpx, type Lang } from '../../core/index.ts';
import { getTrail } from '../../site/trail.ts';

export const getStaticPaths = (async () => {
	const trail = await getTrail();
	return trail.settings.languages.map((lang) => ({ params: { lang }, props: { lang } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props }) =>
	new Response(trailGpx(await getTrail(), props.lang), { headers: { 'Content-Type': 'application/gpx+xml; charset=utf-8' } });
