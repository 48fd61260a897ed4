/**
 * What a live host must answer for each printed code, and the verdict on what it did answer. The
 * requests themselves are the script's (core does no network); this is the judgement, so it can
 * be tested without a server.
 */
import type { Trail } from '../content/trail.ts';
import { siteRoutes } from '../links/routes.ts';

/** One printed code to request: the path exactly as the QR code holds it, and the pages that may answer. */
export interface LiveTarget {
	code: string;
	/** `/DH01`, from the register's URL (or the code when nothing is printed yet). */
	path: string;
	/** Paths of the pages that count as "its page": the site (or retired site) in every language. */
	pages: string[];
}

/** The printed codes, once each, in register order; every code of the trail when nothing is printed yet. */
export function liveTargets(trail: Pick<Trail, 'settings' | 'sites' | 'retired' | 'printed'>): { targets: LiveTarget[]; fromRegister: boolean } {
	const routes = new Map(siteRoutes(trail).codes.map((route) => [route.code, route]));
	const printed = [...new Map(trail.printed.map((entry) => [entry.data.code, new URL(entry.data.url).pathname])).entries()];
	const fromRegister = printed.length > 0;
	const pairs = fromRegister ? printed : [...routes.keys()].map((code) => [code, `/${code}`] as [string, string]);
	const targets = pairs.map(([code, path]) => ({ code, path, pages: (routes.get(code)?.pages ?? []).map((p) => p.path) }));
	return { targets, fromRegister };
}

/** What one request got, after following redirects. */
export interface LiveAnswer {
	/** Every status on the way, the last one the final answer: `[301, 200]`. */
	statuses: number[];
	/** The final page's canonical link, as a path; undefined when it has none. */
	canonicalPath: string | undefined;
	/** A network failure (DNS, TLS, refused, timeout), instead of any status. */
	error?: string;
}

export type LiveVerdict = { ok: true; redirects: number } | { ok: false; reason: 'network' | 'status' | 'wrong-page'; detail: string };

/** A code works when the host answers 200 with one of its pages. */
export function judgeLiveAnswer(target: LiveTarget, answer: LiveAnswer): LiveVerdict {
	if (answer.error !== undefined) return { ok: false, reason: 'network', detail: answer.error };
	const final = answer.statuses.at(-1);
	if (final !== 200) return { ok: false, reason: 'status', detail: answer.statuses.join(' → ') };
	if (answer.canonicalPath === undefined || !target.pages.includes(answer.canonicalPath)) return { ok: false, reason: 'wrong-page', detail: answer.canonicalPath ?? '(no canonical link)' };
	return { ok: true, redirects: answer.statuses.length - 1 };
}

/** The canonical link of a page, as a path. */
export function canonicalPathIn(html: string): string | undefined {
	const href = /<link\s+rel="canonical"\s+href="([^"]+)"/i.exec(html)?.[1];
	if (href === undefined) return undefined;
	try {
		return new URL(href).pathname;
	} catch {
		return undefined;
	}
}
