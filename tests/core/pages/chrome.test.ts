import { describe, expect, test } from 'vitest';
import { loadTrail } from '../../../src/core/content/load-trail.ts';
import { alternatesOf } from '../../../src/core/pages/alternates.ts';
import { pageChrome } from '../../../src/core/pages/chrome.ts';
import { FIXTURE_TRAILS, PROJECT_ROOT } from '../../helpers/trail-copy.ts';

describe('pageChrome', () => {
	test('gives the site name, owner, contact and sample flag in the page language', async () => {
		const { trail } = await loadTrail({ contentDir: `${FIXTURE_TRAILS}/minimal`, cwd: PROJECT_ROOT });
		if (!trail) throw new Error('The minimal fixture does not load');
		const alternates = alternatesOf(trail.settings.baseUrl, trail.settings.languages, (lang) => `/${lang}/`);
		const chrome = pageChrome(trail, 'en', alternates);
		expect(chrome).toMatchObject({ lang: 'en', langTag: 'en', siteName: 'Test trail', trailHref: '/en/', canonical: 'https://trail.example.vn/en/', owner: 'Đoàn Thanh niên xã Thử Nghiệm', contact: { email: 'doan@trail.example.vn' }, anySample: true });
		expect(typeof chrome.t).toBe('function');
		// A language without its own site name falls back to the Vietnamese one.
		expect(pageChrome(trail, 'ko', alternates).siteName).toBe('Tuyến thử nghiệm');
	});
});
