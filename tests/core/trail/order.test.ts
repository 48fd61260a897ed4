import { describe, expect, test } from 'vitest';
import { neighbours, orderSites } from '../../../src/core/trail/order.ts';

function site(slug: string, title: string, trail?: number) {
	return { slug, data: trail === undefined ? { title } : { title, trail } };
}

const slugsOf = (sites: { slug: string }[]) => sites.map((s) => s.slug);

describe('orderSites', () => {
	test('puts sites in trail-position order', () => {
		const sites = [site('c', 'C', 3), site('a', 'A', 1), site('b', 'B', 2)];
		expect(slugsOf(orderSites(sites))).toEqual(['a', 'b', 'c']);
	});

	test('puts sites without a position after those with one, whatever their title', () => {
		const sites = [site('an', 'An'), site('xuan', 'Xuân', 9)];
		expect(slugsOf(orderSites(sites))).toEqual(['xuan', 'an']);
	});

	test('orders sites without a position by Vietnamese alphabet, not by code point (Đ after D, not after Z)', () => {
		const titles = ['Ưng', 'Đình Đầm Hà', 'Ông', 'Dực Yên', 'Zô', 'Ăn', 'An', 'Đại Bình', 'Bé', 'Ân', 'Úc', 'Uông Bí'];
		const sites = titles.map((title, i) => site(`s${i}`, title));
		expect(orderSites(sites).map((s) => s.data.title)).toEqual([
			'An',
			'Ăn',
			'Ân',
			'Bé',
			'Dực Yên',
			'Đại Bình',
			'Đình Đầm Hà',
			'Ông',
			'Úc',
			'Uông Bí',
			'Ưng',
			'Zô',
		]);
	});

	test('orders NFD titles like their NFC twins', () => {
		const sites = [site('b', 'Đầm Hà'.normalize('NFD')), site('a', 'Bé')];
		expect(slugsOf(orderSites(sites))).toEqual(['a', 'b']);
	});

	test('breaks ties (same position, or same title) by slug, so the order is repeatable', () => {
		const sites = [site('b', 'Chùa', 1), site('a', 'Chùa', 1), site('d', 'Đình'), site('c', 'Đình')];
		expect(slugsOf(orderSites(sites))).toEqual(['a', 'b', 'c', 'd']);
	});

	test('returns a new array and leaves the input alone', () => {
		const sites = [site('b', 'B', 2), site('a', 'A', 1)];
		const ordered = orderSites(sites);
		expect(ordered).not.toBe(sites);
		expect(slugsOf(sites)).toEqual(['b', 'a']);
	});

	test('keeps the extra fields of the items it sorts', () => {
		const sites = [{ ...site('a', 'A', 1), dir: '/tmp/a' }];
		expect(orderSites(sites)[0]?.dir).toBe('/tmp/a');
	});

	test('returns [] for no sites', () => {
		expect(orderSites([])).toEqual([]);
	});
});

describe('neighbours', () => {
	const trail = [site('a', 'A', 1), site('b', 'B', 2), site('c', 'C', 3)];

	test.each([
		['a', undefined, 'b'],
		['b', 'a', 'c'],
		['c', 'b', undefined],
	])('around %s: previous %s, next %s', (slug, previous, next) => {
		const found = neighbours(trail, slug);
		expect(found.previous?.slug).toBe(previous);
		expect(found.next?.slug).toBe(next);
	});

	test('leaves out a missing side rather than setting it to undefined', () => {
		expect(Object.keys(neighbours(trail, 'a'))).toEqual(['next']);
	});

	test('returns {} for a slug that is not on the trail', () => {
		expect(neighbours(trail, 'x')).toEqual({});
	});

	test('returns {} for a trail of one site', () => {
		expect(neighbours([site('a', 'A')], 'a')).toEqual({});
	});
});
