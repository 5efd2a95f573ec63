// Candidate pairs for linking, from an inverted index of shared keys (word shingles, and content
// words under one speaker). Only units that share a key are ever compared, and keys held by too
// many units (boilerplate, a speaker's pet word) are dropped, so the work grows with the corpus
// rather than with its square.
import type {TermIds} from './tokens.js';

export interface IndexedUnit {
	/** Index of the unit in the caller's array. */
	index: number;
	/** Units of one article are never paired with each other. */
	article: number;
	/** Numbers that stand for shared features (see shingleKeys, pairKey). */
	keys: number[];
}

/** Keys shared by more units than this are dropped (see CandidateOptions.maxBucket). */
export const MAX_BUCKET = 60;

export interface CandidateOptions {
	/** Keys shared by more units than this are too common to suggest anything. */
	maxBucket?: number;
}

/** Pairs [a, b] (a < b) of units from different articles that share at least one key. */
export function candidatePairs(units: IndexedUnit[], options: CandidateOptions = {}): Array<[number, number]> {
	return [...eachCandidatePair(units, options)];
}

/**
 * The units that share a usable key (one held by at most maxBucket units) with one of the given
 * units: the candidates `eachCandidatePair` would pair them with, found without pairing the corpus.
 */
export function candidatesOf(units: IndexedUnit[], focus: Set<number>, options: CandidateOptions = {}): Map<number, Set<number>> {
	const maxBucket = options.maxBucket ?? MAX_BUCKET;
	const holders = new Map<number, number[]>();
	for (const u of units) if (focus.has(u.index)) for (const key of u.keys) holders.set(key, []);
	for (const u of units) {
		for (const key of new Set(u.keys)) {
			const list = holders.get(key);
			if (list && list.length <= maxBucket) list.push(u.index);
		}
	}
	const out = new Map<number, Set<number>>();
	for (const list of holders.values()) {
		if (list.length > maxBucket) continue;
		for (const f of list) {
			if (!focus.has(f)) continue;
			const set = out.get(f) ?? out.set(f, new Set()).get(f)!;
			for (const other of list) if (other !== f) set.add(other);
		}
	}
	return out;
}

/**
 * The same pairs, in the same order, one at a time: a large corpus has tens of millions, too many
 * to hold at once. A pair is given by the first key (in index order) its two units share; instead
 * of remembering every pair given, each unit keeps the ordinals of its usable keys (ascending), and
 * a pair met under a later key is recognised by walking the two short lists to their first common key.
 */
export function* eachCandidatePair(units: IndexedUnit[], options: CandidateOptions = {}): Generator<[number, number]> {
	const maxBucket = options.maxBucket ?? MAX_BUCKET;
	// Most keys belong to one unit only and can never pair anything. A first pass counts keys by
	// hash in a fixed table (saturating at 2), so the map below holds only keys that may be shared:
	// a collision merely lets a lone key in, which pairs nothing, so the pairs are exactly the same.
	const seenTwice = new Uint8Array(HASH_SLOTS);
	for (const u of units) {
		for (const key of new Set(u.keys)) {
			const h = hashKey(key);
			if (seenTwice[h] < 2) seenTwice[h]++;
		}
	}
	// Keys that do enter hold a bare unit index until a second unit shares them.
	const buckets = new Map<number, number | number[]>();
	for (const u of units) {
		for (const key of new Set(u.keys)) {
			if (seenTwice[hashKey(key)] < 2) continue;
			const list = buckets.get(key);
			if (list === undefined) buckets.set(key, u.index);
			else if (typeof list === 'number') buckets.set(key, [list, u.index]);
			else if (list.length <= maxBucket) list.push(u.index);
		}
	}
	const size = units.reduce((max, u) => Math.max(max, u.index + 1), 0);
	const articleOf = new Int32Array(size);
	for (const u of units) articleOf[u.index] = u.article;
	const usable: number[][] = [];
	const keysOf: number[][] = new Array(size);
	for (const list of buckets.values()) {
		if (typeof list === 'number' || list.length > maxBucket) continue;
		const ordinal = usable.length;
		usable.push(list);
		for (const unit of list) (keysOf[unit] ??= []).push(ordinal);
	}
	buckets.clear();
	for (let k = 0; k < usable.length; k++) {
		const list = usable[k];
		for (let i = 0; i < list.length; i++) {
			for (let j = i + 1; j < list.length; j++) {
				const a = Math.min(list[i], list[j]);
				const b = Math.max(list[i], list[j]);
				if (articleOf[a] === articleOf[b]) continue;
				if (firstCommon(keysOf[a], keysOf[b]) !== k) continue;
				yield [a, b];
			}
		}
	}
}

const HASH_BITS = 25;
const HASH_SLOTS = 1 << HASH_BITS;

/** A key folded to HASH_BITS. */
function hashKey(key: number): number {
	return mix(key | 0) & (HASH_SLOTS - 1);
}

/** The smallest value in both ascending lists (they always share one here). */
function firstCommon(x: number[], y: number[]): number {
	let i = 0;
	let j = 0;
	while (i < x.length && j < y.length) {
		if (x[i] === y[j]) return x[i];
		if (x[i] < y[j]) i++;
		else j++;
	}
	return -1;
}

// Keys are 31-bit integers so that V8 holds them unboxed: millions of them go into the index's
// map. Two features that collide merely make more candidate pairs, which the caller judges like
// any other, so a collision costs a little time and changes no link.

/** Keys for the word n-grams of a term id sequence (the whole sequence when it is shorter than n), all negative. */
export function shingleKeys(terms: TermIds, n = 3): number[] {
	if (terms.length === 0) return [];
	const width = Math.min(n, terms.length);
	const out: number[] = [];
	for (let i = 0; i + width <= terms.length; i++) {
		let h = 0x811c9dc5 ^ width;
		for (let k = i; k < i + width; k++) h = Math.imul(h ^ terms[k], 0x01000193);
		out.push(-(mix(h) & 0x7fffffff) - 1);
	}
	return out;
}

/** A key for a pair of non-negative integers, such as speaker and term; never negative. */
export function pairKey(x: number, y: number): number {
	return mix(Math.imul(x + 1, 0x9e3779b1) ^ Math.imul(y + 1, 0x85ebca6b)) & 0x7fffffff;
}

function mix(h: number): number {
	h ^= h >>> 16;
	h = Math.imul(h, 0x7feb352d);
	h ^= h >>> 15;
	h = Math.imul(h, 0x846ca68b);
	return h ^ (h >>> 16);
}
