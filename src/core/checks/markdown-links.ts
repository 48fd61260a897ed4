import type { SiteEntry } from '../content/trail.ts';
import { renderMarkdown } from '../markdown/render.ts';
import type { Problem } from '../problems/problem.ts';
import type { Check } from './context.ts';

/** Links the pages will drop (javascript:, data: …) are reported, so the editor knows the text changed. */
export const checkMarkdownLinks: Check = ({ sites, unloaded = [] }) => [
	...sites.flatMap((site) => [site, ...Object.values(site.translations)].flatMap((doc) => bodyProblems(doc))),
	// A vi.md whose information block has a mistake still has its text checked: every problem at once.
	...unloaded.flatMap((doc) => bodyProblems(doc)),
];

function bodyProblems(doc: Pick<SiteEntry, 'file' | 'body' | 'bodyLine'>): Problem[] {
	return renderMarkdown(doc.body, { bodyLine: doc.bodyLine }).problems.map((p): Problem => ({ ...p, file: doc.file }));
}
