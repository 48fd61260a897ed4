import { describe, expect, test } from 'vitest';
import type { RetiredEntry } from '../../../src/core/content/trail.ts';
import { folderClaimedBy } from '../../../src/core/new-site/folder.ts';
import { siteEntry } from '../checks/site-entry.ts';

describe('folderClaimedBy', () => {
	const positions = { values: {}, keys: {}, raw: {} };
	const retired: RetiredEntry[] = [{ data: { code: 'DH05', title: { vi: 'Miếu Cổ' }, reason: 'closed', date: '2026-11-20', folder: 'mieu-co', formerFolders: ['mieu-co-cu'] }, file: 'content/retired.yaml', index: 0, positions }];
	const site = siteEntry({ slug: 'thac-bach-van' });
	const sites = [{ ...site, data: { ...site.data, formerFolders: ['thac-trang'] } }];

	test.each([
		['a site’s former folder names that site’s vi.md', 'thac-trang', 'content/sites/thac-bach-van/vi.md'],
		['a retired site’s folder names retired.yaml', 'mieu-co', 'content/retired.yaml'],
		['a retired site’s former folder names retired.yaml', 'mieu-co-cu', 'content/retired.yaml'],
		['a current folder is left to the caller, who sees it on disk', 'thac-bach-van', undefined],
		['a free name gives nothing', 'dinh-tan-binh', undefined],
	])('%s', (_name, folder, expected) => {
		expect(folderClaimedBy(folder, { sites, retired })).toBe(expected);
	});
});
