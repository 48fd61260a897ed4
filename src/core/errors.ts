/**
 * Failures of the program or the machine (a font missing after a broken install, a full disk, a bug).
 * Content mistakes are never thrown: they are `Problem` values (problems/problem.ts).
 * Messages follow Astro's rule: what happened, why, and what to do, in English.
 */
export class DitichsoError extends Error {
	constructor(message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.name = 'DitichsoError';
	}
}

/** A font file the plaques need is not where the installed package should have put it. */
export class FontMissingError extends DitichsoError {
	readonly path: string;

	constructor(path: string, options?: { cause?: unknown }) {
		super(
			`The plaque font file ${path} is missing or unreadable. ` +
				'Plaques embed Be Vietnam Pro so that Vietnamese diacritics print correctly. ' +
				'Run `npm ci` to reinstall the packages, then try again.',
			options,
		);
		this.name = 'FontMissingError';
		this.path = path;
	}
}
