// /sitemap.xml: every page in every language, with its language alternates.
import { sitemapXml } from '../core/index.ts';
import { getTrail } from '../site/trail.ts';

export async function GET(): Promise<Response> {
	return new Response(sitemapXml(await getTrail()), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
