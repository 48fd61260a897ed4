import { describe, expect, test } from 'vitest';
import { checkTrailPositions } from '../../../src/core/checks/trail-positions.ts';
import { siteEntry } from './site-entry.ts';

describe('checkTrailPositions', () => {
	test('warns about a second site at the same position, on the later file, naming the first', () => {
		const first = siteEntry({ slug: 'chua-sau', data: { trail: 3 } });
		const second = siteEntry({ slug: 'dinh-dam-ha', data: { trail: 3 } });
		const expected = [{ code: 'duplicate-trail-position', severity: 'warning', file: 'content/sites/dinh-dam-ha/vi.md', field: 'trail', ...second.positions.values['trail'], params: { position: 3, otherFile: 'content/sites/chua-sau/vi.md' } }];
		expect(checkTrailPositions({ sites: [second, first] })).toEqual(expected);
		expect(checkTrailPositions({ sites: [first, second] })).toEqual(expected);
		expect(expected[0]?.line).toBe(16);
	});

	test('sites without a position never clash', () => {
		expect(checkTrailPositions({ sites: [siteEntry({ slug: 'a' }), siteEntry({ slug: 'b' })] })).toEqual([]);
	});

	test('different positions are fine', () => {
		expect(checkTrailPositions({ sites: [siteEntry({ slug: 'a', data: { trail: 1 } }), siteEntry({ slug: 'b', data: { trail: 2 } })] })).toEqual([]);
	});
});
