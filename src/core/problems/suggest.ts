/**
 * Edit distance between two short strings (names of fields and choices), where swapping two
 * neighbouring letters is one edit, the commonest typing slip ("cdoe" for "code").
 */
export function editDistance(a: string, b: string): number {
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j] ?? 0, (before[j - 2] ?? 0) + 1);
		}
		before = previous;
		previous = current;
	}
	return previous[b.length] ?? 0;
}

/**
 * The closest of `candidates` to `input`, or undefined when none is close enough to be a typo
 * (at most a third of the word may differ). Case is ignored: "Title" suggests "title".
 */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
	const needle = input.toLowerCase();
	let best: { name: string; distance: number } | undefined;
	for (const name of candidates) {
		const distance = editDistance(needle, name.toLowerCase());
		if (!best || distance < best.distance) best = { name, distance };
	}
	if (!best) return undefined;
	return best.distance <= Math.max(1, Math.floor(Math.max(needle.length, best.name.length) / 3)) ? best.name : undefined;
}
