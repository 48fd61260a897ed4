import { describe, expect, test } from 'vitest';
import { inscriptionCharacters, inscriptionToHtml, parseInscription } from '../../../src/core/markdown/inscription.ts';
import { renderMarkdown } from '../../../src/core/markdown/render.ts';

const COUPLET = ['Câu đối trước cửa đình', 'Nguyên văn:', '國泰民安千載福', '風調雨順萬年春', 'Phiên âm:', 'Quốc thái dân an thiên tải phúc', 'Phong điều vũ thuận vạn niên xuân', 'Dịch nghĩa:', 'Nước thịnh dân yên, nghìn năm phúc', 'Gió hòa mưa thuận, vạn năm xuân'].join('\n');

describe('parseInscription', () => {
	test('splits the caption and the three parts at their label lines', () => {
		expect(parseInscription(COUPLET)).toEqual({
			caption: ['Câu đối trước cửa đình'],
			parts: {
				original: ['國泰民安千載福', '風調雨順萬年春'],
				reading: ['Quốc thái dân an thiên tải phúc', 'Phong điều vũ thuận vạn niên xuân'],
				translation: ['Nước thịnh dân yên, nghìn năm phúc', 'Gió hòa mưa thuận, vạn năm xuân'],
			},
			missing: [],
		});
	});

	test.each([
		['phien am:', 'reading'],
		['PHIÊN ÂM :', 'reading'],
		['Reading:', 'reading'],
		['Chữ Hán:', 'original'],
		['原文：', 'original'],
		['Translation:', 'translation'],
		['번역:', 'translation'],
	])('knows the label %s with or without accents, in any case', (label, part) => {
		expect(Object.keys(parseInscription(`${label}\nx`).parts)).toEqual([part]);
	});

	test('takes text written on the label line itself', () => {
		expect(parseInscription('Nguyên văn: 萬古英靈\nPhiên âm: Vạn cổ anh linh\nDịch nghĩa: Anh linh muôn thuở').parts).toEqual({ original: ['萬古英靈'], reading: ['Vạn cổ anh linh'], translation: ['Anh linh muôn thuở'] });
	});

	test('keeps a colon inside the text, and a line that only looks like a label', () => {
		const parsed = parseInscription('Bia dựng năm 1943: mặt trước\nNguyên văn:\n子曰：學而時習之');
		expect(parsed.caption).toEqual(['Bia dựng năm 1943: mặt trước']);
		expect(parsed.parts.original).toEqual(['子曰：學而時習之']);
	});

	test('lists the parts left out, in reading order', () => {
		expect(parseInscription('Phiên âm:\nVạn cổ anh linh').missing).toEqual(['original', 'translation']);
		expect(parseInscription('Nguyên văn:\n\nPhiên âm:\nx\nDịch nghĩa:\ny').missing).toEqual(['original']);
		expect(parseInscription('').missing).toEqual(['original', 'reading', 'translation']);
	});
});

describe('inscriptionToHtml', () => {
	test('labels the parts in the text language; the original is traditional Chinese, the reading Vietnamese', () => {
		expect(inscriptionToHtml(parseInscription(COUPLET), 'en')).toMatchInlineSnapshot(`
			"<figure class="inscription">
			<figcaption>Câu đối trước cửa đình</figcaption>
			<dl>
			<div><dt>Original</dt><dd class="ins-han" lang="zh-Hant"><p>國泰民安千載福<br>風調雨順萬年春</p></dd></div>
			<div><dt>Sino-Vietnamese reading</dt><dd lang="vi"><p>Quốc thái dân an thiên tải phúc<br>Phong điều vũ thuận vạn niên xuân</p></dd></div>
			<div><dt>Translation</dt><dd><p>Nước thịnh dân yên, nghìn năm phúc<br>Gió hòa mưa thuận, vạn năm xuân</p></dd></div>
			</dl>
			</figure>
			"
		`);
	});

	test('gives the reading no lang of its own in Vietnamese text, and splits paragraphs at blank lines', () => {
		const html = inscriptionToHtml(parseInscription('Nguyên văn:\n甲\n\n乙\nPhiên âm:\nGiáp\n\nẤt\nDịch nghĩa:\nMột'), 'vi');
		expect(html).toContain('<div><dt>Phiên âm</dt><dd><p>Giáp</p><p>Ất</p></dd></div>');
		expect(html).toContain('<dd class="ins-han" lang="zh-Hant"><p>甲</p><p>乙</p></dd>');
		expect(html).not.toContain('figcaption');
	});

	test('escapes what the editor wrote: a block can never add markup', () => {
		const html = inscriptionToHtml(parseInscription('<b>"x" & y</b>\nNguyên văn:\n<script>alert(1)</script>'), 'vi');
		expect(html).toContain('<figcaption>&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;</figcaption>');
		expect(html).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
		expect(html).not.toContain('<script>');
	});
});

describe('inscriptionCharacters', () => {
	test('gives each character of the originals once, in code-point order, without spaces', () => {
		const a = parseInscription('Nguyên văn:\n萬古 英靈\n英靈');
		const b = parseInscription('Nguyên văn: 古廟，萬年\nPhiên âm: Cổ miếu');
		expect(inscriptionCharacters([a, b])).toBe('古年廟英萬靈，');
		expect(inscriptionCharacters([])).toBe('');
	});
});

describe('renderMarkdown with inscriptions', () => {
	test('renders an ```inscription block in place and reports the characters its original uses', () => {
		const { html, problems, inscriptionChars } = renderMarkdown(`## Câu đối\n\n\`\`\`inscription\n${COUPLET}\n\`\`\`\n\nĐoạn sau.\n`);
		expect(html).toMatch(/^<h2>Câu đối<\/h2>\n<figure class="inscription">[\s\S]*<\/figure>\n<p>Đoạn sau.<\/p>\n$/);
		expect(inscriptionChars).toBe('千國安年春民泰福萬調載雨順風');
		expect(problems).toEqual([]);
	});

	test('merges the characters of every block on the page', () => {
		const body = '```inscription\nNguyên văn: 萬古\n```\n\n```inscription\nNguyên văn: 古廟\n```\n';
		const { inscriptionChars, inscriptions } = renderMarkdown(body, { bodyLine: 5 });
		expect(inscriptions).toEqual([{ line: 5, chars: '古萬' }, { line: 9, chars: '古廟' }]);
		expect(inscriptionChars).toBe('古廟萬');
	});

	test('warns at the block’s first line when a part is missing, and still renders the rest', () => {
		const { html, problems, inscriptions } = renderMarkdown('Đoạn đầu.\n\n```inscription\nNguyên văn:\n萬古英靈\n```\n', { bodyLine: 20 });
		expect(problems).toEqual([{ code: 'inscription-incomplete', severity: 'warning', line: 22, params: { missing: ['reading', 'translation'] } }]);
		expect(inscriptions).toEqual([{ line: 22, chars: '古英萬靈' }]);
		expect(html).toContain('<dd class="ins-han" lang="zh-Hant"><p>萬古英靈</p></dd>');
	});

	test('leaves other fenced blocks as code', () => {
		const { html, inscriptionChars } = renderMarkdown('```\nNguyên văn:\n萬\n```\n');
		expect(html).toBe('<pre><code>Nguyên văn:\n萬\n</code></pre>\n');
		expect(inscriptionChars).toBe('');
	});
});
