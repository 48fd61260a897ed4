import { describe, expect, test } from 'vitest';
import { checkSlugs } from '../../../src/core/checks/slugs.ts';
import { siteEntry } from './site-entry.ts';

describe('checkSlugs', () => {
	test.each([
		['Đình Đầm Hà', 'dinh-dam-ha'],
		['dinh_dam_ha', 'dinh-dam-ha'],
		['Chua-Sau', 'chua-sau'],
		['núi hứa', 'nui-hua'],
		['--thac--', 'thac'],
		['đền.cấp', 'den-cap'],
		['潭河', 'di-tich'],
	])('refuses the folder name "%s" and suggests %s', (slug, suggestion) => {
		expect(checkSlugs({ sites: [siteEntry({ slug })] })).toEqual([{ code: 'invalid-slug', severity: 'error', file: `content/sites/${slug}/`, params: { slug, suggestion } }]);
	});

	test.each(['dinh-dam-ha', 'dh01', 'chua-sau-2', 'a'])('accepts %s', (slug) => {
		expect(checkSlugs({ sites: [siteEntry({ slug })] })).toEqual([]);
	});
});
