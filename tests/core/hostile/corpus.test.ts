import { describe, expect, test } from 'vitest';
import { formatReport, validateContent } from '../../../src/core/index.ts';
import { asExpected, LEAKS, listCases, prepareCase, sortExpected, type HostileCase } from './corpus.ts';
import { THEN } from './then.ts';

const CASES = listCases();

async function runCase(c: HostileCase): Promise<void> {
	const copy = await prepareCase(c);
	// Validation must answer with problems, never throw: a rejection fails the test here.
	const result = await validateContent({ contentDir: copy.content, cwd: copy.root });
	expect(sortExpected(result.problems.map(asExpected))).toEqual(sortExpected(c.expect));
	for (const lang of ['vi', 'en'] as const) {
		const report = formatReport(result.problems, { lang, sources: result.sources, sites: result.siteFolders });
		for (const leak of LEAKS) expect(report, `${lang} report of ${c.name}`).not.toMatch(leak);
	}
	expect(result.ok).toBe(!c.expect.some((p) => p.severity === 'error'));
	if (c.then) {
		const assertion = THEN[c.then];
		expect(assertion, `then "${c.then}" is defined in then.ts`).toBeDefined();
		await assertion!(result, copy);
	}
}

describe('hostile input corpus (issue #8)', () => {
	test('has at least 40 cases, each with a one-line "about"', () => {
		expect(CASES.length).toBeGreaterThanOrEqual(40);
		for (const c of CASES) expect(c.about, c.name).not.toContain('\n');
	});

	for (const c of CASES) {
		const name = `${c.name}: ${c.about}`;
		if (c.pending) test.fails(`${name} (pending: ${c.pending})`, () => runCase(c));
		else test(name, () => runCase(c));
	}
});
