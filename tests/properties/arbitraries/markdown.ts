/** Markdown bodies for the properties (issue #8): links with every scheme trick, raw HTML, entities, lists, tables, fences, inscriptions. */
import fc from 'fast-check';
import { hostileChar, hostileText, longLine } from './text.ts';

const SCHEMES = ['javascript', 'JaVaScRiPt', 'vbscript', 'VBScript', 'data', 'DATA', 'file', 'http', 'https', 'HTTPS', 'mailto', 'tel', 'ftp', 'blob', 'about', 'intent', 'chrome', 'ms-its', 'jar', 'view-source', 'ws', 'x-y+z.1'];
const SCHEME_NOISE = ['', ' ', '\t', '\n', '\u0000', '\u0001', '%09', '%0a', '%00', '%20', '&#x09;', '&Tab;', '&NewLine;', '&#0;', '\u200b', '\u00a0', '\\'];

/** Link and image addresses: allowed and forbidden schemes, spelt with entities, controls and case tricks, and relative paths. */
export const url: fc.Arbitrary<string> = fc.oneof(
	{
		weight: 4,
		arbitrary: fc
			.tuple(fc.constantFrom(...SCHEME_NOISE), fc.constantFrom(...SCHEMES), fc.constantFrom(...SCHEME_NOISE), fc.integer({ min: 0, max: 4 }), fc.constantFrom(':', '&colon;', '&#58;', '&#x3A;', '%3A', '：'), fc.constantFrom('alert(1)', '//example.com/x', 'text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'a@b.vn', '+84123', '', '%0aalert(1)'))
			.map(([before, scheme, inside, at, colon, rest]) => `${before}${scheme.slice(0, at)}${inside}${scheme.slice(at)}${colon}${rest}`),
	},
	{ weight: 2, arbitrary: fc.constantFrom('/duong-dan', './anh.jpg', '../x', '#lich-su', '?q=1', '//evil.example', '', 'cover.jpg', 'https://baoquangninh.vn/a?b=c&d=e', 'mailto:doan@trail.example.vn', 'tel:+84203123456', 'java&#115;cript:alert(1)', 'jav&#x09;ascript:alert(1)', '&#106;avascript:alert(1)', 'javascript&colon;alert(1)', 'javascript&#x3a;alert(1)', 'j\navascript:alert(1)') },
	{ weight: 1, arbitrary: fc.tuple(fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9+.-]{0,8}$/), hostileText(10)).map(([scheme, rest]) => `${scheme}:${rest}`) },
	{ weight: 1, arbitrary: hostileText(20) },
);

/** A link destination as written: bare, in <angle brackets>, with a title. */
const destination: fc.Arbitrary<string> = fc.tuple(url, fc.constantFrom('bare', 'angle', 'title')).map(([u, form]) => (form === 'angle' ? `<${u}>` : form === 'title' ? `${u} "tiêu đề"` : u));

const RAW_HTML = [
	'<script>alert(1)</script>', '<SCRIPT SRC=//x.example/x.js></SCRIPT>', '<scr<script>ipt>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">x</a>', '<div onclick="alert(1)">x</div>',
	'<svg onload=alert(1)>', '<iframe src="javascript:alert(1)"></iframe>', '<object data="data:text/html,x"></object>', '<style>body{}</style>', '<!-- comment -->', '<![CDATA[x]]>', '<?php x ?>', '<b>đậm</b>',
	'<a href=x>', '</p>', '<br/>', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>', '<details open ontoggle=alert(1)>', '<base href="javascript:/">', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
];
const ENTITIES = ['&amp;', '&lt;script&gt;', '&#106;', '&#x6A;', '&colon;', '&Tab;', '&nbsp;', '&#0;', '&#xD800;', '&#1114112;', '&#x110000;', '&bogus;', '&', '&#', '&#x;', '&quot;', '&apos;'];

const inline: fc.Arbitrary<string> = fc.letrec<{ inline: string; span: string }>((tie) => ({
	inline: fc.array(tie('span'), { minLength: 1, maxLength: 5 }).map((parts) => parts.join('')),
	span: fc.oneof(
		{ maxDepth: 3, depthIdentifier: 'md-inline' },
		{ weight: 6, arbitrary: hostileText(15) },
		{ weight: 2, arbitrary: fc.constantFrom('Đình Mẫu', 'thờ Thành hoàng', ' ', 'chữ Hán 漢字') },
		{ weight: 1, arbitrary: fc.tuple(fc.constantFrom('*', '**', '_', '__', '~~', '`', '``'), tie('inline')).map(([mark, s]) => `${mark}${s}${mark}`) },
		{ weight: 3, arbitrary: fc.tuple(tie('inline'), destination).map(([label, dest]) => `[${label}](${dest})`) },
		{ weight: 2, arbitrary: fc.tuple(fc.string({ unit: hostileChar, maxLength: 8 }), destination).map(([alt, dest]) => `![${alt}](${dest})`) },
		{ weight: 1, arbitrary: fc.tuple(fc.string({ unit: hostileChar, maxLength: 5 }), destination, destination).map(([alt, img, link]) => `[![${alt}](${img})](${link})`) },
		{ weight: 1, arbitrary: url.map((u) => `<${u}>`) },
		{ weight: 1, arbitrary: fc.constantFrom('[ref]', '[ref][]', '[x][ref]', '![ref]', '[^1]') },
		{ weight: 1, arbitrary: fc.constantFrom(...RAW_HTML) },
		{ weight: 1, arbitrary: fc.constantFrom(...ENTITIES) },
		{ weight: 1, arbitrary: fc.constantFrom('  \n', '\\\n', '\n') },
	),
})).inline;

const INSCRIPTION_LABELS = ['Nguyên văn', 'Chữ Hán', 'Phiên âm', 'Dịch nghĩa', 'Original', 'Reading', 'Translation', '原文', '讀音', '번역', 'nguyen van', 'Phiên  âm', 'Dich'];

const block: fc.Arbitrary<string> = fc.letrec<{ block: string; list: string }>((tie) => ({
	block: fc.oneof(
		{ maxDepth: 3, depthIdentifier: 'md-block' },
		{ weight: 5, arbitrary: inline },
		{ weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), inline).map(([n, s]) => `${'#'.repeat(n)} ${s}`) },
		{ weight: 2, arbitrary: tie('list') },
		{ weight: 1, arbitrary: tie('block').map((b) => b.split('\n').map((l) => `> ${l}`).join('\n')) },
		{
			weight: 1,
			arbitrary: fc.tuple(fc.array(inline, { minLength: 1, maxLength: 3 }), fc.array(fc.array(inline, { maxLength: 4 }), { maxLength: 3 }), fc.constantFrom('---', ':--', ':-:', '--:'))
				.map(([head, rows, align]) => [`| ${head.join(' | ')} |`, `|${head.map(() => align).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')),
		},
		{ weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'js', 'html', '<script>', 'inscription', ' inscription ', 'inscription x', '"onload=x'), fc.array(hostileText(20), { maxLength: 4 }), fc.boolean()).map(([fence, info, lines, closed]) => [`${fence}${info}`, ...lines, ...(closed ? [fence] : [])].join('\n')) },
		{
			weight: 2,
			arbitrary: fc.tuple(fc.array(fc.tuple(fc.constantFrom(...INSCRIPTION_LABELS, ''), fc.constantFrom(':', '：', ''), fc.oneof(hostileText(15), inline, fc.constantFrom('<script>alert(1)</script>', '大越國', '"&<>'))), { maxLength: 5 }), fc.boolean())
				.map(([parts, closed]) => ['```inscription', ...parts.map(([label, colon, body]) => `${label}${colon} ${body}`), ...(closed ? ['```'] : [])].join('\n')),
		},
		{ weight: 1, arbitrary: fc.constantFrom(...RAW_HTML) },
		{ weight: 1, arbitrary: fc.constantFrom('---', '***', '___', '    indented code <script>', '\t<script>', '[ref]: javascript:alert(1) "t"', '[ref]: <data:text/html,x>', '[ref]: http://ok.example', '[^1]: chú thích', '<!--', '-->', '') },
		{ weight: 1, arbitrary: longLine },
	),
	list: fc.tuple(fc.constantFrom('-', '*', '+', '1.', '1)', '0.', '999999999.'), fc.array(fc.tuple(inline, fc.option(tie('block'), { freq: 3 })), { minLength: 1, maxLength: 4 }))
		.map(([marker, items]) => items.map(([first, nested]) => [`${marker} ${first}`, ...(nested ? nested.split('\n').map((l) => `${' '.repeat(marker.length + 1)}${l}`) : [])].join('\n')).join('\n')),
})).block;

/** A Markdown body: blocks joined by blank lines, single newlines or nothing. */
export const markdownBody: fc.Arbitrary<string> = fc.oneof(
	{ weight: 8, arbitrary: fc.array(fc.tuple(block, fc.constantFrom('\n\n', '\n', '\n\n\n', '\r\n\r\n')), { maxLength: 8 }).map((parts) => parts.map(([b, sep]) => b + sep).join('')) },
	{ weight: 1, arbitrary: hostileText(200) },
);
