import type { RetiredEntry, SiteEntry } from '../content/trail.ts';
import type { Problem } from '../problems/problem.ts';
import { CODE_PATTERN } from '../schema/code.ts';
import type { Check } from './context.ts';
import { registerAt } from './register-at.ts';

/** A retired site must really be gone, once, and point somewhere that exists. */
export const checkRetiredSites: Check = ({ sites, retired = [] }) => {
	const live = new Map(sites.map((site) => [site.data.code, site]));
	const seen = new Map<string, RetiredEntry>();
	return retired.flatMap((entry): Problem[] => {
		const problems: Problem[] = [];
		const site = live.get(entry.data.code);
		if (site) problems.push({ code: 'retired-code-in-use', severity: 'error', ...registerAt(entry, 'code'), params: { code: entry.data.code, otherFile: site.file } });
		const first = seen.get(entry.data.code);
		if (first) problems.push({ code: 'retired-duplicate', severity: 'error', ...registerAt(entry, 'code'), params: { code: entry.data.code, otherLine: registerAt(first, 'code').line ?? 1 } });
		else seen.set(entry.data.code, entry);
		problems.push(...goToProblems(entry, live));
		return problems;
	});
};

function goToProblems(entry: RetiredEntry, live: ReadonlyMap<string, SiteEntry>): Problem[] {
	const { goTo, reason } = entry.data;
	if (goTo === undefined) return reason === 'closed' ? [] : [{ code: 'retired-goto-missing', severity: 'error', ...registerAt(entry, 'reason'), params: { reason } }];
	if (CODE_PATTERN.test(goTo) && !live.has(goTo)) return [{ code: 'retired-goto-unknown', severity: 'error', ...registerAt(entry, 'goTo'), params: { goTo } }];
	return [];
}
