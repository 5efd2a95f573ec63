// Array helpers for lists of any length. Spreading an array into a call (`push(...items)`,
// `Math.max(...items)`) passes every element as an argument on the stack, and V8 throws
// "Maximum call stack size exceeded" beyond roughly 120,000 of them: a 4.5 MB article wraps to
// more lines than that, a JSON Lines file can give more warnings. These loop instead.

/** Appends every item to `target` (in place) and returns it. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
	for (const item of items) target.push(item);
	return target;
}

/** The largest value, or `empty` for no values. */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
	let max = empty;
	let first = true;
	for (const v of values) {
		if (first || v > max) max = v;
		first = false;
	}
	return max;
}

/** The smallest value, or `empty` for no values. */
export function minOf(values: Iterable<number>, empty = Infinity): number {
	let min = empty;
	let first = true;
	for (const v of values) {
		if (first || v < min) min = v;
		first = false;
	}
	return min;
}

/** The first index in [0, length) where `before(i)` is false, for a `before` true on a prefix only (binary search). */
export function firstNotBefore(length: number, before: (i: number) => boolean): number {
	let lo = 0;
	let hi = length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (before(mid)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
