// The web app manifest; its icons are drawn by `npm run build` (writeIcons).
import { webManifestJson } from '../core/index.ts';
import { getTrail } from '../site/trail.ts';

export async function GET(): Promise<Response> {
	return new Response(webManifestJson((await getTrail()).settings), { headers: { 'Content-Type': 'application/manifest+json' } });
}
