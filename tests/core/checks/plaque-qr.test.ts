import { describe, expect, test } from 'vitest';
import { checkPlaqueQr } from '../../../src/core/checks/plaque-qr.ts';
import { loadPlaqueFonts } from '../../../src/core/plaque/fonts.ts';
import { lineOf, settings, siteEntry, type SiteOptions } from './site-entry.ts';

const FILE = 'content/sites/dinh-dam-ha/vi.md';
// A long address makes a denser symbol, and three long titles leave it less room: smaller modules on the same board.
const LONG_URL = 'https://di-tich-lich-su-van-hoa.dam-ha.quang-ninh.example.vn';
const crowded = (data: SiteOptions['data']) =>
	siteEntry({
		data: { title: 'Khu di tích lịch sử Đền thờ Đức Ông Trần Khánh Dư và các danh tướng thời Trần', ...data },
		translations: { en: { data: { title: 'Historic site of the Temple of Duke Tran Khanh Du and the generals of the Tran dynasty' } }, zh: { data: { title: '陈庆余公及陈朝诸名将祠历史遗迹区' } } },
	});
const LANGS = { languages: ['vi', 'en', 'zh'] as Array<'vi' | 'en' | 'zh'> };

describe('checkPlaqueQr', () => {
	const fonts = loadPlaqueFonts();

	test('says nothing when every QR code is large enough for its size', () => {
		expect(checkPlaqueQr({ sites: [siteEntry()], settings: settings(), fonts })).toEqual([]);
		expect(checkPlaqueQr({ sites: [siteEntry({ data: { plaque: { size: 'sticker-10x10' } } })], settings: settings(), fonts })).toEqual([]);
	});

	test('warns when a 30 × 40 cm board is read from 1.3 m but its QR code is narrower than 13 cm', () => {
		const site = crowded({ plaque: { size: 'board-30x40' } });
		const problems = checkPlaqueQr({ sites: [site], settings: settings({ ...LANGS, baseUrl: LONG_URL }), fonts });
		expect(problems).toEqual([
			{
				code: 'qr-too-small-for-distance',
				severity: 'warning',
				file: FILE,
				field: 'plaque.size',
				...lineOf(site, 'plaque.size'),
				params: { code: 'DH01', size: 'board-30x40 (300 × 400 mm)', symbolMm: expect.any(Number), neededMm: 130, distanceCm: 130 },
			},
		]);
		const [problem] = problems;
		expect(problem?.code === 'qr-too-small-for-distance' && problem.params.symbolMm).toBeLessThan(130);
	});

	test('points at the plaque code when the size comes from settings.yaml', () => {
		const site = crowded({});
		const problems = checkPlaqueQr({ sites: [site], settings: settings({ ...LANGS, baseUrl: LONG_URL, plaque: { size: 'board-30x40', bleedMm: 3 } }), fonts });
		expect(problems.map((p) => [p.code, p.file, p.field, p.line])).toEqual([['qr-too-small-for-distance', FILE, 'code', lineOf(site, 'code').line]]);
	});

	test('is skipped without fonts or without settings', () => {
		expect(checkPlaqueQr({ sites: [siteEntry()], settings: settings() })).toEqual([]);
		expect(checkPlaqueQr({ sites: [siteEntry()], fonts })).toEqual([]);
	});
});
