import { describe, expect, test } from 'vitest';
import { distanceKm } from '../../../src/core/trail/distance.ts';
import { trailLegs } from '../../../src/core/trail/legs.ts';

// Surveyed points of the sample trail (DOMAIN §5, source S27).
const tuongDai = { lat: 21.35182, lng: 107.6005, placeholder: false };
const nuiHua = { lat: 21.33471, lng: 107.55254, placeholder: false };
const dinh = { lat: 21.352, lng: 107.599, placeholder: false };
const guessed = { lat: 21.33, lng: 107.5, placeholder: true };

describe('trailLegs', () => {
	test.each([
		['no stops', []],
		['one stop', [tuongDai]],
	])('has no legs and nothing measured for %s', (_name, stops) => {
		expect(trailLegs(stops)).toEqual({ legsKm: [], measuredKm: 0, measuredLegs: 0 });
	});

	test('measures every leg between surveyed stops, in trail order', () => {
		const legs = trailLegs([tuongDai, nuiHua, dinh]);
		expect(legs.legsKm).toEqual([distanceKm(tuongDai, nuiHua), distanceKm(nuiHua, dinh)]);
		expect(legs.measuredLegs).toBe(2);
		expect(legs.measuredKm).toBeCloseTo(distanceKm(tuongDai, nuiHua) + distanceKm(nuiHua, dinh), 12);
	});

	test('gives no distance for a leg that starts or ends at a placeholder position', () => {
		expect(trailLegs([tuongDai, guessed, nuiHua]).legsKm).toEqual([undefined, undefined]);
	});

	test('adds only the measured legs to the total', () => {
		const legs = trailLegs([tuongDai, nuiHua, guessed, dinh]);
		expect(legs.legsKm.map((km) => km !== undefined)).toEqual([true, false, false]);
		expect(legs).toMatchObject({ measuredKm: distanceKm(tuongDai, nuiHua), measuredLegs: 1 });
	});

	test('a trail of placeholders measures nothing', () => {
		expect(trailLegs([guessed, { ...guessed, lat: 21.42 }])).toEqual({ legsKm: [undefined], measuredKm: 0, measuredLegs: 0 });
	});
});
