// The linker's first test of a candidate pair (do the two renderings share enough weighted content
// words to be worth aligning?) runs on tens of millions of pairs in a large corpus. Read from the
// units themselves it costs about a microsecond a pair, nearly all of it waiting for memory: two
// objects and two arrays scattered over the heap, and a weight looked up per term. Here every
// unit's content terms sit in one typed array, with the weights in a table by term (small enough to
// stay in cache) and each unit's total weight summed once; the pairs of one unit are visited together, so its terms stay in cache and
// each partner costs a read of one short run. The figures are exactly weightedContainment's
// (the same sums in the same order).
import type {Comparable, Weight} from './similarity.js';

export class PackedContent {
	private readonly start: Int32Array;
	private readonly terms: Int32Array;
	/** By term id. */
	private readonly weights: Float64Array;
	private readonly total: Float64Array;
	/** The containment of the last pair `shared` measured. */
	containment = 0;

	/** `of(i)`: the content of item i, or undefined for none. */
	constructor(count: number, of: (i: number) => Comparable | undefined, weight: Weight) {
		this.start = new Int32Array(count + 1);
		for (let i = 0; i < count; i++) this.start[i + 1] = this.start[i] + (of(i)?.content.length ?? 0);
		this.terms = new Int32Array(this.start[count]);
		this.total = new Float64Array(count);
		let top = -1;
		for (let i = 0; i < count; i++) {
			const content = of(i)?.content ?? [];
			let sum = 0;
			for (let k = 0; k < content.length; k++) {
				this.terms[this.start[i] + k] = content[k];
				sum += weight(content[k]);
				if (content[k] > top) top = content[k];
			}
			this.total[i] = sum;
		}
		this.weights = new Float64Array(top + 1);
		for (let t = 0; t <= top; t++) this.weights[t] = weight(t);
	}

	/** Content terms of item i. */
	size(i: number): number {
		return this.start[i + 1] - this.start[i];
	}

	/**
	 * Shared content terms of items a and `b` of `other` (this index by default); their IDF-weighted
	 * share of the lighter one is left in `containment`.
	 */
	shared(a: number, b: number, other: PackedContent = this): number {
		const terms = this.terms;
		const oterms = other.terms;
		let i = this.start[a];
		const iEnd = this.start[a + 1];
		let j = other.start[b];
		const jEnd = other.start[b + 1];
		let ws = 0;
		let shared = 0;
		while (i < iEnd && j < jEnd) {
			const x = terms[i];
			const y = oterms[j];
			if (x === y) {
				ws += this.weights[x];
				shared++;
				i++;
				j++;
			} else if (x < y) i++;
			else j++;
		}
		const denominator = Math.min(this.total[a], other.total[b]);
		this.containment = denominator > 0 ? ws / denominator : 0;
		return shared;
	}
}
