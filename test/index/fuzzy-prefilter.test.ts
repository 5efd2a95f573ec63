import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {best, tally} from '../../src/index/fuzzy-prefilter.js';

/** The rule written plainly: counted at least `needed` times, not excluded, by count then item, the first `most`. */
function reference(lists: number[][], needed: number, exclude: Set<number>, most: number): number[] {
	const counts = new Map<number, number>();
	for (const list of lists) for (const i of list) counts.set(i, (counts.get(i) ?? 0) + 1);
	return [...counts]
		.filter(([i, c]) => c >= needed && !exclude.has(i))
		.sort((a, b) => b[1] - a[1] || a[0] - b[0])
		.slice(0, most)
		.map(([i]) => i);
}

describe('the fuzzy prefilter', () => {
	it('takes the items counted most, ties by item, as the plain rule does, and leaves the counts at 0', () => {
		const size = 60;
		const list = fc.uniqueArray(fc.integer({min: 0, max: size - 1}), {maxLength: 50}).map((items) => items.sort((a, b) => a - b));
		fc.assert(
			fc.property(fc.array(list, {minLength: 1, maxLength: 6}), fc.integer({min: 1, max: 6}), fc.uniqueArray(fc.integer({min: 0, max: size - 1}), {maxLength: 8}), fc.integer({min: 1, max: 30}), (lists, needed, excluded, most) => {
				const counts = new Uint16Array(size);
				const touched = new Int32Array(size);
				let n = 0;
				for (const items of lists) n = tally(Int32Array.from(items), counts, touched, n);
				const exclude = new Set(excluded);
				expect(best(touched.subarray(0, n), counts, needed, exclude, most)).toEqual(reference(lists, needed, exclude, most));
				expect(counts.every((c) => c === 0)).toBe(true);
			}),
			{numRuns: 500},
		);
	});
});
