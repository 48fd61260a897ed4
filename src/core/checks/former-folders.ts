import type { Problem } from '../problems/problem.ts';
import { at, type Check } from './context.ts';
import { registerAt } from './register-at.ts';

interface Claim {
	folder: string;
	/** Display path of the file that claims the address, and where. */
	where: { file: string; field?: string; line?: number; column?: number };
}

/**
 * Every page address a folder name gives (`/vi/<folder>/`) may belong to one thing only: a site's
 * current folder, one of its former folders, or a retired site's. A second claim would make an old
 * address lead to the wrong place.
 */
export const checkFolderClaims: Check = ({ sites, retired = [] }) => {
	const claims: Claim[] = [
		...sites.map((site) => ({ folder: site.slug, where: { file: site.file } })),
		...sites.flatMap((site) => (site.data.formerFolders ?? []).map((folder, i) => ({ folder, where: { file: site.file, ...at(site, `formerFolders.${i}`) } }))),
		...retired.flatMap((entry) => [entry.data.folder, ...(entry.data.formerFolders ?? [])].map((folder, i) => ({ folder, where: registerAt(entry, i === 0 ? 'folder' : `formerFolders.${i - 1}`) }))),
	];
	const first = new Map<string, Claim>();
	const problems: Problem[] = [];
	for (const claim of claims) {
		const taken = first.get(claim.folder);
		if (!taken) first.set(claim.folder, claim);
		else if (claim.where.field !== undefined) problems.push({ code: 'folder-name-taken', severity: 'error', ...claim.where, params: { folder: claim.folder, otherFile: taken.where.file } });
	}
	return problems;
};
