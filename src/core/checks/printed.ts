import type { PrintedEntry, RetiredEntry, SiteEntry } from '../content/trail.ts';
import { codeToQrText } from '../links/short-url.ts';
import type { Problem } from '../problems/problem.ts';
import type { Check } from './context.ts';
import { registerAt } from './register-at.ts';

/**
 * The ten-year promise, checked: every plaque in `printed.yaml` must still lead to a page, through
 * the same address, and its page must still answer at the address it had when it was printed.
 */
export const checkPrintedPlaques: Check = ({ sites, settings, printed = [], retired = [] }) => {
	const live = new Map(sites.map((site) => [site.data.code, site]));
	const retiredByCode = new Map(retired.map((r) => [r.data.code, r]));
	return printed.flatMap((entry): Problem[] => {
		const site = live.get(entry.data.code);
		const gone = retiredByCode.get(entry.data.code);
		if (!site && !gone) return [goneProblem(entry)];
		const problems: Problem[] = [];
		// A retired site's plaque may still hang: its address and its old pages must answer too.
		if (settings && !sameAddress(entry.data.url, codeToQrText(settings.baseUrl, entry.data.code))) problems.push(urlChanged(entry, codeToQrText(settings.baseUrl, entry.data.code)));
		const { folder } = entry.data;
		if (folder && site && !keepsFolder(site, folder)) problems.push(folderRenamed(entry, site.slug, site.file));
		if (folder && !site && gone && !retiredKeepsFolder(gone, folder)) problems.push(folderRenamed(entry, gone.data.folder, gone.file));
		return problems;
	});
};

/** A retired site keeps its old addresses through its own `folder` and `formerFolders`. */
function retiredKeepsFolder(retired: RetiredEntry, folder: string): boolean {
	return retired.data.folder === folder || (retired.data.formerFolders ?? []).includes(folder);
}

function keepsFolder(site: SiteEntry, folder: string): boolean {
	return site.slug === folder || (site.data.formerFolders ?? []).includes(folder);
}

/** Host names ignore case (the QR text is upper-case); paths do not. */
function sameAddress(a: string, b: string): boolean {
	try {
		return new URL(a).href === new URL(b).href;
	} catch {
		return false;
	}
}

function goneProblem(entry: PrintedEntry): Problem {
	return { code: 'printed-code-gone', severity: 'error', ...registerAt(entry, 'code'), params: { code: entry.data.code, date: entry.data.date } };
}

function urlChanged(entry: PrintedEntry, current: string): Problem {
	return { code: 'printed-url-changed', severity: 'error', ...registerAt(entry, 'url'), params: { code: entry.data.code, printed: entry.data.url, current } };
}

function folderRenamed(entry: PrintedEntry, current: string, file: string): Problem {
	return { code: 'printed-folder-renamed', severity: 'error', ...registerAt(entry, 'folder'), params: { code: entry.data.code, folder: entry.data.folder ?? '', current, file } };
}
