import { availableParallelism } from 'node:os';

/**
 * Runs `task` on every item, a few at a time: sharp encodes one image on one thread, so images
 * side by side use every core. Results keep the order of `items`, whatever order tasks finish in.
 */
export async function mapConcurrently<T, R>(items: readonly T[], task: (item: T) => Promise<R>, limit = availableParallelism()): Promise<R[]> {
	const results = new Array<R>(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await task(items[index] as T);
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
	return results;
}
