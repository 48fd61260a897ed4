// The plaque as SVG, drawn from the content on each request: for `npm run dev` only. A build has
// the print kit's own files (/plaques/DH01.svg), so this route makes no page there.
import type { APIRoute } from 'astro';
import { loadPlaqueFonts, makeSitePlaque, renderPlaqueSvg, siteWithCode } from '../../core/index.ts';
import { getPrintKitManifest } from '../../site/print-kit.ts';
import { getTrail } from '../../site/trail.ts';

export async function getStaticPaths() {
	// `npm run build` names its print kit; only a build without one (astro dev) draws here.
	if (await getPrintKitManifest()) return [];
	const trail = await getTrail();
	return trail.sites.map((site) => ({ params: { code: site.data.code } }));
}

export const GET: APIRoute = async ({ params }) => {
	const trail = await getTrail();
	const site = siteWithCode(trail.sites, params['code'] ?? '');
	if (!site) return new Response('Not found', { status: 404 });
	const fonts = loadPlaqueFonts();
	const svg = renderPlaqueSvg(makeSitePlaque(site, trail.settings, fonts.measure, trail.logo).layout, fonts);
	return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'no-store' } });
};
