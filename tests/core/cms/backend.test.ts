import { describe, expect, test } from 'vitest';
import { cmsBackend, LOCAL_BACKEND_URL } from '../../../src/core/index.ts';

describe('cmsBackend', () => {
	test('without settings, the editor works only with decap-server on this computer', () => {
		expect(cmsBackend({})).toEqual({ name: 'proxy', proxy_url: LOCAL_BACKEND_URL });
		expect(LOCAL_BACKEND_URL).toBe('http://localhost:8081/api/v1');
	});

	test.each([
		[{ DITICHSO_CMS_BACKEND: 'github', DITICHSO_CMS_REPO: 'doan-xa/ditichso' }, { name: 'github', repo: 'doan-xa/ditichso', branch: 'main' }],
		[{ DITICHSO_CMS_BACKEND: 'github', DITICHSO_CMS_REPO: 'doan-xa/ditichso', DITICHSO_CMS_BRANCH: 'noi-dung', DITICHSO_CMS_AUTH_URL: 'https://dang-nhap.example.vn/' }, { name: 'github', repo: 'doan-xa/ditichso', branch: 'noi-dung', base_url: 'https://dang-nhap.example.vn' }],
		[
			{ DITICHSO_CMS_BACKEND: 'gitea', DITICHSO_CMS_REPO: 'doan-xa/ditichso', DITICHSO_CMS_GITEA_URL: 'https://git.example.vn', DITICHSO_CMS_APP_ID: 'abc-123' },
			{ name: 'gitea', repo: 'doan-xa/ditichso', branch: 'main', base_url: 'https://git.example.vn', api_root: 'https://git.example.vn/api/v1', app_id: 'abc-123' },
		],
	])('%j', (settings, backend) => {
		expect(cmsBackend(settings)).toEqual(backend);
	});

	test.each([
		[{ DITICHSO_CMS_BACKEND: 'gitlab' }, 'DITICHSO_CMS_BACKEND="gitlab" is not valid: expected github or gitea.'],
		[{ DITICHSO_CMS_BACKEND: 'github' }, 'DITICHSO_CMS_REPO is not set'],
		[{ DITICHSO_CMS_BACKEND: 'github', DITICHSO_CMS_REPO: 'https://github.com/a/b' }, 'DITICHSO_CMS_REPO="https://github.com/a/b" is not valid: expected owner/name'],
		[{ DITICHSO_CMS_BACKEND: 'github', DITICHSO_CMS_REPO: 'a/b', DITICHSO_CMS_AUTH_URL: 'http://dang-nhap.example.vn' }, 'DITICHSO_CMS_AUTH_URL="http://dang-nhap.example.vn" is not valid: expected an https:// address.'],
		[{ DITICHSO_CMS_BACKEND: 'gitea', DITICHSO_CMS_REPO: 'a/b', DITICHSO_CMS_GITEA_URL: 'https://git.example.vn' }, 'DITICHSO_CMS_APP_ID is not set'],
	])('a wrong setting stops the build, naming it: %j', (settings, message) => {
		expect(() => cmsBackend(settings)).toThrow(message);
	});
});
