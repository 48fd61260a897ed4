import type { SiteEntry } from '../content/trail.ts';
import { LABEL_SCAN_DISTANCE_MM, LABEL_SHEET, labelModuleMm } from '../plaque/label-sheet.ts';
import { MIN_MODULE_MM, type PlaqueItem } from '../plaque/layout.ts';
import { makeSitePlaque } from '../plaque/from-site.ts';
import { sizeToText } from '../plaque/sizes.ts';
import type { Problem } from '../problems/problem.ts';
import type { QrMatrix } from '../qr/matrix.ts';
import { at, type Check } from './context.ts';

/** A phone reads a QR code from about ten times the symbol's width. */
const DISTANCE_PER_WIDTH = 10;

/**
 * Warns when a plaque's QR code is too small to scan from the distance its size is read from
 * (about ten times the symbol's width), or has modules under 0.5 mm. The small label of the
 * label sheet is checked too, for a reading distance of arm's length.
 */
export const checkPlaqueQr: Check = ({ sites, settings, fonts, logo }) => {
	if (!settings || !fonts) return [];
	return sites.flatMap((site) => {
		const plaque = makeSitePlaque(site, settings, fonts.measure, logo);
		const qr = plaque.layout.items.find((item): item is Extract<PlaqueItem, { kind: 'qr' }> => item.kind === 'qr');
		const problems: Problem[] = [];
		if (qr) {
			const problem = distanceProblem(site, { size: sizeToText(plaque.size), moduleMm: qr.moduleMm, matrix: qr.matrix, distanceMm: plaque.size.scanDistanceMm });
			if (problem) problems.push(problem);
		}
		const label = { size: sizeToText({ id: 'label-sheet', widthMm: LABEL_SHEET.cellWidthMm, heightMm: LABEL_SHEET.cellHeightMm }), moduleMm: labelModuleMm(plaque.matrix), matrix: plaque.matrix, distanceMm: LABEL_SCAN_DISTANCE_MM };
		const labelProblem = distanceProblem(site, label);
		if (labelProblem) problems.push(labelProblem);
		return problems;
	});
};

function distanceProblem(site: SiteEntry, qr: { size: string; moduleMm: number; matrix: QrMatrix; distanceMm: number }): Problem | undefined {
	const symbolMm = round1(qr.matrix.size * qr.moduleMm);
	const neededMm = Math.ceil(Math.max(qr.distanceMm / DISTANCE_PER_WIDTH, qr.matrix.size * MIN_MODULE_MM) * 10) / 10;
	if (symbolMm + 1e-9 >= neededMm) return undefined;
	const place = site.data.plaque?.size ? at(site, 'plaque.size') : at(site, 'code');
	return {
		code: 'qr-too-small-for-distance',
		severity: 'warning',
		file: site.file,
		...place,
		params: { code: site.data.code, size: qr.size, symbolMm, neededMm, distanceCm: Math.round(qr.distanceMm / 10) },
	};
}

function round1(mm: number): number {
	return Math.round(mm * 10) / 10;
}
