import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {evidence, judgeUnits, type Comparable, type LinkContext, type SpeakerRelation} from '../../src/analysis/linking/similarity.js';

/** Ascending distinct term ids. */
const idsArb = fc.uniqueArray(fc.integer({min: 0, max: 30}), {maxLength: 14}).map((ids) => ids.sort((a, b) => a - b));

/** A rendering: its words in order (from a small vocabulary, so pairs share many), its content and lower-case terms. */
const comparableArb: fc.Arbitrary<Comparable> = fc
	.record({all: fc.array(fc.integer({min: 0, max: 30}), {minLength: 1, maxLength: 24}), commonShare: fc.integer({min: 0, max: 3})})
	.map(({all, commonShare}) => {
		const content = [...new Set(all)].sort((a, b) => a - b);
		return {all, content, common: content.filter((t) => t % 4 < commonShare)};
	});

/** A comparable of these words in order. */
function ofWords(all: number[], commonShare: number): Comparable {
	const content = [...new Set(all)].sort((a, b) => a - b);
	return {all, content, common: content.filter((t) => t % 4 < commonShare)};
}

/** Two renderings, often one an edited copy of the other (words dropped or swapped), so that many pairs link. */
const pairArb: fc.Arbitrary<[Comparable, Comparable]> = fc.oneof(
	fc.tuple(comparableArb, comparableArb),
	fc
		.record({
			all: fc.array(fc.integer({min: 0, max: 30}), {minLength: 4, maxLength: 30}),
			edits: fc.array(fc.record({at: fc.nat(), to: fc.integer({min: -1, max: 30})}), {maxLength: 6}),
			from: fc.nat(),
			commonShare: fc.integer({min: 0, max: 3}),
		})
		.map(({all, edits, from, commonShare}): [Comparable, Comparable] => {
			const copy = all.slice(from % Math.max(1, all.length - 3));
			for (const {at, to} of edits) if (copy.length > 1) to < 0 ? copy.splice(at % copy.length, 1) : (copy[at % copy.length] = to);
			return [ofWords(all, commonShare), ofWords(copy, commonShare)];
		}),
);

const relationArb = fc.constantFrom<SpeakerRelation>('same', 'affiliated', 'partial', 'unattributed', 'unknown', 'conflict');

/** A context whose speaker is counted when read, as linking's lazy one is worked out when read. */
function countingContext(speaker: SpeakerRelation, farApart: boolean, sameDays: boolean): LinkContext & {reads: number} {
	return {
		reads: 0,
		farApart,
		sameDays: sameDays && !farApart,
		get speaker() {
			this.reads++;
			return speaker;
		},
	};
}

describe('judging a candidate pair: pruned where no speaker relation would link', () => {
	it('gives the score of the full judgement, and reads the speaker only when some relation could link', () => {
		let linked = 0;
		fc.assert(
			fc.property(pairArb, relationArb, fc.boolean(), fc.boolean(), fc.array(fc.double({min: 0.05, max: 1, noNaN: true}), {minLength: 31, maxLength: 31}), ([a, b], speaker, farApart, sameDays, table) => {
				const weight = (t: number) => table[t];
				const full = judgeUnits(a, b, weight, countingContext(speaker, farApart, sameDays));
				const lazy = countingContext(speaker, farApart, sameDays);
				const pruned = judgeUnits(a, b, weight, lazy, {prune: true});
				expect(pruned?.score ?? 0).toBe(full?.score ?? 0);
				// Some relation links the pair: else the speaker was never needed.
				const anyLinks = (['same', 'affiliated', 'partial', 'unattributed', 'unknown', 'conflict'] as const).some(
					(s) => (judgeUnits(a, b, weight, countingContext(s, farApart, sameDays))?.score ?? 0) > 0,
				);
				if (!anyLinks) expect(lazy.reads).toBe(0);
				linked += full && full.score > 0 ? 1 : 0;
			}),
			{numRuns: 2000},
		);
		// The property means something only if many of the pairs link.
		expect(linked).toBeGreaterThan(100);
	});

	it('counts shared wording (terms printed in lower case by either side) as a term-by-term check would', () => {
		fc.assert(
			fc.property(idsArb, idsArb, fc.integer({min: 0, max: 3}), fc.integer({min: 0, max: 3}), (x, y, sx, sy) => {
				const [xc, yc] = [x.filter((t) => t % 4 < sx), y.filter((t) => t % 4 < sy)];
				const a: Comparable = {all: x.length ? x : [0], content: x, common: xc};
				const b: Comparable = {all: y.length ? y : [0], content: y, common: yc};
				const expected = x.filter((t) => y.includes(t) && (xc.includes(t) || yc.includes(t))).length;
				expect(evidence(a, b, () => 0.5).sharedCommon).toBe(expected);
			}),
			{numRuns: 500},
		);
	});
});
