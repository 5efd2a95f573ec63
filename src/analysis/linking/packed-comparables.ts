// The quotes' words (comparablesOf) in shared memory, each distinct comparable once (syndicated
// quotes share theirs), read in place by both threads that judge the candidate pairs (the build's
// and its pair helper: index/pair-helper.ts). As plain arrays the words were each thread's largest
// structure while it judged (about 270 MB for the 579,000 quotes of the AllSides corpus, on each
// thread); packed they are 72 MB of term ids, held once for both. A packed comparable hands out a
// view of a list when it is read, and keeps none: only the few pairs worth aligning read them.
import type {Comparable} from './similarity.js';
import type {TermIds} from './tokens.js';
import type {MadeComparables} from './units.js';

export interface PackedComparables {
	/** Distinct comparable d's LISTS lists of term ids: list k is terms[starts[LISTS * d + k] .. starts[LISTS * d + k + 1]). */
	terms: Int32Array;
	starts: Int32Array;
	/** 1 when comparable d quotes words inside a paraphrase (its lists 3 to 5). */
	quoted: Uint8Array;
	/** The distinct comparable of each text. */
	of: Int32Array;
	/** Distinct terms (MadeComparables.terms). */
	vocabulary: number;
}

/** all, content, common, and the same of the quoted words. */
const LISTS = 6;
/** Where a comparable's quoted words start among its lists. */
const QUOTED_LISTS = 3;

export function packComparables(made: MadeComparables): PackedComparables {
	const distinct = new Map<Comparable, number>();
	const of = new Int32Array(new SharedArrayBuffer(4 * made.comparables.length));
	made.comparables.forEach((c, i) => {
		let d = distinct.get(c);
		if (d === undefined) distinct.set(c, (d = distinct.size));
		of[i] = d;
	});
	const lists = (c: Comparable): Array<TermIds | undefined> => [c.all, c.content, c.common, c.quoted?.all, c.quoted?.content, c.quoted?.common];
	let total = 0;
	for (const c of distinct.keys()) for (const list of lists(c)) total += list?.length ?? 0;
	const terms = new Int32Array(new SharedArrayBuffer(4 * total));
	const starts = new Int32Array(new SharedArrayBuffer(4 * (LISTS * distinct.size + 1)));
	const quoted = new Uint8Array(new SharedArrayBuffer(distinct.size));
	let at = 0;
	let d = 0;
	for (const c of distinct.keys()) {
		lists(c).forEach((list, k) => {
			starts[LISTS * d + k] = at;
			if (list) for (let j = 0; j < list.length; j++) terms[at++] = list[j];
		});
		quoted[d++] = c.quoted ? 1 : 0;
	}
	starts[LISTS * distinct.size] = at;
	return {terms, starts, quoted, of, vocabulary: made.terms};
}

/** The comparables again, read in place from the packed lists (the same words: tested). */
export function packedComparables(packed: PackedComparables): MadeComparables {
	const distinct = Array.from(packed.quoted, (_, d) => new PackedComparable(packed, LISTS * d, packed.quoted[d] === 1));
	return {comparables: Array.from(packed.of, d => distinct[d]), terms: packed.vocabulary};
}

/** A comparable whose lists start at list `first` of the packed ones. */
class PackedComparable implements Comparable {
	readonly quoted: Comparable | undefined;

	constructor(
		private readonly packed: PackedComparables,
		private readonly first: number,
		quotes: boolean,
	) {
		this.quoted = quotes ? new PackedComparable(packed, first + QUOTED_LISTS, false) : undefined;
	}

	get all(): TermIds {
		return this.list(0);
	}

	get content(): TermIds {
		return this.list(1);
	}

	get common(): TermIds {
		return this.list(2);
	}

	private list(k: number): TermIds {
		const {terms, starts} = this.packed;
		return terms.subarray(starts[this.first + k], starts[this.first + k + 1]);
	}
}
