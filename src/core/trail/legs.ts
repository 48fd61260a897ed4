import type { Location } from '../schema/location.ts';
import { distanceKm } from './distance.ts';

/** The legs between consecutive stops, and what of the trail's length is actually known. */
export interface TrailLegs {
	/**
	 * `legsKm[i]` joins stop i and stop i + 1: the straight-line distance, or `undefined` when
	 * either end is a placeholder position, so an invented point never passes for a measured one.
	 */
	legsKm: Array<number | undefined>;
	/** Sum of the measured legs only. */
	measuredKm: number;
	measuredLegs: number;
}

/** Legs of a trail whose stops are given in trail order; no legs for fewer than two stops. */
export function trailLegs(locations: readonly Location[]): TrailLegs {
	const legsKm = locations.slice(1).map((to, i) => {
		const from = locations[i]!;
		return from.placeholder || to.placeholder ? undefined : distanceKm(from, to);
	});
	const measured = legsKm.filter((km): km is number => km !== undefined);
	return { legsKm, measuredKm: measured.reduce((sum, km) => sum + km, 0), measuredLegs: measured.length };
}
