import type { SiteEntry } from '../content/trail.ts';
import type { Problem } from '../problems/problem.ts';
import { at, folderOf, type Check } from './context.ts';

/** Two sites with one plaque code: a printed QR code could only ever lead to one of them. */
export const checkDuplicateCodes: Check = ({ sites }) => {
	return pairs(sites, (s) => s.data.code).map(([first, site]): Problem => ({
		code: 'duplicate-code',
		severity: 'error',
		file: site.file,
		...at(site, 'code'),
		params: withLine({ code: site.data.code, otherFile: first.file }, first.positions.values['code']?.line),
	}));
};

/** Two folders that become one address: they differ only in capitals or in how accents were typed. */
export const checkDuplicateSlugs: Check = ({ sites }) => {
	return pairs(sites, (s) => s.slug.normalize('NFC').toLowerCase()).map(([first, site]): Problem => ({
		code: 'duplicate-slug',
		severity: 'error',
		file: folderOf(site),
		params: { slug: site.slug, otherFile: folderOf(first) },
	}));
};

function withLine(params: { code: string; otherFile: string }, otherLine: number | undefined) {
	return otherLine ? { ...params, otherLine } : params;
}

/** Each later site whose key was already taken, paired with the first site that took it. */
function pairs(sites: readonly SiteEntry[], key: (site: SiteEntry) => string): Array<[SiteEntry, SiteEntry]> {
	const first = new Map<string, SiteEntry>();
	const out: Array<[SiteEntry, SiteEntry]> = [];
	for (const site of [...sites].sort((a, b) => a.file.localeCompare(b.file, 'en'))) {
		const k = key(site);
		const seen = first.get(k);
		if (seen) out.push([seen, site]);
		else first.set(k, site);
	}
	return out;
}
