import { availableParallelism } from 'node:os';

/**
 * Runs `task` on every item, a few at a time: sharp encodes one image on one thread, so images
 * side by side use every core. Results keep the order of `items`, whatever order tasks finish in.
 *
 * When a task fails, no new one starts, and the promise rejects with the first failure only once
 * the tasks already running have ended: a failed build removes its staging folder next, and a
 * task still writing would put files back into it after it was removed (issue #8).
 */
export async function mapConcurrently<T, R>(items: readonly T[], task: (item: T) => Promise<R>, limit = availableParallelism()): Promise<R[]> {
	const results = new Array<R>(items.length);
	let next = 0;
	let failure: { error: unknown } | undefined;
	const worker = async () => {
		while (!failure && next < items.length) {
			const index = next++;
			try {
				results[index] = await task(items[index] as T);
			} catch (error) {
				failure ??= { error };
			}
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
	if (failure) throw failure.error;
	return results;
}
