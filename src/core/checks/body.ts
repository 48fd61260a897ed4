import type { Problem } from '../problems/problem.ts';
import type { Check } from './context.ts';

/**
 * A vi.md or translation with nothing under its information block. A warning, not an error: a
 * youth-union team often publishes a site with its name, photo, summary and map while the history
 * is still being gathered from the elders, and the page reads well without it.
 */
export const checkEmptyBodies: Check = ({ sites }) =>
	sites
		.flatMap((site) => [site, ...Object.values(site.translations)])
		.filter((doc) => doc.body.trim() === '')
		.map((doc): Problem => ({ code: 'body-empty', severity: 'warning', file: doc.file, line: doc.bodyLine - 1, params: {} }));
