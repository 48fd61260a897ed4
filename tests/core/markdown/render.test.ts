import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../../src/core/markdown/render.ts';

describe('renderMarkdown', () => {
	test('renders paragraphs, emphasis and lists', () => {
		const { html, problems } = renderMarkdown('Đình thờ **Thành hoàng** làng.\n\n- Lễ hội\n- Hội làng');
		expect(html).toMatchInlineSnapshot(`
			"<p>Đình thờ <strong>Thành hoàng</strong> làng.</p>
			<ul>
			<li>Lễ hội</li>
			<li>Hội làng</li>
			</ul>
			"
		`);
		expect(problems).toEqual([]);
	});

	test('starts the body outline at <h2>, because the page owns <h1>', () => {
		expect(renderMarkdown('# Lịch sử\n\n## Kiến trúc').html).toMatchInlineSnapshot(`
			"<h2>Lịch sử</h2>
			<h3>Kiến trúc</h3>
			"
		`);
		expect(renderMarkdown('## Lịch sử\n\nĐoạn.\n\n### Kiến trúc').html).toMatchInlineSnapshot(`
			"<h2>Lịch sử</h2>
			<p>Đoạn.</p>
			<h3>Kiến trúc</h3>
			"
		`);
	});

	test('closes up levels the editor skipped, so the outline never jumps (h2 → h4)', () => {
		expect(renderMarkdown('## Lịch sử\n\n#### Chi tiết\n\n## Lễ hội\n\n###### Ngày hội').html).toMatchInlineSnapshot(`
			"<h2>Lịch sử</h2>
			<h3>Chi tiết</h3>
			<h2>Lễ hội</h2>
			<h3>Ngày hội</h3>
			"
		`);
	});

	test('shows a pasted <script> as text, never as a tag (the hostile-input issue)', () => {
		const { html, problems } = renderMarkdown('Trước\n\n<script>alert("x")</script>\n\nSau <img src=x onerror=alert(1)>');
		expect(html).toMatchInlineSnapshot(`
			"<p>Trước</p>
			<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>
			<p>Sau &lt;img src=x onerror=alert(1)&gt;</p>
			"
		`);
		expect(problems).toEqual([]);
	});

	test('leaves quotes, dashes and bare URLs as typed', () => {
		expect(renderMarkdown('"Đình" -- xem https://damha.example.vn').html).toMatchInlineSnapshot(`
			"<p>&quot;Đình&quot; -- xem https://damha.example.vn</p>
			"
		`);
	});

	test('keeps http, https, mailto, tel, relative and # links; external ones get rel="noopener"', () => {
		const body = [
			'[Báo Quảng Ninh](https://baoquangninh.vn/a) [http](http://example.vn)',
			'[thư](mailto:doan@example.vn) [gọi](tel:+842033123456)',
			'[Núi Hứa](../nui-hua-rung-co/) [phần 2](#kien-truc) [//](//example.vn/x)',
		].join('\n');
		const { html, problems } = renderMarkdown(body);
		expect(html).toMatchInlineSnapshot(`
			"<p><a href="https://baoquangninh.vn/a" rel="noopener">Báo Quảng Ninh</a> <a href="http://example.vn" rel="noopener">http</a>
			<a href="mailto:doan@example.vn">thư</a> <a href="tel:+842033123456">gọi</a>
			<a href="../nui-hua-rung-co/">Núi Hứa</a> <a href="#kien-truc">phần 2</a> <a href="//example.vn/x" rel="noopener">//</a></p>
			"
		`);
		expect(problems).toEqual([]);
	});

	test('keeps images from the site itself', () => {
		expect(renderMarkdown('![Cổng đình](cong-dinh.jpg) ![Bia](/anh/bia.jpg)').html).toMatchInlineSnapshot(`
			"<p><img src="cong-dinh.jpg" alt="Cổng đình"> <img src="/anh/bia.jpg" alt="Bia"></p>
			"
		`);
	});

	test('turns an image from another server into a link to it, so the page loads nothing from elsewhere (issue #8)', () => {
		const { html, problems } = renderMarkdown('![Ảnh](https://example.vn/a.jpg) ![](http://example.vn/b.jpg)\n![*Bia* `đá`](https://example.vn/c.jpg "tiêu đề")');
		expect(html).toMatchInlineSnapshot(`
			"<p><a href="https://example.vn/a.jpg" rel="noopener">Ảnh</a> <a href="http://example.vn/b.jpg" rel="noopener">http://example.vn/b.jpg</a>
			<a href="https://example.vn/c.jpg" rel="noopener"><em>Bia</em> <code>đá</code></a></p>
			"
		`);
		expect(problems).toEqual([]);
	});

	test.each([
		['protocol-relative', '![x](//evil.example/a.png)', '//evil.example/a.png'],
		['slash and backslash', '![x](/\\evil.example/a.png)', '/%5Cevil.example/a.png'],
		['leading spaces in angle brackets', '![x](<  //evil.example/a.png>)', '//evil.example/a.png'],
		['mixed-case scheme', '![x](HtTpS://evil.example/a.png)', 'HtTpS://evil.example/a.png'],
	])('an image on another server written as %s is a link, never an <img>', (_name, body, href) => {
		const { html } = renderMarkdown(body);
		expect(html).not.toContain('<img');
		expect(html).toBe(`<p><a href="${href}" rel="noopener">x</a></p>\n`);
	});

	test('an image from another server inside a link is its alt text, since a link cannot hold another', () => {
		expect(renderMarkdown('[![Bản đồ](https://evil.example/map.png)](https://maps.example/) [![Cổng](https://evil.example/c.png)](javascript:x)').html).toMatchInlineSnapshot(`
			"<p><a href="https://maps.example/" rel="noopener">Bản đồ</a> <a href="https://evil.example/c.png" rel="noopener">Cổng</a></p>
			"
		`);
	});

	test('escapes quotes in alt texts and titles, so no text becomes an attribute', () => {
		expect(renderMarkdown('![a" onerror="alert(1)](cong.jpg "t\\" onload=\\"alert(1)") [b](https://example.vn "t\\" onclick=\\"alert(1)")').html).toMatchInlineSnapshot(`
			"<p><img src="cong.jpg" alt="a&quot; onerror=&quot;alert(1)" title="t&quot; onload=&quot;alert(1)"> <a href="https://example.vn" title="t&quot; onclick=&quot;alert(1)" rel="noopener">b</a></p>
			"
		`);
	});

	test('drops an unsafe link but keeps its text', () => {
		const { html, problems } = renderMarkdown('Xem [trang này](javascript:alert(1)) nhé.', { bodyLine: 8 });
		expect(html).toMatchInlineSnapshot(`
			"<p>Xem trang này nhé.</p>
			"
		`);
		expect(problems).toEqual([{ code: 'unsafe-link', severity: 'warning', line: 8, params: { url: 'javascript:alert(1)' } }]);
	});

	test('drops an unsafe image but keeps its alt text', () => {
		const { html, problems } = renderMarkdown('![Bản đồ](data:image/png;base64,iVBORw0KGgo=)');
		expect(html).toMatchInlineSnapshot(`
			"<p>Bản đồ</p>
			"
		`);
		expect(problems).toEqual([{ code: 'unsafe-link', severity: 'warning', line: 1, params: { url: 'data:image/png;base64,iVBORw0KGgo=' } }]);
	});

	test('drops the unsafe link around an image, keeping the image', () => {
		const { html, problems } = renderMarkdown('[![Cổng](cong.jpg)](vbscript:msgbox)');
		expect(html).toMatchInlineSnapshot(`
			"<p><img src="cong.jpg" alt="Cổng"></p>
			"
		`);
		expect(problems.map((p) => (p.code === 'unsafe-link' ? p.params.url : p.code))).toEqual(['vbscript:msgbox']);
	});

	// Every variant sits on body line 3 (after two lines of text); the body starts on file line 10.
	test.each([
		['plain', '[x](javascript:alert(1))', 'javascript:alert(1)'],
		['mixed case', '[x](JaVaScRiPt:alert(1))', 'JaVaScRiPt:alert(1)'],
		['entity for a letter', '[x](&#106;avascript:alert(1))', 'javascript:alert(1)'],
		['hex entity for a letter', '[x](&#x4A;avascript:alert(1))', 'Javascript:alert(1)'],
		['entity for the colon', '[x](javascript&colon;alert(1))', 'javascript:alert(1)'],
		['entity tab inside the scheme', '[x](java&#x09;script:alert(1))', 'java%09script:alert(1)'],
		['entity newline inside the scheme', '[x](java&#10;script:alert(1))', 'java%0Ascript:alert(1)'],
		['leading spaces', '[x](   javascript:alert(1))', 'javascript:alert(1)'],
		['leading tab in angle brackets', '[x](<\tjavascript:alert(1)>)', 'javascript:alert(1)'],
		['leading newline', '[x](\njavascript:alert(1))', 'javascript:alert(1)'],
		['leading entity space', '[x](&#32;javascript:alert(1))', 'javascript:alert(1)'],
		['percent-encoded tab', '[x](java%09script:alert(1))', 'java%09script:alert(1)'],
		['vbscript', '[x](vbscript:msgbox(1))', 'vbscript:msgbox(1)'],
		['data', '[x](data:text/html;base64,PHNjcmlwdD4=)', 'data:text/html;base64,PHNjcmlwdD4='],
		['data image as a link', '[x](data:image/png;base64,iVBO)', 'data:image/png;base64,iVBO'],
		['file', '[x](file:///C:/Windows/win.ini)', 'file:///C:/Windows/win.ini'],
		['another scheme', '[x](ftp://example.vn/a)', 'ftp://example.vn/a'],
		['autolink', '<javascript:alert(1)>', 'javascript:alert(1)'],
		['reference definition', '[x][r]\n\n[r]: javascript:alert(1)', 'javascript:alert(1)'],
		['image', '![x](javascript:alert(1))', 'javascript:alert(1)'],
		['image, mixed case', '![x](VBScript:msgbox(1))', 'VBScript:msgbox(1)'],
		['image, data', '![x](data:image/svg+xml;base64,PHN2Zz4=)', 'data:image/svg+xml;base64,PHN2Zz4='],
		['image, mailto', '![x](mailto:a@example.vn)', 'mailto:a@example.vn'],
	])('drops a bad scheme: %s', (_name, link, url) => {
		const { html, problems } = renderMarkdown(`Dòng một\nDòng hai\nXem ${link}`, { bodyLine: 10 });
		expect(html).not.toMatch(/<a |<img /);
		expect(html).not.toMatch(/href|src=/);
		expect(problems).toEqual([{ code: 'unsafe-link', severity: 'warning', line: 12, params: { url } }]);
	});

	test('places each warning on its own file line, in lists, quotes and tables', () => {
		const body = [
			'# Tiêu đề', // 1
			'', // 2
			'Đoạn văn dài', // 3
			'tiếp tục [a](javascript:a)', // 4
			'', // 5
			'- mục', // 6
			'  còn [b](javascript:b)', // 7
			'', // 8
			'> [c](javascript:c)', // 9
			'', // 10
			'| cột | cột |', // 11
			'| --- | --- |', // 12
			'| [d](javascript:d) | x |', // 13
			'| y | [e](javascript:e) |', // 14
		].join('\n');
		const { problems } = renderMarkdown(body, { bodyLine: 1 });
		expect(problems.map((p) => [p.code === 'unsafe-link' ? p.params.url : p.code, p.line])).toEqual([
			['javascript:a', 4],
			['javascript:b', 7],
			['javascript:c', 9],
			['javascript:d', 13],
			['javascript:e', 14],
		]);
	});

	test('counts lines from 1 when bodyLine is not given', () => {
		expect(renderMarkdown('\n\n[x](javascript:x)').problems[0]?.line).toBe(3);
	});

	test('does not treat a colon later in a relative link as a scheme', () => {
		const { html, problems } = renderMarkdown('[x](anh/12:30.jpg) [y](?a=b:c)');
		expect(html).toMatchInlineSnapshot(`
			"<p><a href="anh/12:30.jpg">x</a> <a href="?a=b:c">y</a></p>
			"
		`);
		expect(problems).toEqual([]);
	});

	test('renders an empty body as empty HTML', () => {
		expect(renderMarkdown('')).toEqual({ html: '', problems: [], inscriptionChars: '', inscriptions: [] });
	});
});
