// The quotes' words (comparablesOf) in shared memory, each distinct comparable once (syndicated
// quotes share theirs), read in place by both threads that judge the candidate pairs (the build's
// and its pair helper: index/pair-helper.ts). As plain arrays the words were each thread's largest
// structure while it judged (about 270 MB for the 579,000 quotes of the AllSides corpus, on each
// thread); packed they are 72 MB of term ids, held once for both. The helper makes them packed
// from the start. A packed comparable hands out a view of a list when it is read, and keeps none:
// only the few pairs worth aligning read them.
import {GrowingInts} from '../../util/growing-ints.js';
import {comparable, type Comparable} from './similarity.js';
import {Vocabulary, type TermIds} from './tokens.js';
import {eachDistinctText, type MadeComparables, type TextList} from './units.js';

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

/**
 * The quotes' texts made comparable (as comparablesOf makes them, the same term ids) straight into
 * packed lists: the pair helper makes them so, without a plain copy of them all that would stay
 * in its heap as garbage until a full collection.
 */
export function packedComparablesOf(texts: TextList, onProgress?: (done: number) => void): PackedComparables {
	const vocabulary = new Vocabulary();
	const packer = new Packer();
	const of = eachDistinctText(texts, text => packer.add(comparable(text, vocabulary)), onProgress);
	return packer.finish(of, vocabulary.size);
}

/** Comparables made apart (comparablesOf), packed. */
export function packComparables(made: MadeComparables): PackedComparables {
	const packer = new Packer();
	const distinct = new Map<Comparable, number>();
	const of = made.comparables.map(c => {
		let d = distinct.get(c);
		if (d === undefined) distinct.set(c, (d = packer.add(c)));
		return d;
	});
	return packer.finish(of, made.terms);
}

/** Distinct comparables appended one by one, each a number. */
class Packer {
	private readonly terms = new GrowingInts();
	private readonly starts = new GrowingInts();
	private readonly quoted: number[] = [];

	add(c: Comparable): number {
		for (const list of [c.all, c.content, c.common, c.quoted?.all, c.quoted?.content, c.quoted?.common]) {
			this.starts.push(this.terms.length);
			if (list) for (let j = 0; j < list.length; j++) this.terms.push(list[j]);
		}
		this.quoted.push(c.quoted ? 1 : 0);
		return this.quoted.length - 1;
	}

	/** `of`: the distinct comparable of each text. */
	finish(of: readonly number[], vocabulary: number): PackedComparables {
		this.starts.push(this.terms.length);
		const quoted = new Uint8Array(new SharedArrayBuffer(this.quoted.length));
		quoted.set(this.quoted);
		const ofs = new Int32Array(new SharedArrayBuffer(4 * of.length));
		ofs.set(of);
		return {terms: this.terms.shared(), starts: this.starts.shared(), quoted, of: ofs, vocabulary};
	}
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
