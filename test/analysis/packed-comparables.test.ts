// The quotes' words packed in shared memory and read in place (packed-comparables.ts): the same
// words as the plain comparables, each text's distinct comparable once, and the same judgement of
// every pair, on whole renderings and on the words a paraphrase quotes.
import {describe, expect, it} from 'vitest';
import {packComparables, packedComparables, packedComparablesOf} from '../../src/analysis/linking/packed-comparables.js';
import {compatibleUnits, evidence, judgeUnits, type Comparable, type LinkContext} from '../../src/analysis/linking/similarity.js';
import {comparablesOf} from '../../src/analysis/linking/units.js';

const texts = [
	'The port is drowning in unpaid fees and the board must act now.',
	'He said the port was “drowning in unpaid fees” and asked the board to act.',
	'The port is drowning in unpaid fees and the board must act now.',
	'The board must act now, because the port is drowning in fees.',
	'Nobody expected the vote to pass so easily on Tuesday.',
	'',
];

const words = (c: Comparable): unknown => ({all: [...c.all], content: [...c.content], common: c.common && [...c.common], quoted: c.quoted && words(c.quoted)});
const ctx: LinkContext = {speaker: 'same', farApart: false, sameDays: true};
const weight = (t: number) => 0.3 + (t % 7) / 10;

describe('packed comparables', () => {
	const plain = comparablesOf(texts);
	const packed = packComparables(plain);
	const read = packedComparables(packed);

	it('hold the same words, read in place, each distinct text once', () => {
		expect(read.terms).toBe(plain.terms);
		expect(read.comparables.map(words)).toEqual(plain.comparables.map(words));
		expect(plain.comparables[1].quoted).toBeDefined();
		expect(read.comparables[1].quoted).toBeDefined();
		expect(read.comparables[0].quoted).toBeUndefined();
		expect(read.comparables[0].content).toBeInstanceOf(Int32Array);
		expect((read.comparables[0].content as Int32Array).buffer).toBe(packed.terms.buffer);
		// The repeated text is one comparable, packed once.
		expect(read.comparables[2]).toBe(read.comparables[0]);
		expect(packed.quoted.length).toBe(texts.length - 1);
	});

	it('are the same made straight into packed lists as packed afterwards', () => {
		const direct = packedComparablesOf(texts);
		for (const key of ['terms', 'starts', 'quoted', 'of'] as const) expect([...direct[key]]).toEqual([...packed[key]]);
		expect(direct.vocabulary).toBe(packed.vocabulary);
		expect(direct.terms.buffer).toBeInstanceOf(SharedArrayBuffer);
	});

	it('judge every pair as the plain ones do', () => {
		for (let a = 0; a < texts.length; a++) {
			for (let b = 0; b < texts.length; b++) {
				const [x, y] = [plain.comparables[a], plain.comparables[b]];
				const [px, py] = [read.comparables[a], read.comparables[b]];
				expect(judgeUnits(px, py, weight, ctx)).toEqual(judgeUnits(x, y, weight, ctx));
				expect(evidence(px, py, weight)).toEqual(evidence(x, y, weight));
				expect(compatibleUnits(px, py, weight, ctx)).toBe(compatibleUnits(x, y, weight, ctx));
			}
		}
		expect(judgeUnits(read.comparables[0], read.comparables[1], weight, ctx)?.score).toBeGreaterThan(0);
	});
});
