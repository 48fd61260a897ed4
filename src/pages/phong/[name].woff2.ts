// /phong/<hash>.woff2: the Hán Nôm font subsets that pages with an inscription name in their
// @font-face, one per set of characters, named by a hash of the bytes (see core/fonts/han-font.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { inscriptionFontFiles } from '../../core/index.ts';
import { getTrail } from '../../site/trail.ts';

export const getStaticPaths = (async () => {
	const files = await inscriptionFontFiles(await getTrail());
	return files.map((file) => ({ params: { name: file.name }, props: { bytes: file.bytes } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ bytes: Uint8Array }> = ({ props }) => new Response(new Uint8Array(props.bytes), { headers: { 'Content-Type': 'font/woff2' } });
