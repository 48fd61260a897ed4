import type { Problem } from '../problems/problem.ts';
import { at, type Check } from './context.ts';

/** Two sites at one trail position make "next on the trail" ambiguous. */
export const checkTrailPositions: Check = ({ sites }) => {
	const taken = new Map<number, string>();
	const problems: Problem[] = [];
	for (const site of [...sites].sort((a, b) => a.file.localeCompare(b.file, 'en'))) {
		const position = site.data.trail;
		if (position === undefined) continue;
		const other = taken.get(position);
		if (other) problems.push({ code: 'duplicate-trail-position', severity: 'warning', file: site.file, ...at(site, 'trail'), params: { position, otherFile: other } });
		else taken.set(position, site.file);
	}
	return problems;
};
