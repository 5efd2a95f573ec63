import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {PackedContent} from '../../src/analysis/linking/packed-content.js';
import {weightedContainment, type Comparable} from '../../src/analysis/linking/similarity.js';

/** Ascending distinct term ids, as units hold them. */
const contentArb = fc.uniqueArray(fc.integer({min: 0, max: 40}), {maxLength: 12}).map((ids) => ids.sort((a, b) => a - b));

describe("PackedContent: the linker's first test, from packed arrays", () => {
	it('gives weightedContainment shared count and containment for every pair, within an index and across two', () => {
		fc.assert(
			fc.property(fc.array(contentArb, {minLength: 1, maxLength: 8}), fc.array(contentArb, {minLength: 1, maxLength: 8}), fc.array(fc.double({min: 0.01, max: 1, noNaN: true}), {minLength: 41, maxLength: 41}), (xs, ys, table) => {
				const weight = (t: number) => table[t];
				const comparable = (content: number[]): Comparable => ({all: content, content});
				const left = new PackedContent(xs.length, (i) => comparable(xs[i]), weight);
				// Items without content (undefined) count as empty.
				const right = new PackedContent(ys.length, (i) => (ys[i].length ? comparable(ys[i]) : undefined), weight);
				for (let a = 0; a < xs.length; a++) {
					for (let b = 0; b < xs.length; b++) {
						const expected = weightedContainment(xs[a], xs[b], weight);
						expect(left.shared(a, b)).toBe(expected.shared);
						expect(left.containment).toBe(expected.containment);
					}
					for (let b = 0; b < ys.length; b++) {
						const expected = weightedContainment(xs[a], ys[b], weight);
						expect(left.shared(a, b, right)).toBe(expected.shared);
						expect(left.containment).toBe(expected.containment);
						expect(right.size(b)).toBe(ys[b].length);
					}
				}
			}),
			{numRuns: 200},
		);
	});
});
