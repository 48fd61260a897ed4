import { describe, expect, test } from 'vitest';
import { parseYaml } from '../../../src/core/content/front-matter.ts';
import type { PrintedEntry, Trail } from '../../../src/core/content/trail.ts';
import { planMarkPrinted, PRINTED_REGISTER_HEADER, printedEntriesYaml, todayInVietnam } from '../../../src/core/printed/register.ts';
import { PrintedRegisterSchema, type PrintedPlaque } from '../../../src/core/schema/printed.ts';
import type { SettingsInput } from '../../../src/core/schema/settings.ts';
import { settings, siteEntry } from '../checks/site-entry.ts';

const dinhDamHa = siteEntry({ slug: 'dinh-dam-ha', data: { code: 'DH01' } });
const cotCo = siteEntry({ slug: 'cot-co', data: { code: 'DH06', plaque: { size: 'board-30x40' } } });

function trail(printed: PrintedPlaque[] = [], settingsInput: Partial<SettingsInput> = {}): Trail {
	const positions = { values: {}, keys: {}, raw: {} };
	const entries = printed.map((data, index): PrintedEntry => ({ data, file: 'content/printed.yaml', index, positions }));
	return { contentDir: '/content', settings: settings(settingsInput), sites: [dinhDamHa, cotCo], printed: entries, retired: [] };
}

const DH01: PrintedPlaque = { code: 'DH01', url: 'https://DAMHA.EXAMPLE.VN/DH01', size: 'a5', date: '2026-12-01', folder: 'dinh-dam-ha' };

describe('planMarkPrinted', () => {
	test('adds the QR text, the size, the date and the folder of each site', () => {
		expect(planMarkPrinted(trail(), ['DH01', 'DH06'], '2026-12-01')).toEqual({
			entries: [DH01, { code: 'DH06', url: 'https://DAMHA.EXAMPLE.VN/DH06', size: 'board-30x40', date: '2026-12-01', folder: 'cot-co' }],
			unknown: [],
			already: [],
		});
	});

	test('uses the size of settings.yaml for a site without its own', () => {
		expect(planMarkPrinted(trail([], { plaque: { size: 'a4' } }), ['DH01'], '2026-12-01').entries.map((e) => e.size)).toEqual(['a4']);
	});

	test('reads codes in any case and with spaces, and writes each once', () => {
		expect(planMarkPrinted(trail(), [' dh01 ', 'DH01', 'Dh01'], '2026-12-01')).toEqual({ entries: [DH01], unknown: [], already: [] });
	});

	test('lists codes no site has, in capitals, and adds nothing for them', () => {
		expect(planMarkPrinted(trail(), ['dh99', 'DH01', 'DH05'], '2026-12-01')).toEqual({ entries: [DH01], unknown: ['DH99', 'DH05'], already: [] });
	});

	test('does not write a plaque twice: same code, address and size is already in the register', () => {
		expect(planMarkPrinted(trail([{ ...DH01, date: '2025-03-26' }]), ['DH01'], '2026-12-01')).toEqual({ entries: [], unknown: [], already: ['DH01'] });
	});

	test.each([
		['another size', { size: 'a4' }],
		['another address', { url: 'https://DITICH.EXAMPLE.VN/DH01' }],
	] as const)('a plaque printed before in %s is a new entry', (_, change) => {
		expect(planMarkPrinted(trail([{ ...DH01, ...change }]), ['DH01'], '2026-12-01')).toEqual({ entries: [DH01], unknown: [], already: [] });
	});

	test('nothing asked, nothing planned', () => {
		expect(planMarkPrinted(trail(), [], '2026-12-01')).toEqual({ entries: [], unknown: [], already: [] });
	});
});

describe('printedEntriesYaml', () => {
	test('writes one list item per entry, fields in the order of the schema, the code quoted', () => {
		expect(printedEntriesYaml([DH01, { code: 'DH06', url: 'https://DAMHA.EXAMPLE.VN/DH06', size: 'board-30x40', date: '2026-12-02' }])).toBe(
			'- code: "DH01"\n  url: https://DAMHA.EXAMPLE.VN/DH01\n  size: a5\n  date: 2026-12-01\n  folder: dinh-dam-ha\n' + '- code: "DH06"\n  url: https://DAMHA.EXAMPLE.VN/DH06\n  size: board-30x40\n  date: 2026-12-02\n',
		);
	});

	test('no entries, no text', () => {
		expect(printedEntriesYaml([])).toBe('');
	});

	test('the header plus the entries reads back as the same register', () => {
		const { data, problems } = parseYaml(PRINTED_REGISTER_HEADER + printedEntriesYaml([DH01]));
		expect(problems).toEqual([]);
		expect(PrintedRegisterSchema.parse(data)).toEqual([DH01]);
	});

	// A code of digits only is a valid code (CODE_PATTERN) that YAML would read back as a number
	// ("0042" → 42) and the next check would refuse the whole register: the code is written quoted.
	test.each(['0042', '2024', '1E10'])('a code of digits (%s) is written quoted and reads back as the same code', (code) => {
		const entry = { ...DH01, code, url: `https://DAMHA.EXAMPLE.VN/${code}` };
		expect(printedEntriesYaml([entry])).toMatch(new RegExp(`^- code: "${code}"\n`));
		expect(PrintedRegisterSchema.safeParse(parseYaml(printedEntriesYaml([entry])).data)).toEqual({ success: true, data: [entry] });
	});
});

describe('PRINTED_REGISTER_HEADER', () => {
	test('is comments only, so a new register is an empty list', () => {
		expect(PRINTED_REGISTER_HEADER.endsWith('\n')).toBe(true);
		expect(PRINTED_REGISTER_HEADER.trimEnd().split('\n').every((line) => line.startsWith('# '))).toBe(true);
	});
});

describe('todayInVietnam', () => {
	test.each([
		['2026-11-30T17:30:00Z', '2026-12-01'],
		['2026-11-30T16:59:00Z', '2026-11-30'],
		['2026-11-30T17:00:00Z', '2026-12-01'],
		['2026-12-31T17:00:00Z', '2027-01-01'],
		['2026-01-01T00:00:00Z', '2026-01-01'],
		['2026-11-30T23:30:00+07:00', '2026-11-30'],
	])('%s is %s in Vietnam (UTC+7)', (instant, day) => {
		expect(todayInVietnam(new Date(instant))).toBe(day);
	});
});
