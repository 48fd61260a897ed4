import { describe, expect, test } from 'vitest';
import { checkReservedCodes } from '../../../src/core/checks/codes.ts';
import { siteEntry } from './site-entry.ts';

/** A site whose code is exactly `code`, even one the schema would refuse (lower case). */
function withCode(code: string) {
	const site = siteEntry();
	return { ...site, data: { ...site.data, code } };
}

describe('checkReservedCodes', () => {
	test.each([
		['EN', '/en/'],
		['VI', '/vi/'],
		['ZH', '/zh/'],
		['KO', '/ko/'],
		['vi', '/vi/'],
		['Plaques', '/plaques/'],
		['PLAQUES', '/plaques/'],
		['ANH', '/anh/'],
		['ADMIN', '/admin/'],
		['404', '/404/'],
	])('refuses %s, which would be served at the site’s own path %s', (code, path) => {
		expect(checkReservedCodes({ sites: [withCode(code)] })).toEqual([{ code: 'code-reserved', severity: 'error', file: 'content/sites/dinh-dam-ha/vi.md', field: 'code', line: 2, column: 7, params: { code, path } }]);
	});

	test.each(['DH01', 'EN01', 'VIE', 'A404', 'ANH1', 'PLAQUE'])('accepts %s', (code) => {
		expect(checkReservedCodes({ sites: [withCode(code)] })).toEqual([]);
	});
});
