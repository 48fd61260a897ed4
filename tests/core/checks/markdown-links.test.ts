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

	test('warns once for every script address an attacker would try, each at its own line (issue #8)', () => {
		const body = [
			'[a](javascript:alert(1))',
			'[b](JAVASCRIPT:alert(1))',
			'[c](java&#x09;script:alert(1))',
			'[d](vbscript:msgbox(1))',
			'[e](data:text/html;base64,PHNjcmlwdD4=)',
			'<javascript:alert(1)>',
			'[f][r]',
			'',
			'[r]: javascript:alert(2)',
		].join('\n');
		const problems = checkMarkdownLinks({ sites: [siteEntry({ body })] });
		expect(problems.map((p) => [p.line, p.code === 'unsafe-link' && p.params.url])).toEqual([
			[17, 'javascript:alert(1)'],
			[18, 'JAVASCRIPT:alert(1)'],
			[19, 'java%09script:alert(1)'],
			[20, 'vbscript:msgbox(1)'],
			[21, 'data:text/html;base64,PHNjcmlwdD4='],
			[22, 'javascript:alert(1)'],
			[23, 'javascript:alert(2)'],
		]);
		expect(problems.every((p) => p.severity === 'warning' && p.file === 'content/sites/dinh-dam-ha/vi.md')).toBe(true);
	});

	test('says nothing about an image from another server: it is shown as a link, not dropped', () => {
		const site = siteEntry({ body: '![Bản đồ](https://maps.example/dam-ha.png)\n' });
		expect(checkMarkdownLinks({ sites: [site] })).toEqual([]);
	});

	test('says nothing about ordinary links', () => {
		const site = siteEntry({ body: '[Báo Quảng Ninh](https://baoquangninh.vn/) [Chùa Sâu](../chua-sau/) [gọi](tel:+842033123456)\n' });
		expect(checkMarkdownLinks({ sites: [site] })).toEqual([]);
	});
});
