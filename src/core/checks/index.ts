import { sortProblems, type Problem } from '../problems/problem.ts';
import { checkAudio } from './audio.ts';
import { checkEmptyBodies } from './body.ts';
import { checkCharacters } from './characters.ts';
import { checkReservedCodes } from './codes.ts';
import type { Check, CheckInput } from './context.ts';
import { checkCoordinates } from './coordinates.ts';
import { checkDuplicateCodes, checkDuplicateSlugs } from './duplicates.ts';
import { checkFolderClaims } from './former-folders.ts';
import { checkInscriptionGlyphs } from './inscriptions.ts';
import { checkLocationFromPhoto } from './location-from-photo.ts';
import { checkMarkdownLinks } from './markdown-links.ts';
import { checkPhotos } from './photos.ts';
import { checkPlaqueQr } from './plaque-qr.ts';
import { checkPlaqueTexts } from './plaque-texts.ts';
import { checkPrintedPlaques } from './printed.ts';
import { checkRetiredSites } from './retired.ts';
import { checkSlugs } from './slugs.ts';
import { checkTrailPositions } from './trail-positions.ts';
import { checkTranslationLanguages } from './translations.ts';

export type { CheckInput } from './context.ts';

/** Every rule, in no particular order: the result is sorted by file, line and column. */
export const CHECKS: readonly Check[] = [
	checkSlugs,
	checkDuplicateSlugs,
	checkDuplicateCodes,
	checkReservedCodes,
	checkCoordinates,
	checkPhotos,
	checkLocationFromPhoto,
	checkAudio,
	checkTranslationLanguages,
	checkTrailPositions,
	checkMarkdownLinks,
	checkInscriptionGlyphs,
	checkPlaqueTexts,
	checkPlaqueQr,
	checkPrintedPlaques,
	checkRetiredSites,
	checkFolderClaims,
	checkCharacters,
	checkEmptyBodies,
];

/** Runs every rule over the parsed sites and returns all problems at once, loader problems included. */
export function runChecks(input: CheckInput, loadProblems: readonly Problem[] = []): Problem[] {
	return sortProblems([...loadProblems, ...CHECKS.flatMap((check) => check(input))]);
}
