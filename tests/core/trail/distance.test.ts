import { describe, expect, test } from 'vitest';
import { distanceKm, EARTH_RADIUS_KM, pathLengthKm } from '../../../src/core/trail/distance.ts';

// Surveyed points of the sample trail (DOMAIN §5, source S27).
const tuongDai = { lat: 21.35182, lng: 107.6005 };
const nuiHua = { lat: 21.33471, lng: 107.55254 };

describe('distanceKm', () => {
	test('is 0 between a point and itself', () => {
		expect(distanceKm(tuongDai, tuongDai)).toBe(0);
	});

	test('one degree of latitude is about 111.195 km on the mean sphere', () => {
		expect(distanceKm({ lat: 21, lng: 107 }, { lat: 22, lng: 107 })).toBeCloseTo((Math.PI * EARTH_RADIUS_KM) / 180, 9);
	});

	test('a degree of longitude shrinks with the cosine of the latitude', () => {
		expect(distanceKm({ lat: 60, lng: 0 }, { lat: 60, lng: 1 })).toBeCloseTo(55.597, 3);
	});

	test('is the same in both directions', () => {
		expect(distanceKm(tuongDai, nuiHua)).toBe(distanceKm(nuiHua, tuongDai));
	});

	test('Tượng đài Hà Quang Vóc to Núi Hứa is about 5.3 km', () => {
		expect(distanceKm(tuongDai, nuiHua)).toBeCloseTo(5.3191, 3);
	});

	test('Hà Nội to Thành phố Hồ Chí Minh is about 1,138 km', () => {
		expect(distanceKm({ lat: 21.0285, lng: 105.8542 }, { lat: 10.8231, lng: 106.6297 })).toBeCloseTo(1137.8, 0);
	});

	test('does not return NaN for points on opposite sides of the Earth', () => {
		expect(distanceKm({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
	});
});

describe('pathLengthKm', () => {
	test.each([
		['no points', []],
		['one point', [tuongDai]],
	])('is 0 for %s', (_name, points) => {
		expect(pathLengthKm(points)).toBe(0);
	});

	test('adds the legs in order', () => {
		const there = distanceKm(tuongDai, nuiHua);
		expect(pathLengthKm([tuongDai, nuiHua, tuongDai])).toBeCloseTo(2 * there, 12);
	});
});
