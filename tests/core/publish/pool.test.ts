import { describe, expect, test } from 'vitest';
import { mapConcurrently } from '../../../src/core/publish/pool.ts';

describe('mapConcurrently', () => {
	test('keeps the order of the items, whatever order the tasks finish in', async () => {
		const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
		expect(await mapConcurrently([30, 10, 20, 0], async (ms) => (await wait(ms), ms * 2), 3)).toEqual([60, 20, 40, 0]);
	});

	test('runs at most `limit` tasks at a time', async () => {
		let running = 0;
		let most = 0;
		await mapConcurrently([1, 2, 3, 4, 5, 6], async () => {
			most = Math.max(most, ++running);
			await new Promise((resolve) => setTimeout(resolve, 5));
			running--;
		}, 2);
		expect(most).toBe(2);
	});

	test('gives an empty list for no items', async () => {
		expect(await mapConcurrently([], async () => 1)).toEqual([]);
	});

	test('fails when a task fails', async () => {
		await expect(mapConcurrently([1], async () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
	});
});
