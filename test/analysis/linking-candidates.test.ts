import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {candidatePairs, type IndexedUnit} from '../../src/analysis/linking/candidates.js';

/**
 * The pairs as the plain definition gives them: every usable key (held by two to maxBucket units)
 * pairs its units from different articles, and a pair is given once. (The order is the walk's own;
 * callers must not depend on it, so the test compares sorted lists.)
 */
function reference(units: IndexedUnit[], maxBucket: number): Array<[number, number]> {
	const holders = new Map<number, number[]>();
	for (const u of units) {
		for (const key of new Set(u.keys)) {
			const list = holders.get(key) ?? [];
			list.push(u.index);
			holders.set(key, list);
		}
	}
	const usable = [...holders.values()].filter((list) => list.length >= 2 && list.length <= maxBucket);
	const articleOf = new Map(units.map((u) => [u.index, u.article]));
	const given = new Set<string>();
	const out: Array<[number, number]> = [];
	for (const list of usable) {
		for (let i = 0; i < list.length; i++) {
			for (let j = i + 1; j < list.length; j++) {
				const a = Math.min(list[i], list[j]);
				const b = Math.max(list[i], list[j]);
				if (articleOf.get(a) === articleOf.get(b) || given.has(`${a}:${b}`)) continue;
				given.add(`${a}:${b}`);
				out.push([a, b]);
			}
		}
	}
	return out;
}

const sorted = (pairs: Array<[number, number]>) => [...pairs].sort((x, y) => x[0] - y[0] || x[1] - y[1]);

/** Units with keys from a small range (so that they share many), some repeated within a unit, in any index order. */
const unitsArb = fc
	.array(
		fc.record({
			article: fc.integer({min: 0, max: 6}),
			keys: fc.array(fc.integer({min: -12, max: 12}), {maxLength: 8}),
		}),
		{maxLength: 30},
	)
	.chain((rows) =>
		fc.shuffledSubarray(
			rows.map((_, i) => i),
			{minLength: rows.length, maxLength: rows.length},
		).map((order) => rows.map((row, p) => ({index: order[p], article: row.article, keys: row.keys}))),
	);

describe('candidatePairs: the compact index', () => {
	it('gives exactly the pairs of the plain definition, each once', () => {
		fc.assert(
			fc.property(unitsArb, fc.integer({min: 2, max: 6}), (units, maxBucket) => {
				const pairs = candidatePairs(units, {maxBucket});
				expect(sorted(pairs)).toEqual(sorted(reference(units, maxBucket)));
				expect(new Set(pairs.map(([a, b]) => `${a}:${b}`)).size).toBe(pairs.length);
			}),
			{numRuns: 300},
		);
	});

	it('pairs units under keys of every sign and size, each pair once', () => {
		const big = 2 ** 31 - 1;
		const units: IndexedUnit[] = [
			{index: 0, article: 0, keys: [big, -big - 1, 5, 5]},
			{index: 1, article: 1, keys: [-big - 1, big, 5]},
			{index: 2, article: 2, keys: [0]},
			{index: 3, article: 3, keys: [0, 5]},
		];
		expect(sorted(candidatePairs(units))).toEqual([
			[0, 1],
			[0, 3],
			[1, 3],
			[2, 3],
		]);
	});
});
