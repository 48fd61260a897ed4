import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { FULL_PHOTO_SITES, FULL_SITES, parseBenchArgs, sizes } from '../../bench/args.ts';

const ROOT = '/repo';

describe('bench arguments', () => {
	test('no argument is the full run: every size, 200 phone photos, figures written into bench/', () => {
		expect(parseBenchArgs([], ROOT)).toEqual({
			ok: true,
			help: false,
			options: {
				sites: FULL_SITES,
				photoSites: FULL_PHOTO_SITES,
				resultsFile: path.join(ROOT, 'bench', 'results.json'),
				chartFile: path.join(ROOT, 'bench', 'chart.svg'),
				astroImages: false,
				keep: false,
				full: true,
			},
		});
		expect(FULL_SITES).toEqual([100, 1000, 10_000]);
		expect(FULL_PHOTO_SITES).toEqual([200]);
	});

	test('--sites makes a partial run: no phone photos unless asked, results kept out of the repository', () => {
		const parsed = parseBenchArgs(['--sites', '100'], ROOT);
		expect(parsed).toMatchObject({ ok: true, options: { sites: [100], photoSites: [], full: false } });
		if (!parsed.ok || parsed.help) throw new Error('parsed');
		expect(parsed.options.resultsFile).toBe(path.join(ROOT, 'node_modules', '.cache', 'ditichso-bench', 'results.json'));
		expect(parsed.options.chartFile).toBe(path.join(ROOT, 'node_modules', '.cache', 'ditichso-bench', 'chart.svg'));
	});

	test('sizes are sorted, deduplicated, and may use underscores', () => {
		expect(parseBenchArgs(['--sites', '1000,100,1_000', '--photo-sites', '20'], ROOT)).toMatchObject({ ok: true, options: { sites: [100, 1000], photoSites: [20] } });
	});

	test('--photo-sites alone keeps the default sizes but is not the committed full run', () => {
		expect(parseBenchArgs(['--photo-sites', '0'], ROOT)).toMatchObject({ ok: true, options: { sites: FULL_SITES, photoSites: [], full: false } });
	});

	test('--results puts the chart next to the results, relative paths from the project root', () => {
		const parsed = parseBenchArgs(['--sites', '100', '--photo-sites', '20', '--results', 'out/r.json', '--keep', '--astro-images'], ROOT);
		expect(parsed).toMatchObject({
			ok: true,
			options: { resultsFile: path.join(ROOT, 'out', 'r.json'), chartFile: path.join(ROOT, 'out', 'chart.svg'), keep: true, astroImages: true },
		});
	});

	test('--help, and errors for unknown flags and bad sizes', () => {
		expect(parseBenchArgs(['--help'], ROOT)).toEqual({ ok: true, help: true });
		expect(parseBenchArgs(['-h'], ROOT)).toEqual({ ok: true, help: true });
		expect(parseBenchArgs(['--size', '100'], ROOT)).toMatchObject({ ok: false });
		expect(parseBenchArgs(['--sites', '100,abc'], ROOT)).toEqual({ ok: false, error: '--sites takes whole numbers of sites separated by commas, e.g. --sites 100,1000 (not "100,abc")' });
		expect(parseBenchArgs(['--sites', '0'], ROOT)).toMatchObject({ ok: false, error: expect.stringContaining('at least one size') });
		expect(parseBenchArgs(['--sites', '100', '--astro-images'], ROOT)).toMatchObject({ ok: false, error: expect.stringContaining('--photo-sites') });
	});

	test('sizes()', () => {
		expect(sizes('none', '--photo-sites')).toEqual([]);
		expect(sizes(' 10 , 5 ', '--sites')).toEqual([5, 10]);
		expect(sizes('1.5', '--sites')).toMatch(/whole numbers/);
		expect(sizes('', '--sites')).toMatch(/whole numbers/);
	});
});
