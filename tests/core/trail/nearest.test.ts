import { describe, expect, test } from 'vitest';
import { nearestSites, type LocatedSite } from '../../../src/core/trail/nearest.ts';

function site(slug: string, lat: number, lng: number, placeholder = false): LocatedSite {
	return { slug, data: { location: { lat, lng, placeholder } } };
}

// Points of the sample trail (DOMAIN §5): the monument, the communal house beside it, Mount Hứa.
const tuongDai = site('tuong-dai', 21.35182, 107.6005);
const dinh = site('dinh', 21.352, 107.599);
const nuiHua = site('nui-hua', 21.33471, 107.55254);
const chua = site('chua', 21.3521, 107.5991, true);

const names = (list: ReturnType<typeof nearestSites>) => list.map((n) => [n.site.slug, Math.round(n.distanceKm * 100) / 100]);

describe('nearestSites', () => {
	test('lists the other sites nearest first, with their distance in km', () => {
		expect(names(nearestSites([nuiHua, dinh, tuongDai], tuongDai, 3))).toEqual([
			['dinh', 0.16],
			['nui-hua', 5.32],
		]);
	});

	test('stops at count', () => {
		expect(names(nearestSites([nuiHua, dinh, tuongDai], tuongDai, 1))).toEqual([['dinh', 0.16]]);
		expect(nearestSites([nuiHua, dinh, tuongDai], tuongDai, 0)).toEqual([]);
	});

	test('leaves out sites whose position is a placeholder', () => {
		expect(names(nearestSites([chua, nuiHua, dinh], tuongDai, 3)).map(([slug]) => slug)).toEqual(['dinh', 'nui-hua']);
	});

	test('gives a site with a placeholder position no neighbours at all', () => {
		expect(nearestSites([tuongDai, dinh, nuiHua], chua, 3)).toEqual([]);
	});

	test('keeps trail order between sites at the same distance', () => {
		// Half a degree east and west along one parallel: exactly the same distance in floating point.
		const east = site('east', 21, 107.5);
		const west = site('west', 21, 106.5);
		const centre = site('centre', 21, 107);
		expect(names(nearestSites([west, east, centre], centre, 2)).map(([slug]) => slug)).toEqual(['west', 'east']);
		expect(names(nearestSites([east, west, centre], centre, 2)).map(([slug]) => slug)).toEqual(['east', 'west']);
	});

	test('is empty when the site is alone on the trail', () => {
		expect(nearestSites([tuongDai], tuongDai, 3)).toEqual([]);
	});
});
