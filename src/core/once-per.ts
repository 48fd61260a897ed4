/**
 * `compute`, run once per object and remembered for as long as the object lives. Pages ask the
 * same question of a trail's list of sites thousands of times (issue #7); a list of sites never
 * changes once loaded, so its answer never goes stale.
 */
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
	const answers = new WeakMap<K, V>();
	return (key) => {
		if (answers.has(key)) return answers.get(key)!;
		const answer = compute(key);
		answers.set(key, answer);
		return answer;
	};
}
