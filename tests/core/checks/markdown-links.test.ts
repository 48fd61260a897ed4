import { describe, expect, test } from 'vitest';
import { checkMarkdownLinks } from '../../../src/core/checks/markdown-links.ts';
import { siteEntry } from './site-entry.ts';

describe('checkMarkdownLinks', () => {
	test('warns about a javascript: link at its line in the .md file', () => {
		const site = siteEntry({ body: 'Đình Đầm Hà là di tích.\n\nXem [bản đồ](javascript:alert(1)) nhé.\n' });
		// The generated front matter closes on line 16, so the body starts on line 17.
		expect(site.bodyLine).toBe(17);
		expect(checkMarkdownLinks({ sites: [site] })).toEqual([{ code: 'unsafe-link', severity: 'warning', file: 'content/sites/dinh-dam-ha/vi.md', line: 19, params: { url: 'javascript:alert(1)' } }]);
	});

	test('checks translations too, in their own file', () => {
		const site = siteEntry({ translations: { en: { body: '[map](data:text/html,hi)\n' } } });
		expect(checkMarkdownLinks({ sites: [site] })).toEqual([{ code: 'unsafe-link', severity: 'warning', file: 'content/sites/dinh-dam-ha/en.md', line: 5, params: { url: 'data:text/html,hi' } }]);
	});

	test('says nothing about ordinary links', () => {
		const site = siteEntry({ body: '[Báo Quảng Ninh](https://baoquangninh.vn/) [Chùa Sâu](../chua-sau/) [gọi](tel:+842033123456)\n' });
		expect(checkMarkdownLinks({ sites: [site] })).toEqual([]);
	});
});
