import { describe, expect, test } from 'vitest';
import { adminContentSecurityPolicy, contentSecurityPolicy, emptyInlineCode } from '../../../src/core/index.ts';

const SITE_POLICY = contentSecurityPolicy(emptyInlineCode(), false);

describe('adminContentSecurityPolicy', () => {
	test('local only: the site policy plus what Decap needs (eval for ajv, inline styles, blob: photos)', () => {
		expect(adminContentSecurityPolicy(SITE_POLICY, { name: 'proxy', proxy_url: 'http://localhost:8081/api/v1' })).toMatchInlineSnapshot(`"default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; media-src 'self' blob:; connect-src 'self' blob:; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"`);
	});

	test('GitHub: its API and avatars; a local decap-server when asked', () => {
		expect(adminContentSecurityPolicy(SITE_POLICY, { name: 'github', repo: 'a/b', branch: 'main' }, ['http://localhost:8081'])).toMatchInlineSnapshot(`"default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https://avatars.githubusercontent.com; font-src 'self'; media-src 'self' blob:; connect-src 'self' blob: https://api.github.com http://localhost:8081; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"`);
	});

	test('Gitea: its own origin; the site policy\'s HTTPS upgrade and hashes stay', () => {
		const policy = adminContentSecurityPolicy(`${SITE_POLICY}; upgrade-insecure-requests`, { name: 'gitea', repo: 'a/b', branch: 'main', base_url: 'https://git.example.vn', api_root: 'https://git.example.vn/api/v1', app_id: 'x' });
		expect(policy).toContain("; connect-src 'self' blob: https://git.example.vn;");
		expect(policy).toMatch(/; upgrade-insecure-requests$/);
	});
});
