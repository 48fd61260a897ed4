import { describe, expect, test } from 'vitest';
import { checkFolderClaims } from '../../../src/core/checks/former-folders.ts';
import { parseFrontMatter, parseYaml } from '../../../src/core/content/front-matter.ts';
import type { RetiredEntry, SiteEntry } from '../../../src/core/content/trail.ts';
import { RetiredListSchema } from '../../../src/core/schema/retired.ts';
import { SiteSchema } from '../../../src/core/schema/site.ts';
import { BASE_SITE, siteEntry, toFrontMatter } from './site-entry.ts';

/**
 * A site with `formerFolders` written in its vi.md. `siteEntry` cannot write a list of plain names
 * (its YAML writer expects list items to be groups), so the list is added here, after `updated`:
 * vi.md line 17 holds the first name, at column 5.
 */
function siteWithFormerFolders(slug: string, code: string, formerFolders: string[]): SiteEntry {
	const text = toFrontMatter({ ...BASE_SITE, code }).replace(/---$/, `formerFolders:\n${formerFolders.map((f) => `  - ${f}`).join('\n')}\n---`);
	const parsed = parseFrontMatter(text);
	return { ...siteEntry({ slug, data: { code } }), data: SiteSchema.parse(parsed.data), positions: parsed.positions };
}

/** retired.yaml entries of six lines, plus one per former folder; `folder:` on the sixth line. */
function retired(...entries: Array<{ code: string; folder: string; formerFolders?: string[] }>): RetiredEntry[] {
	const yaml = entries
		.map(({ code, folder, formerFolders }) => `- code: ${code}\n  title:\n    vi: Núi Hứa\n  reason: closed\n  date: 2026-11-20\n  folder: ${folder}\n${formerFolders ? `  formerFolders: [${formerFolders.join(', ')}]\n` : ''}`)
		.join('');
	const { data, positions } = parseYaml(yaml);
	return RetiredListSchema.parse(data).map((entry, index) => ({ data: entry, file: 'content/retired.yaml', index, positions }));
}

const taken = (file: string, line: number, column: number, field: string, folder: string, otherFile: string) => ({ code: 'folder-name-taken', severity: 'error', file, line, column, field, params: { folder, otherFile } });

describe('checkFolderClaims', () => {
	test('folders, former folders and retired folders that all differ are fine', () => {
		const sites = [siteWithFormerFolders('dinh-dam-ha', 'DH01', ['dinh-cu']), siteEntry({ slug: 'cot-co', data: { code: 'DH06' } })];
		expect(checkFolderClaims({ sites, retired: retired({ code: 'DH05', folder: 'nui-hua', formerFolders: ['rung-co'] }) })).toEqual([]);
	});

	test('a former folder that is another site’s folder is an error at that former folder', () => {
		const sites = [siteEntry({ slug: 'cot-co', data: { code: 'DH06' } }), siteWithFormerFolders('dinh-dam-ha', 'DH01', ['dinh-cu', 'cot-co'])];
		expect(checkFolderClaims({ sites })).toEqual([taken('content/sites/dinh-dam-ha/vi.md', 18, 5, 'formerFolders.1', 'cot-co', 'content/sites/cot-co/vi.md')]);
	});

	test('a former folder that comes after the site holding it in trail order is still the one blamed', () => {
		const sites = [siteWithFormerFolders('dinh-dam-ha', 'DH01', ['cot-co']), siteEntry({ slug: 'cot-co', data: { code: 'DH06' } })];
		expect(checkFolderClaims({ sites })).toEqual([taken('content/sites/dinh-dam-ha/vi.md', 17, 5, 'formerFolders.0', 'cot-co', 'content/sites/cot-co/vi.md')]);
	});

	test('two sites that both claim one former folder: the second is blamed', () => {
		const sites = [siteWithFormerFolders('dinh-dam-ha', 'DH01', ['dinh-cu']), siteWithFormerFolders('cot-co', 'DH06', ['dinh-cu'])];
		expect(checkFolderClaims({ sites })).toEqual([taken('content/sites/cot-co/vi.md', 17, 5, 'formerFolders.0', 'dinh-cu', 'content/sites/dinh-dam-ha/vi.md')]);
	});

	test('a retired folder that a site of the trail uses is an error at the retired entry’s folder', () => {
		const sites = [siteEntry({ slug: 'dinh-dam-ha', data: { code: 'DH01' } })];
		expect(checkFolderClaims({ sites, retired: retired({ code: 'DH05', folder: 'dinh-dam-ha' }) })).toEqual([taken('content/retired.yaml', 6, 11, '0.folder', 'dinh-dam-ha', 'content/sites/dinh-dam-ha/vi.md')]);
	});

	test('a retired former folder that is a site’s former folder is an error at the retired entry', () => {
		const sites = [siteWithFormerFolders('dinh-dam-ha', 'DH01', ['dinh-cu'])];
		expect(checkFolderClaims({ sites, retired: retired({ code: 'DH05', folder: 'nui-hua', formerFolders: ['rung-co', 'dinh-cu'] }) })).toEqual([
			taken('content/retired.yaml', 7, 28, '0.formerFolders.1', 'dinh-cu', 'content/sites/dinh-dam-ha/vi.md'),
		]);
	});

	test('two retired entries with one folder: the second is blamed, and names retired.yaml', () => {
		expect(checkFolderClaims({ sites: [], retired: retired({ code: 'DH05', folder: 'nui-hua' }, { code: 'DH07', folder: 'nui-hua' }) })).toEqual([taken('content/retired.yaml', 12, 11, '1.folder', 'nui-hua', 'content/retired.yaml')]);
	});

	test('a folder listed among its own site’s former folders is taken by the site itself', () => {
		const sites = [siteWithFormerFolders('dinh-dam-ha', 'DH01', ['dinh-dam-ha'])];
		expect(checkFolderClaims({ sites })).toEqual([taken('content/sites/dinh-dam-ha/vi.md', 17, 5, 'formerFolders.0', 'dinh-dam-ha', 'content/sites/dinh-dam-ha/vi.md')]);
	});

	test('two live sites with one folder are left to the duplicate-folder check', () => {
		expect(checkFolderClaims({ sites: [siteEntry({ slug: 'dinh-dam-ha', data: { code: 'DH01' } }), siteEntry({ slug: 'dinh-dam-ha', data: { code: 'DH02' } })] })).toEqual([]);
	});
});
