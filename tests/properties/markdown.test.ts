import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../src/core/markdown/render.ts';
import type { Problem } from '../../src/core/problems/problem.ts';
import { LANGUAGES } from '../../src/core/schema/index.ts';
import { markdownBody } from './arbitraries/markdown.ts';
import { anyText, fcParams } from './arbitraries/text.ts';
import { expectSafeHtml } from './safe-html.ts';
import { expectStructured } from './structured.ts';

const FILE = 'content/sites/dinh-mau/vi.md';

describe('renderMarkdown, issue #8', () => {
	test('never throws on generated Markdown, and writes no script, no event handler and only http(s), mailto, tel or relative addresses', () => {
		fc.assert(
			fc.property(markdownBody, fc.constantFrom(...LANGUAGES), fc.integer({ min: 1, max: 500 }), (body, lang, bodyLine) => {
				const rendered = renderMarkdown(body, { lang, bodyLine });
				expectSafeHtml(rendered.html);
				for (const p of rendered.problems) expect(p.line === undefined || p.line >= bodyLine, JSON.stringify(p)).toBe(true);
				expectStructured(rendered.problems.map((p) => ({ ...p, file: FILE }) as Problem), { files: [FILE], written: [body] });
				expect(typeof rendered.inscriptionChars).toBe('string');
			}),
			fcParams(500),
		);
	});

	test('never throws on any text, and what it writes is as safe', () => {
		fc.assert(
			fc.property(anyText, (body) => {
				const rendered = renderMarkdown(body);
				expectSafeHtml(rendered.html);
				expectStructured(rendered.problems.map((p) => ({ ...p, file: FILE }) as Problem), { files: [FILE], written: [body] });
			}),
			fcParams(300),
		);
	});

	test('renders the same text to the same HTML every time', () => {
		fc.assert(
			fc.property(markdownBody, (body) => {
				expect(renderMarkdown(body).html).toBe(renderMarkdown(body).html);
			}),
			fcParams(100),
		);
	});
});

describe('expectSafeHtml, the judge of the properties above', () => {
	test.each([
		['<p><a href="https://baoquangninh.vn/x" rel="noopener">báo</a> <a href="/vi/den-cap/">đền</a> <a href="#lich-su">mục</a></p>'],
		['<p><a href="mailto:doan@trail.example.vn">thư</a> <a href="tel:+84203123456">gọi</a> <img src="anh.jpg" alt="ảnh"></p>'],
		['<table><thead><tr><th style="text-align:center">a</th></tr></thead></table><p>1 &lt; 2 &amp;&amp; &quot;x&quot;</p>'],
	])('lets through %s', (html) => {
		expectSafeHtml(html);
	});

	test.each([
		['a script', '<script>alert(1)</script>'],
		['an event handler', '<p onclick="alert(1)">x</p>'],
		['a javascript: link', '<a href="javascript:alert(1)">x</a>'],
		['a link with a tab in its scheme', '<a href="java\tscript:alert(1)">x</a>'],
		['a link with spaces before its scheme', '<a href="  JavaScript:alert(1)">x</a>'],
		['a data: image', '<img src="data:image/svg+xml,x" alt="">'],
		['a mailto: image', '<img src="mailto:x@y.vn" alt="">'],
		['a vbscript: link', '<a href="vbscript:x">x</a>'],
		['an unknown scheme', '<a href="intent://x">x</a>'],
		['a tag markdown never writes', '<iframe></iframe>'],
		['a stray <', '<p>1 < 2</p>'],
		['an entity a browser would decode', '<a href="&#106;avascript:alert(1)">x</a>'],
	])('stops %s', (_name, html) => {
		expect(() => expectSafeHtml(html)).toThrow();
	});
});
