import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { collectInlineCode, cspHash, emptyInlineCode, type InlineCode } from '../../../src/core/hosting/inline-code.ts';

/** The CSP source expression of `body`, computed here without the module. */
const sha256 = (body: string) => `'sha256-${createHash('sha256').update(Buffer.from(body, 'utf8')).digest('base64')}'`;

function inlineCodeOf(pages: Record<string, string>): InlineCode {
	const code = emptyInlineCode();
	for (const [page, html] of Object.entries(pages)) collectInlineCode(page, html, code);
	return code;
}

describe('cspHash', () => {
	test('is the quoted base64 SHA-256 of the body: alert(1), checked with openssl', () => {
		// printf 'alert(1)' | openssl dgst -sha256 -binary | base64
		expect(cspHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
	});

	test('hashes the UTF-8 bytes, whitespace and all, as the browser does', () => {
		const body = "\n\tdocument.title = 'Đình Đầm Hà';\n";
		expect(cspHash(body)).toBe(sha256(body));
		expect(cspHash(body)).not.toBe(cspHash(body.trim()));
	});
});

describe('collectInlineCode', () => {
	test('hashes an inline script and a <style>, each once however many pages repeat them', () => {
		const page = '<html><head><style>body{margin:0}</style><script>alert(1)</script></head><body><script>\nvar x = 1;\n</script></body></html>';
		const code = inlineCodeOf({ 'index.html': page, 'vi/index.html': page, 'en/index.html': page.replace('alert(1)', 'alert(2)') });
		expect([...code.scripts].sort()).toEqual([sha256('alert(1)'), sha256('alert(2)'), sha256('\nvar x = 1;\n')].sort());
		expect([...code.styles]).toEqual([sha256('body{margin:0}')]);
		expect(code.blocked).toEqual([]);
	});

	test.each([
		['JSON-LD', '<script type="application/ld+json">{"@type":"Place"}</script>'],
		['JSON data, unquoted type', '<script type=application/json>{"a":1}</script>'],
		['a script file', '<script src="/_astro/page.js"></script>'],
		['a module file', '<script type="module" src="/_astro/hoisted.js"></script>'],
	])('leaves out what never runs inline: %s', (_, html) => {
		expect([...inlineCodeOf({ 'index.html': html }).scripts]).toEqual([]);
	});

	test('hashes an inline module script, which runs', () => {
		expect([...inlineCodeOf({ 'index.html': '<script type="module">import "/x.js";</script>' }).scripts]).toEqual([sha256('import "/x.js";')]);
	});

	test.each([
		['a style attribute', 'vi/dinh-dam-ha/index.html', '<p style="color:red">x</p>', 'style'],
		['an onclick handler', 'en/index.html', '<button type="button" onclick="go()">Go</button>', 'onclick'],
		['a handler in capitals', 'index.html', '<IMG SRC="a.jpg" ONERROR="x()">', 'onerror'],
		['a style attribute on inline SVG', 'ko/index.html', '<svg><rect style="fill:red"/></svg>', 'style'],
		['an unquoted handler after other attributes', 'zh/index.html', '<a href=/vi/ class=x onmouseover=y>a</a>', 'onmouseover'],
	])('flags %s with the page it is on', (_, page, html, attribute) => {
		expect(inlineCodeOf({ [page]: `<body>${html}</body>` }).blocked).toEqual([{ page, attribute }]);
	});

	test('flags nothing that only looks like an attribute: script text, style text, data- names, words in the text', () => {
		const html = [
			'<script>el.setAttribute("style", "x"); var s = \'<div onclick="a()">\';</script>',
			'<style>.a[style]{color:red}</style>',
			'<div data-style="a" data-onclick="b" class="button">bấm onclick="x" để mở</div>',
		].join('\n');
		const code = inlineCodeOf({ 'index.html': html });
		expect(code.blocked).toEqual([]);
		expect(code.scripts.size).toBe(1);
		expect(code.styles.size).toBe(1);
	});

	test('flags every tag that has one, page by page, in order', () => {
		const code = inlineCodeOf({ 'a.html': '<p style="a">x</p><p onclick="b">y</p>', 'b.html': '<i style="c"></i>' });
		expect(code.blocked).toEqual([
			{ page: 'a.html', attribute: 'style' },
			{ page: 'a.html', attribute: 'onclick' },
			{ page: 'b.html', attribute: 'style' },
		]);
	});

	// `data-src=` and `data-type=` are not `src=` and `type=`: an inline script with them runs, so it
	// gets its hash (a hyphen is a word boundary, so `\bsrc` would have taken it for a script file).
	test('hashes an inline script that has a data-src or data-type attribute', () => {
		expect([...inlineCodeOf({ 'index.html': '<script data-src="/x">alert(1)</script>' }).scripts]).toEqual([sha256('alert(1)')]);
		expect([...inlineCodeOf({ 'index.html': '<script data-type="application/json">alert(2)</script>' }).scripts]).toEqual([sha256('alert(2)')]);
	});

	// Blocked attributes are judged by attribute name only (`style`, `on…`): an alt text or a meta
	// description written by an editor may well hold " style=" or " onsite =".
	test('does not flag words inside an attribute value', () => {
		const html = '<img src="/anh/a.jpg" alt="Bảng gỗ ghi style=chữ triện"><meta name="description" content="Mở cửa onsite =8 giờ">';
		expect(inlineCodeOf({ 'index.html': html }).blocked).toEqual([]);
	});

	// An editor's title reaches <meta content>, alt texts and data- attributes, where "<" is text: the
	// policy must not allow a script or style that only looks like one from inside a value (issue #8).
	test('hashes no "<script>" or "<style>" written inside an attribute value, an HTML comment or the <title>', () => {
		const html = [
			'<title>&lt;/title&gt; <script>alert(1)</script></title>',
			'<meta property="og:title" content="</title><script>window.__pwned=1</script>">',
			'<img src="/anh/a.jpg" alt=\'<style>*{display:none}</style>\'>',
			'<button data-title="</script><script>alert(2)</script>">x</button>',
			'<!-- <script>alert(3)</script> <style>p{}</style> -->',
			'<script>ok()</script><style>p{margin:0}</style>',
		].join('\n');
		const code = inlineCodeOf({ 'index.html': html });
		expect([...code.scripts]).toEqual([sha256('ok()')]);
		expect([...code.styles]).toEqual([sha256('p{margin:0}')]);
		expect(code.blocked).toEqual([]);
	});

	test('reads a script body to its end tag, whatever markup it holds', () => {
		const body = 'var s = \'<p onclick="x">\' + "<b>";';
		expect([...inlineCodeOf({ 'index.html': `<p>a</p><script>${body}</script><p title="x">b</p>` }).scripts]).toEqual([sha256(body)]);
	});

	test('flags a handler on a <script> or <style> element too', () => {
		expect(inlineCodeOf({ 'index.html': '<script src="/a.js" onload="x()"></script><style onload="y()">p{}</style>' }).blocked).toEqual([
			{ page: 'index.html', attribute: 'onload' },
			{ page: 'index.html', attribute: 'onload' },
		]);
	});

	// An HTML comment is never rendered, so the policy has nothing to block in it.
	test('does not flag attributes inside an HTML comment', () => {
		const html = '<!-- <p style="color:red" onclick="x()">old</p> --><p class="a">x</p>';
		expect(inlineCodeOf({ 'index.html': html }).blocked).toEqual([]);
	});
});
