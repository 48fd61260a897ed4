import type { CmsBackend } from './backend.ts';

/**
 * The Content-Security-Policy of `/admin/` alone: the site's own policy (`sitePolicy`, as
 * hosting/headers.ts writes it) plus only what Decap CMS 3 needs, each seen as a violation in
 * Chromium (tests/e2e/admin.test.ts loads the editor under this policy and saves a site):
 * - `script-src 'unsafe-eval'`: Decap validates its config with ajv, which compiles with `new Function`;
 * - `style-src 'unsafe-inline'`: the form's styles are injected at run time (emotion);
 * - `img-src blob:`, `connect-src blob:`: an uploaded photo is previewed, then read back for saving, as a blob URL
 *   (`media-src blob:` likewise for a narration);
 * - `connect-src` and `img-src` for the backend's API and its users' avatars.
 * `localBackends` are decap-server origins (`http://localhost:8081`) for a policy used on one's own computer.
 * A directive the site's policy lacks is left out: the site's `default-src` then applies.
 */
export function adminContentSecurityPolicy(sitePolicy: string, backend: CmsBackend, localBackends: readonly string[] = []): string {
	const { connect, images } = backendSources(backend);
	const extra: Readonly<Record<string, readonly string[]>> = {
		'script-src': ["'unsafe-eval'"],
		'style-src': ["'unsafe-inline'"],
		'img-src': ['blob:', ...images],
		'media-src': ['blob:'],
		'connect-src': ['blob:', ...connect, ...localBackends],
	};
	return sitePolicy
		.split(';')
		.map((directive) => directive.trim())
		.filter(Boolean)
		.map((directive) => {
			const added = extra[directive.split(/\s+/)[0] ?? ''] ?? [];
			// A hash beside 'unsafe-inline' makes browsers ignore 'unsafe-inline' (CSP Level 2 §4.2.4):
			// where it is added, the site's hashes go.
			const present = directive.split(/\s+/).filter((source) => !(added.includes("'unsafe-inline'") && /^'(?:sha\d+|nonce)-/.test(source)));
			return [...present, ...added.filter((source) => !present.includes(source))].join(' ');
		})
		.join('; ');
}

function backendSources(backend: CmsBackend): { connect: string[]; images: string[] } {
	switch (backend.name) {
		case 'github':
			return { connect: ['https://api.github.com'], images: ['https://avatars.githubusercontent.com'] };
		case 'gitea': {
			const origin = new URL(backend.base_url).origin;
			return { connect: [origin], images: [origin] };
		}
		case 'proxy':
			return { connect: [], images: [] };
	}
}
