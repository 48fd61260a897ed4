// /robots.txt: crawl everything; the sitemap lists every page in every language.
import { robotsTxt } from '../core/index.ts';
import { getTrail } from '../site/trail.ts';

export async function GET(): Promise<Response> {
	return new Response(robotsTxt((await getTrail()).settings), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
