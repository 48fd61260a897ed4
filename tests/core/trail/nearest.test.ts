import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { distanceKm } from '../../../src/core/trail/distance.ts';
import { nearestSites, type LocatedSite } from '../../../src/core/trail/nearest.ts';
import { fcParams } from '../../properties/arbitraries/text.ts';

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

	test('gives what sorting the whole trail by distance gives, ties in trail order (issue #7: it no longer sorts)', () => {
		// Points on a coarse grid, so equal distances and placeholders are common.
		const point = fc.record({ lat: fc.integer({ min: 0, max: 4 }), lng: fc.integer({ min: 0, max: 4 }), placeholder: fc.boolean() });
		const trail = fc.array(point, { minLength: 1, maxLength: 40 }).map((points) => points.map((p, i) => site(`s${i}`, 21 + p.lat / 100, 107 + p.lng / 100, p.placeholder && i % 3 === 0)));
		fc.assert(
			fc.property(trail, fc.nat({ max: 45 }), fc.integer({ min: 0, max: 8 }), (sites, pick, count) => {
				const from = sites[pick % sites.length]!;
				const sorted = from.data.location.placeholder
					? []
					: sites
							.filter((other) => other.slug !== from.slug && !other.data.location.placeholder)
							.map((other) => ({ site: other, distanceKm: distanceKm(from.data.location, other.data.location) }))
							.sort((a, b) => a.distanceKm - b.distanceKm)
							.slice(0, count);
				expect(nearestSites(sites, from, count)).toEqual(sorted);
			}),
			fcParams(300),
		);
	});
});
