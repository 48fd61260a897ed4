/**
 * Where the online editor saves: a GitHub or Gitea repository, named by the site's owner through
 * build-time settings (`DITICHSO_CMS_*`, read by the page that builds `/admin/`). Without them
 * the editor works only on one's own computer, through decap-server (`npm run edit`).
 */
import { DitichsoError } from '../errors.ts';

export type CmsBackend =
	/** GitHub, logging in through an OAuth proxy at `base_url` (GitHub's own login needs a secret kept on a server). */
	| { name: 'github'; repo: string; branch: string; base_url?: string }
	/** Gitea (1.20 or later) or Forgejo, logging in from the browser with PKCE: no server of our own. */
	| { name: 'gitea'; repo: string; branch: string; base_url: string; api_root: string; app_id: string }
	/** Only decap-server on this computer; the online editor is not set up. */
	| { name: 'proxy'; proxy_url: string };

/** Where `npm run edit` starts decap-server, and where the editor looks for it by default. */
export const LOCAL_BACKEND_PORT = 8081;
export const LOCAL_BACKEND_URL = `http://localhost:${LOCAL_BACKEND_PORT}/api/v1`;

/** The build-time settings, by name: `DITICHSO_CMS_BACKEND=github`, … */
export const CMS_SETTINGS = ['DITICHSO_CMS_BACKEND', 'DITICHSO_CMS_REPO', 'DITICHSO_CMS_BRANCH', 'DITICHSO_CMS_AUTH_URL', 'DITICHSO_CMS_GITEA_URL', 'DITICHSO_CMS_APP_ID'] as const;
export type CmsSettings = Readonly<Partial<Record<(typeof CMS_SETTINGS)[number], string>>>;

const REPO = /^[\w.-]+\/[\w.-]+$/;

/**
 * The backend the settings name. No `DITICHSO_CMS_BACKEND` gives the local-only backend; a
 * setting that is missing or wrong throws, naming it, so a broken editor is never published.
 */
export function cmsBackend(settings: CmsSettings): CmsBackend {
	const name = settings.DITICHSO_CMS_BACKEND?.trim();
	if (!name) return { name: 'proxy', proxy_url: LOCAL_BACKEND_URL };
	if (name !== 'github' && name !== 'gitea') throw settingError('DITICHSO_CMS_BACKEND', name, 'github or gitea');
	const repo = required(settings, 'DITICHSO_CMS_REPO');
	if (!REPO.test(repo)) throw settingError('DITICHSO_CMS_REPO', repo, 'owner/name, e.g. doan-thanh-nien/ditichso');
	const branch = settings.DITICHSO_CMS_BRANCH?.trim() || 'main';
	if (name === 'github') {
		const auth = settings.DITICHSO_CMS_AUTH_URL?.trim();
		return { name, repo, branch, ...(auth ? { base_url: httpsUrl('DITICHSO_CMS_AUTH_URL', auth) } : {}) };
	}
	const gitea = httpsUrl('DITICHSO_CMS_GITEA_URL', required(settings, 'DITICHSO_CMS_GITEA_URL'));
	return { name, repo, branch, base_url: gitea, api_root: `${gitea}/api/v1`, app_id: required(settings, 'DITICHSO_CMS_APP_ID') };
}

function required(settings: CmsSettings, name: (typeof CMS_SETTINGS)[number]): string {
	const value = settings[name]?.trim();
	if (!value) throw new DitichsoError(`${name} is not set, and DITICHSO_CMS_BACKEND=${settings.DITICHSO_CMS_BACKEND} needs it. See "Edit in the browser" in the README.`);
	return value;
}

function httpsUrl(name: string, value: string): string {
	const url = URL.canParse(value) ? new URL(value) : undefined;
	if (url?.protocol !== 'https:') throw settingError(name, value, 'an https:// address');
	return url.href.replace(/\/+$/, '');
}

function settingError(name: string, value: string, expected: string): DitichsoError {
	return new DitichsoError(`${name}="${value}" is not valid: expected ${expected}. See "Edit in the browser" in the README.`);
}
