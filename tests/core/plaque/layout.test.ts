import { describe, expect, test } from 'vitest';
import { createQrMatrix, QUIET_ZONE_MODULES } from '../../../src/core/qr/matrix.ts';
import type { Measure } from '../../../src/core/plaque/fonts.ts';
import {
	layoutPlaque,
	MIN_MODULE_MM,
	MM_PER_PT,
	SAFE_MARGIN_MM,
	TEXT_ASCENT_EM,
	TEXT_DESCENT_EM,
	type PlaqueContent,
	type PlaqueItem,
	type PlaqueLayout,
} from '../../../src/core/plaque/layout.ts';
import type { PlaqueLogo } from '../../../src/core/plaque/logo.ts';
import { CROP_MARK_OFFSET_MM, PLAQUE_SIZES } from '../../../src/core/plaque/sizes.ts';

/** 0.5 mm per character at 10 pt: wide enough that the sample title wraps, like the real font. */
const fakeMeasure: Measure = (text, _font, sizePt) => text.length * 0.5 * (sizePt / 10);

const CONTENT: PlaqueContent = {
	code: 'DH01',
	titles: [
		{ lang: 'vi', text: 'Tượng đài Anh hùng liệt sĩ Hà Quang Vóc' },
		{ lang: 'en', text: 'Monument to Hero Martyr Ha Quang Voc' },
	],
	categoryLine: 'Di tích lịch sử · Cấp tỉnh',
	shortUrlText: 'damha.example.vn/DH01',
	owner: 'Đoàn Thanh niên xã Đầm Hà',
};
const MATRIX = createQrMatrix('https://DAMHA.EXAMPLE.VN/DH01');

/** A 3 × 1 logo: the layout reads only its size, never its pixels. */
const LOGO: PlaqueLogo = { png: new Uint8Array([1, 2, 3]), widthPx: 300, heightPx: 100 };

function layout(content: Partial<PlaqueContent> = {}, logo?: PlaqueLogo): PlaqueLayout {
	return layoutPlaque({ content: { ...CONTENT, ...content }, size: PLAQUE_SIZES.a5, bleedMm: 3, matrix: MATRIX, measure: fakeMeasure, logo });
}

interface Box { left: number; top: number; right: number; bottom: number }

/** Where an item puts ink (texts: measured width, ascent of stacked capitals, descent). */
function inkBox(item: PlaqueItem): Box {
	switch (item.kind) {
		case 'rect':
		case 'image':
			return { left: item.xMm, top: item.yMm, right: item.xMm + item.widthMm, bottom: item.yMm + item.heightMm };
		case 'qr': {
			const side = item.matrix.size * item.moduleMm;
			return { left: item.xMm, top: item.yMm, right: item.xMm + side, bottom: item.yMm + side };
		}
		case 'text': {
			const width = fakeMeasure(item.text, item.font, item.fontSizePt);
			const em = item.fontSizePt * MM_PER_PT;
			const left = item.align === 'center' ? item.xMm - width / 2 : item.xMm;
			return { left, top: item.yMm - TEXT_ASCENT_EM * em, right: left + width, bottom: item.yMm + TEXT_DESCENT_EM * em };
		}
		case 'cropMark':
		case 'cutLine':
			return { left: Math.min(item.x1Mm, item.x2Mm), top: Math.min(item.y1Mm, item.y2Mm), right: Math.max(item.x1Mm, item.x2Mm), bottom: Math.max(item.y1Mm, item.y2Mm) };
	}
}

const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
/** Backgrounds run into the bleed on purpose, so a cut that drifts leaves no white sliver. */
const isBleedBackground = (item: PlaqueItem): boolean => item.kind === 'rect' && item.xMm < 0;
const qrOf = (l: PlaqueLayout) => l.items.find((item) => item.kind === 'qr')!;
const textsOf = (l: PlaqueLayout) => l.items.filter((item) => item.kind === 'text');

describe('layoutPlaque', () => {
	test.each([
		['the sample', {}],
		['long texts that wrap and shrink', { titles: [{ lang: 'vi' as const, text: 'Khu di tích lịch sử Địa điểm Chiến thắng trận đánh tàu chiến Mỹ trên sông Đầm Hà năm 1968 của quân và dân huyện Đầm Hà' }, { lang: 'en' as const, text: 'Historic site of the victory over American warships on the Dam Ha river in 1968 by the army and people of Dam Ha district' }], owner: 'Ban Quản lý di tích và Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Đầm Hà, tỉnh Quảng Ninh' }],
		['the sample with a logo', {}, LOGO],
		['a very tall logo', {}, { ...LOGO, widthPx: 10, heightPx: 1000 }],
	])('keeps every item but the backgrounds and crop marks inside the safe zone: %s', (_, content: Partial<PlaqueContent>, logo?: PlaqueLogo) => {
		const result = layout(content, logo);
		expect(result.overflow).toEqual([]);
		const safe = { left: SAFE_MARGIN_MM, top: SAFE_MARGIN_MM, right: 148 - SAFE_MARGIN_MM, bottom: 210 - SAFE_MARGIN_MM };
		const inner = result.items.filter((item) => item.kind !== 'cropMark' && !isBleedBackground(item));
		expect(inner.length).toBeGreaterThanOrEqual(8);
		for (const item of inner) {
			const box = inkBox(item);
			expect({ item: item.kind, inside: box.left >= safe.left - 1e-9 && box.right <= safe.right + 1e-9 && box.top >= safe.top - 1e-9 && box.bottom <= safe.bottom + 1e-9 }).toEqual({ item: item.kind, inside: true });
		}
	});

	test('keeps a quiet zone of at least 4 modules around the QR code clear of everything but white', () => {
		const result = layout();
		const qr = qrOf(result);
		const quiet = QUIET_ZONE_MODULES * qr.moduleMm;
		const symbol = inkBox(qr);
		const zone = { left: symbol.left - quiet, top: symbol.top - quiet, right: symbol.right + quiet, bottom: symbol.bottom + quiet };
		const others = result.items.filter((item) => item.kind !== 'qr' && !(item.kind === 'rect' && item.fill === 'white'));
		for (const item of others) expect({ item, overlaps: overlaps(inkBox(item), zone) }).toMatchObject({ overlaps: false });
		// The QR sits on pure white: a white rectangle covers the symbol and its whole quiet zone.
		const backing = result.items.filter((item) => item.kind === 'rect' && item.fill === 'white').map(inkBox);
		expect(backing.some((box) => box.left <= zone.left && box.top <= zone.top && box.right >= zone.right && box.bottom >= zone.bottom)).toBe(true);
	});

	test('draws the logo centred between the code and the owner, overlapping nothing, at 9 mm tall on A5', () => {
		const result = layout({}, LOGO);
		const image = result.items.find((item) => item.kind === 'image')!;
		expect(image).toMatchObject({ heightMm: 9, widthMm: 27, png: LOGO.png });
		expect(image.xMm + image.widthMm / 2).toBeCloseTo(74, 9);
		const code = textsOf(result).find((item) => item.text === 'DH01')!;
		const owner = textsOf(result).find((item) => item.text === CONTENT.owner)!;
		expect(inkBox(code).bottom).toBeLessThan(image.yMm);
		expect(image.yMm + image.heightMm).toBeLessThan(inkBox(owner).top);
		for (const item of result.items.filter((i) => i.kind === 'text' || i.kind === 'qr')) expect(overlaps(inkBox(item), inkBox(image))).toBe(false);
		expect(layout().items.some((item) => item.kind === 'image')).toBe(false);
	});

	test('draws the QR code as large as the space allows, with modules of at least 0.5 mm', () => {
		const qr = qrOf(layout());
		expect(qr.moduleMm).toBeGreaterThanOrEqual(MIN_MODULE_MM);
		expect((QR_ZONE_MODULES * qr.moduleMm)).toBeGreaterThan(80);
	});

	test('stacks the texts top to bottom: Vietnamese title, English title, category, QR, address, code, owner', () => {
		const result = layout();
		const baselineOf = (text: string) => textsOf(result).find((item) => item.text === text)?.yMm ?? NaN;
		const titleLines = textsOf(result).filter((item) => item.font === 'bold' && item.text !== 'DH01');
		expect(titleLines.map((item) => item.text).join(' ')).toBe(CONTENT.titles[0]!.text);
		const order = [titleLines.at(-1)!.yMm, baselineOf(CONTENT.titles[1]!.text), baselineOf(CONTENT.categoryLine), qrOf(result).yMm, baselineOf(CONTENT.shortUrlText), baselineOf('DH01'), baselineOf(CONTENT.owner)];
		expect(order).toEqual([...order].sort((a, b) => a - b));
		expect(order.every(Number.isFinite)).toBe(true);
	});

	test('centres every text on the plaque', () => {
		for (const item of textsOf(layout())) expect(item).toMatchObject({ align: 'center', xMm: 74 });
	});

	test('makes the Vietnamese title larger than the English one and the code larger than the address', () => {
		const texts = textsOf(layout());
		const size = (text: string) => texts.find((item) => item.text === text)?.fontSizePt ?? 0;
		expect(texts[0]!.fontSizePt).toBeGreaterThan(size(CONTENT.titles[1]!.text));
		expect(size('DH01')).toBeGreaterThan(size(CONTENT.shortUrlText));
	});

	test('lays out a plaque without an English title', () => {
		const result = layout({ titles: [CONTENT.titles[0]!] });
		expect(textsOf(result).some((item) => item.text.startsWith('Monument'))).toBe(false);
		expect(result.overflow).toEqual([]);
	});

	test('reports an absurdly long title as overflow, with how many mm too wide', () => {
		// One 300-character word at the 15 pt minimum: 300 × 0.5 × 1.5 = 225 mm on a 128 mm line.
		const result = layout({ titles: [{ lang: 'vi', text: 'Đ'.repeat(300) }] });
		expect(result.overflow).toEqual([{ part: 'title', lang: 'vi', text: 'Đ'.repeat(300), byMm: 97 }]);
	});

	test('reports nothing when everything fits', () => {
		expect(layout().overflow).toEqual([]);
	});

	test('gives the same layout for the same input', () => {
		expect(JSON.stringify(layout())).toBe(JSON.stringify(layout()));
	});

	test('places 8 crop marks in the mark margin, outside the bleed', () => {
		const result = layout();
		const marks = result.items.filter((item) => item.kind === 'cropMark');
		expect(marks).toHaveLength(8);
		const limit = result.bleedMm + CROP_MARK_OFFSET_MM;
		const outer = result.bleedMm + result.markMm;
		for (const mark of marks) {
			const box = inkBox(mark);
			const outsideX = box.right <= -limit || box.left >= 148 + limit;
			const outsideY = box.bottom <= -limit || box.top >= 210 + limit;
			expect(outsideX || outsideY).toBe(true);
			expect(box.left >= -outer && box.right <= 148 + outer && box.top >= -outer && box.bottom <= 210 + outer).toBe(true);
		}
	});

	test('covers trim and bleed with the first item, a white background', () => {
		expect(layout().items[0]).toEqual({ kind: 'rect', xMm: -3, yMm: -3, widthMm: 154, heightMm: 216, fill: 'white' });
	});

	test('normalises text to NFC before measuring and drawing', () => {
		const decomposed = 'Đầm Hà'.normalize('NFD');
		expect(textsOf(layout({ owner: decomposed })).some((item) => item.text === 'Đầm Hà')).toBe(true);
	});

	test.each(Object.values(PLAQUE_SIZES))('lays out the $id size within its trim', (size) => {
		const result = layoutPlaque({ content: CONTENT, size, bleedMm: 3, matrix: MATRIX, measure: fakeMeasure });
		expect(result).toMatchObject({ sizeId: size.id, trimMm: { width: size.widthMm, height: size.heightMm }, bleedMm: 3 });
	});
});

const QR_ZONE_MODULES = MATRIX.size + 2 * QUIET_ZONE_MODULES;

describe('layoutPlaque with a dense QR code', () => {
	test('keeps modules at 0.5 mm and reports the shortfall when the symbol cannot fit', () => {
		// Version 40 (177 modules) under long titles set in a font twice as wide leaves no room for 0.5 mm modules.
		const dense = createQrMatrix(`https://DAMHA.EXAMPLE.VN/${'X'.repeat(1800)}`);
		const long = 'Khu di tích lịch sử Địa điểm Chiến thắng trận đánh tàu chiến Mỹ trên sông Đầm Hà năm 1968 của quân và dân';
		const crowded = { ...CONTENT, titles: [{ lang: 'vi' as const, text: long }, { lang: 'en' as const, text: long }] };
		const wideMeasure: Measure = (text, font, sizePt) => 2 * fakeMeasure(text, font, sizePt);
		expect(dense.version).toBe(40);
		const result = layoutPlaque({ content: crowded, size: PLAQUE_SIZES.a5, bleedMm: 3, matrix: dense, measure: wideMeasure });
		expect(qrOf(result).moduleMm).toBe(MIN_MODULE_MM);
		expect(result.overflow).toEqual([{ part: 'shortUrl', text: CONTENT.shortUrlText, byMm: expect.any(Number) }]);
		expect(result.overflow[0]!.byMm).toBeGreaterThan(0);
	});
});
