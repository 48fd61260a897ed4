import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { detectLegacyEncoding } from '../../../src/core/text/legacy-encoding.ts';
import { PROJECT_ROOT } from '../../helpers/trail-copy.ts';
import { toTcvn3, toVni } from './legacy-tables.ts';

/** Every line of every text file of the sample content and the fixture trails: real Vietnamese. */
function sampleLines(): string[] {
	const roots = ['content', 'tests/fixtures/trails', 'tests/fixtures/front-matter'].map((r) => path.join(PROJECT_ROOT, r));
	const files = roots.flatMap((root) => readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(md|ya?ml)$/.test(f)).map((f) => path.join(root, f)));
	return files.flatMap((file) => readFileSync(file, 'utf8').split('\n')).filter((line) => line.trim() !== '');
}

const LINES = sampleLines();
/** Lines with enough Vietnamese in them that a converted copy must be recognised. */
const VIETNAMESE = LINES.filter((line) => (line.match(/[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]/gu) ?? []).length >= 4);

describe('detectLegacyEncoding', () => {
	test.each([
		['§×nh §Çm Hµ', 'tcvn3', '§×nh §Çm Hµ'],
		['§Òn CÊp', 'tcvn3', '§Òn CÊp'],
		['Chïa S©u', 'tcvn3', 'Chïa S©u'],
		['Ng«i ®Òn dïng ®Ó thö nghiÖm.', 'tcvn3', 'Ng«i ®Òn dïng'],
		['Ñình Ñaàm Haø', 'vni', 'Ñình Ñaàm Haø'],
		['Chuøa Saâu', 'vni', 'Chuøa Saâu'],
		['(Ngoâi ñeàn cuõ.)', 'vni', 'Ngoâi ñeàn cuõ'],
	])('recognises %j as %s, naming the words that gave it away', (text, encoding, sample) => {
		expect(detectLegacyEncoding(text)).toEqual({ encoding, sample });
	});

	test.each([
		['a German photographer', 'Jürgen Müller'],
		['a Spanish name', 'Raúl García Peña'],
		['French words', 'Café naïve, Noël'],
		['a unit', 'hạt 5 µm'],
		['a unit in ASCII text', 'size 5 µm'],
		['a copyright line', '© 2024 Bảo tàng Quảng Ninh'],
		['a legal section', '§ 3 Luật Di sản'],
		['dimensions', 'Bia đá 120 × 80 cm'],
		['one symbol alone', 'Hµ'],
		['Windows-1258 bytes read as Windows-1252', 'Ðền Câ\u00CCp là mô\u00F2t di ti\u00ECch'],
	])('says nothing about %s', (_name, text) => {
		expect(detectLegacyEncoding(text)).toBeUndefined();
	});

	test('never fires on the Vietnamese of the sample content and the fixtures (issue #8)', () => {
		expect(LINES.length).toBeGreaterThan(300);
		expect(LINES.filter((line) => detectLegacyEncoding(line))).toEqual([]);
	});

	test('recognises every Vietnamese line of the sample content once converted to TCVN3', () => {
		expect(VIETNAMESE.length).toBeGreaterThan(100);
		expect(VIETNAMESE.map(toTcvn3).filter((line) => detectLegacyEncoding(line)?.encoding !== 'tcvn3')).toEqual([]);
	});

	test('recognises every Vietnamese line of the sample content once converted to VNI', () => {
		expect(VIETNAMESE.map(toVni).filter((line) => detectLegacyEncoding(line)?.encoding !== 'vni')).toEqual([]);
	});
});
