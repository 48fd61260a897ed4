import { describe, expect, test } from 'vitest';
import { checkInscriptionGlyphs } from '../../../src/core/checks/inscriptions.ts';
import { checkMarkdownLinks } from '../../../src/core/checks/markdown-links.ts';
import { siteEntry } from './site-entry.ts';

/** A font that has every character but the ones named: a fake, not the 7 MB Noto Sans TC. */
function fontWithout(absent: string) {
	return { missingChars: (text: string) => [...new Set(text)].filter((c) => absent.includes(c)) };
}

const BODY = 'Đoạn đầu.\n\n```inscription\nNguyên văn:\n萬古英靈𡨸\nPhiên âm:\nVạn cổ anh linh\nDịch nghĩa:\nAnh linh muôn thuở\n```\n';

describe('checkInscriptionGlyphs', () => {
	test('warns at the block’s line about each character the Hán Nôm font lacks', () => {
		const site = siteEntry({ body: BODY });
		expect(checkInscriptionGlyphs({ sites: [site], hanFont: fontWithout('𡨸靈') })).toEqual([
			{ code: 'inscription-glyph-missing', severity: 'warning', file: 'content/sites/dinh-dam-ha/vi.md', line: site.bodyLine + 2, params: { chars: '"靈" (U+9748), "𡨸" (U+21A38)' } },
		]);
	});

	test('looks at translations too, and is quiet when the font has everything', () => {
		const site = siteEntry({ translations: { en: { body: BODY } } });
		expect(checkInscriptionGlyphs({ sites: [site], hanFont: fontWithout('𡨸') }).map((p) => p.file)).toEqual(['content/sites/dinh-dam-ha/en.md']);
		expect(checkInscriptionGlyphs({ sites: [siteEntry({ body: BODY })], hanFont: fontWithout('') })).toEqual([]);
	});

	test('is skipped without a font', () => {
		expect(checkInscriptionGlyphs({ sites: [siteEntry({ body: BODY })] })).toEqual([]);
	});
});

describe('checkMarkdownLinks, for inscription blocks', () => {
	test('passes on the renderer’s warning about a block that lacks a part', () => {
		const site = siteEntry({ body: '```inscription\nNguyên văn: 萬古\n```\n' });
		expect(checkMarkdownLinks({ sites: [site] })).toEqual([{ code: 'inscription-incomplete', severity: 'warning', file: 'content/sites/dinh-dam-ha/vi.md', line: site.bodyLine, params: { missing: ['reading', 'translation'] } }]);
	});
});
