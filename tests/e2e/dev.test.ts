import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort, stopChild, waitForPorts } from '../helpers/server-process.ts';
import { PROJECT_ROOT, removeTrailCopy, trailCopy, type TrailCopy } from '../helpers/trail-copy.ts';

// `npm run dev` on a copy of the sample: a saved edit shows on the next request, on the site page
// and on the plaque's preview (issue #6, "See it before it is published").
let copy: TrailCopy;
let origin: string;
let stop: () => Promise<void>;

beforeAll(async () => {
	copy = await trailCopy('sample');
	const port = await freePort();
	// Inside vitest, process.execPath is the Node 24 of the node@24 dev-dependency.
	const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
		cwd: PROJECT_ROOT,
		env: { ...devEnv(), DITICHSO_CONTENT: copy.content, ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	await waitForPorts([port], child, 'astro dev');
	origin = `http://127.0.0.1:${port}`;
	stop = () => stopChild(child);
	// Vite may still be bundling dependencies when the port opens; until then pages are errors.
	for (let tries = 0; tries < 240 && !(await fetch(`${origin}/vi/`).then((r) => r.ok, () => false)); tries++) await new Promise((resolve) => setTimeout(resolve, 250));
}, 90_000);

afterAll(async () => {
	await stop?.();
	if (copy) await removeTrailCopy(copy);
});

/** The environment without vitest's own variables: NODE_ENV=test and VITEST* change how Vite serves. */
function devEnv(): NodeJS.ProcessEnv {
	return Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
}

const text = async (url: string) => (await fetch(origin + url)).text();

describe('npm run dev (issue #6)', () => {
	test('shows each plaque on its own preview page, drawn from the content', async () => {
		expect(await text('/in-an/DH01/')).toContain('<img class="plaque-preview" src="/in-an/DH01.svg"');
		const svg = await fetch(`${origin}/in-an/DH01.svg`);
		expect(svg.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
		expect(await svg.text()).toMatch(/^<svg [^>]*aria-label="Đình Đầm Hà\n/);
	}, 60_000);

	test('a saved edit shows on the next request, on the page and on the plaque', async () => {
		const file = path.join(copy.content, 'sites', 'dinh-dam-ha', 'vi.md');
		await writeFile(file, (await readFile(file, 'utf8')).replace(/^title: Đình Đầm Hà$/m, 'title: Đình làng Đầm Hà'));
		let page = '';
		for (let tries = 0; tries < 40 && !page.includes('Đình làng Đầm Hà'); tries++) {
			await new Promise((resolve) => setTimeout(resolve, 250));
			page = await text('/vi/dinh-dam-ha/');
		}
		expect(page).toContain('<h1 data-speak>Đình làng Đầm Hà</h1>');
		expect(await text('/in-an/DH01.svg')).toMatch(/^<svg [^>]*aria-label="Đình làng Đầm Hà\n/);
	}, 60_000);
});
