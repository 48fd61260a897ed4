import { describe, expect, test } from 'vitest';
import { escapeXml, trailGpxPath, trailToGpx, type GpxStop, type GpxTrail } from '../../../src/core/trail/gpx.ts';

const stop = (over: Partial<GpxStop> = {}): GpxStop => ({
	name: '1. Đình Đầm Hà',
	description: 'Ngôi đình làng ven biển.',
	url: 'https://damha.example.vn/vi/dinh-dam-ha/',
	lat: 21.352,
	lng: 107.599,
	type: 'Di tích lịch sử',
	...over,
});

const trail = (over: Partial<GpxTrail> = {}): GpxTrail => ({
	name: 'Di tích Đầm Hà',
	description: '2 di tích và điểm tham quan',
	url: 'https://damha.example.vn/vi/',
	date: '2026-11-28',
	stops: [stop(), stop({ name: '2. Chùa Sâu', url: 'https://damha.example.vn/vi/chua-sau/', lat: 21.33, lng: 107.5, description: 'Vị trí tạm · Ngôi chùa.' })],
	...over,
});

/** Element names in document order, with nesting shown by indentation: the shape of the file. */
function outline(xml: string): string[] {
	const lines: string[] = [];
	let depth = 0;
	for (const [, close, name, , selfClose] of xml.replace(/<\?xml[^?]*\?>/, '').matchAll(/<(\/?)([\w:]+)([^>]*?)(\/?)>/g)) {
		if (close) depth--;
		else {
			lines.push(`${'  '.repeat(depth)}${name}`);
			if (!selfClose) depth++;
		}
	}
	if (depth !== 0) throw new Error(`unbalanced tags (depth ${depth})`);
	return lines;
}

describe('trailToGpx', () => {
	test('writes a GPX 1.1 file: metadata, a waypoint per stop, then the route in trail order', () => {
		expect(trailToGpx(trail())).toMatchInlineSnapshot(`
			"<?xml version="1.0" encoding="UTF-8"?>
			<gpx version="1.1" creator="ditichso" xmlns="http://www.topografix.com/GPX/1/1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd">
			  <metadata>
			    <name>Di tích Đầm Hà</name>
			    <desc>2 di tích và điểm tham quan</desc>
			    <link href="https://damha.example.vn/vi/"><text>Di tích Đầm Hà</text></link>
			    <time>2026-11-28T00:00:00Z</time>
			  </metadata>
			  <wpt lat="21.352" lon="107.599">
			    <name>1. Đình Đầm Hà</name>
			    <desc>Ngôi đình làng ven biển.</desc>
			    <link href="https://damha.example.vn/vi/dinh-dam-ha/"><text>1. Đình Đầm Hà</text></link>
			    <type>Di tích lịch sử</type>
			  </wpt>
			  <wpt lat="21.33" lon="107.5">
			    <name>2. Chùa Sâu</name>
			    <desc>Vị trí tạm · Ngôi chùa.</desc>
			    <link href="https://damha.example.vn/vi/chua-sau/"><text>2. Chùa Sâu</text></link>
			    <type>Di tích lịch sử</type>
			  </wpt>
			  <rte>
			    <name>Di tích Đầm Hà</name>
			    <rtept lat="21.352" lon="107.599"><name>1. Đình Đầm Hà</name></rtept>
			    <rtept lat="21.33" lon="107.5"><name>2. Chùa Sâu</name></rtept>
			  </rte>
			</gpx>
			"
		`);
	});

	test('nests its elements as the GPX 1.1 schema orders them', () => {
		expect(outline(trailToGpx(trail()))).toMatchInlineSnapshot(`
			[
			  "gpx",
			  "  metadata",
			  "    name",
			  "    desc",
			  "    link",
			  "      text",
			  "    time",
			  "  wpt",
			  "    name",
			  "    desc",
			  "    link",
			  "      text",
			  "    type",
			  "  wpt",
			  "    name",
			  "    desc",
			  "    link",
			  "      text",
			  "    type",
			  "  rte",
			  "    name",
			  "    rtept",
			  "      name",
			  "    rtept",
			  "      name",
			]
		`);
	});

	test('escapes & < > " and \' in names, descriptions and links', () => {
		const gpx = trailToGpx(trail({ name: 'Đình & "Chùa" <cũ>', stops: [stop({ name: "A & B <'x'>", url: 'https://x.vn/vi/a/?q=1&r="2"' })] }));
		expect(gpx).toContain('<name>Đình &amp; &quot;Chùa&quot; &lt;cũ&gt;</name>');
		expect(gpx).toContain('<name>A &amp; B &lt;&apos;x&apos;&gt;</name>');
		expect(gpx).toContain('<link href="https://x.vn/vi/a/?q=1&amp;r=&quot;2&quot;">');
		// Nothing unescaped is left between the tags.
		const text = gpx.replace(/<\?xml[^?]*\?>/, '').replace(/<[^<>]*>/g, '');
		expect(text).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|apos);)/);
		expect(outline(gpx).length).toBeGreaterThan(0);
	});

	test('leaves out <time> when there is no date, and the route when there are no stops', () => {
		const gpx = trailToGpx(trail({ date: undefined, stops: [] }));
		expect(gpx).not.toContain('<time>');
		expect(outline(gpx)).toEqual(['gpx', '  metadata', '    name', '    desc', '    link', '      text']);
	});

	test('is the same bytes every time: no clock', () => {
		expect(trailToGpx(trail())).toBe(trailToGpx(trail()));
	});
});

describe('escapeXml', () => {
	test.each([
		['a & b', 'a &amp; b'],
		['<b>', '&lt;b&gt;'],
		[`"x" 'y'`, '&quot;x&quot; &apos;y&apos;'],
		['Đầm Hà 潭河 담하', 'Đầm Hà 潭河 담하'],
		['bell\u0007 and tab\t', 'bell and tab\t'],
	])('%j → %j', (text, escaped) => {
		expect(escapeXml(text)).toBe(escaped);
	});
});

describe('trailGpxPath', () => {
	test.each([
		['vi', '/vi/tuyen.gpx'],
		['en', '/en/tuyen.gpx'],
	] as const)('the %s file is %s', (lang, path) => {
		expect(trailGpxPath(lang)).toBe(path);
	});
});
