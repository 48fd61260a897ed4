// The service worker (/sw.js) that keeps the trail for reading offline; its text comes from core.
import type { APIRoute } from 'astro';
import { offlinePlan, serviceWorkerSource } from '../core/index.ts';
import { getTrail } from '../site/trail.ts';

// The sources that shape a page, as text: with the content they version the cache, so a new
// build that changes any page (code or content) gives a new cache, with no clock involved.
const sources = import.meta.glob(['/src/**/*.{astro,ts,json,css}', '/public/**/*', '/package-lock.json'], { query: '?raw', import: 'default', eager: true });

export const GET: APIRoute = async () => {
	const texts = Object.fromEntries(Object.entries(sources).map(([name, text]) => [name, String(text)]));
	const body = serviceWorkerSource(offlinePlan(await getTrail(), { sources: texts }));
	return new Response(body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
