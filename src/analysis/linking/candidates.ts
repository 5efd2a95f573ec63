// Candidate pairs for linking, from an inverted index of shared keys (word shingles, and content
// words under one speaker). Only units that share a key are ever compared, and keys held by too
// many units (boilerplate, a speaker's pet word) are dropped, so the work grows with the corpus
// rather than with its square.
import {GrowingInts} from '../../util/growing-ints.js';
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
	const out: Array<[number, number]> = [];
	forEachCandidatePair(units, (a, b) => out.push([a, b]), options);
	return out;
}

/**
 * The units that share a usable key (one held by at most maxBucket units) with one of the given
 * units: the candidates `forEachCandidatePair` would pair them with, found without pairing the corpus.
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
 * The same pairs, handed to `visit` one at a time: a large corpus has tens of millions, too many to
 * hold at once. Unit by unit (in the order given), each of its usable keys pairs it with the units
 * after it in that key's list; a unit met again under another key is recognised by a stamp (the
 * last unit it was paired with), so each pair is given once, in one pass over the key lists. The
 * order of the pairs is this walk's: callers that keep pairs must not depend on it.
 */
export function forEachCandidatePair(units: IndexedUnit[], visit: (a: number, b: number) => void, options: CandidateOptions = {}): void {
	const index = candidateIndex(units, options.maxBucket ?? MAX_BUCKET);
	visitPairs(index, 0, units.length, pairStamps(index), visit);
}

/** The stamps visitPairs marks partners with, for one thread's walks over `index`. */
export function pairStamps(index: CandidateIndex): Int32Array {
	return new Int32Array(index.order.length).fill(-1);
}

/**
 * forEachCandidatePair's pairs of the units at positions from .. to - 1 with the units after them:
 * the walks over consecutive ranges, in any order or on several threads (each with its own
 * stamps), give every pair once.
 */
export function visitPairs(index: CandidateIndex, from: number, to: number, stamp: Int32Array, visit: (a: number, b: number) => void): void {
	const {keyStart, members, unitStart, unitSlots, slotKey, order, articleOf} = index;
	for (let p = from; p < to; p++) {
		const article = articleOf[p];
		const unit = order[p];
		for (let e = unitStart[p]; e < unitStart[p + 1]; e++) {
			const end = keyStart[slotKey[unitSlots[e]] + 1];
			for (let s = unitSlots[e] + 1; s < end; s++) {
				const q = members[s];
				if (stamp[q] === p || articleOf[q] === article) continue;
				stamp[q] = p;
				const other = order[q];
				if (unit < other) visit(unit, other);
				else visit(other, unit);
			}
		}
	}
}

/**
 * The candidate index in compressed rows (CSR), by position in the units given: for usable key k,
 * its units' positions are members[keyStart[k] .. keyStart[k + 1]), ascending; for the unit at
 * position p, unitSlots[unitStart[p] .. unitStart[p + 1]) are where it sits in its keys' lists, and
 * slotKey[s] is the key of slot s. Flat typed arrays: at 37k articles the keys number in the
 * millions, and a Map of small arrays for them was the build's peak of memory.
 */
export interface CandidateIndex {
	keyStart: Int32Array;
	members: Int32Array;
	unitStart: Int32Array;
	unitSlots: Int32Array;
	slotKey: Int32Array;
	/** The caller's index of the unit at each position. */
	order: Int32Array;
	articleOf: Int32Array;
}

/** `shared`: its arrays in shared memory, for other threads to read (judge-pairs.ts). */
export function candidateIndex(units: IndexedUnit[], maxBucket = MAX_BUCKET, shared = false): CandidateIndex {
	const ints = (length: number) => (shared ? new Int32Array(new SharedArrayBuffer(4 * length)) : new Int32Array(length));
	// Most keys belong to one unit only and can never pair anything. A first pass counts keys by
	// hash in a fixed table (saturating at 2), so the table below holds only keys that may be shared:
	// a collision merely lets a lone key in, which pairs nothing, so the pairs are exactly the same.
	const slots = hashSlots(units.length);
	const seenTwice = new Uint8Array(slots);
	// A key repeated within one unit counts twice here too: it merely enters the table below, which
	// counts units exactly.
	for (const u of units) {
		for (const key of u.keys) {
			const h = hashKey(key, slots);
			if (seenTwice[h] < 2) seenTwice[h]++;
		}
	}
	// Each key that may be shared gets an id in the order it is first met; each unit's entries are
	// the ids of its keys (each once), in its order.
	const ids = new KeyIds();
	const entries = new GrowingInts();
	const order = ints(units.length);
	const articleOf = ints(units.length);
	let lastUnit: Int32Array = new Int32Array(1024).fill(-1);
	let count: Int32Array = new Int32Array(1024);
	const unitStart = ints(units.length + 1);
	units.forEach((u, p) => {
		order[p] = u.index;
		articleOf[p] = u.article;
		unitStart[p] = entries.length;
		for (const key of u.keys) {
			if (seenTwice[hashKey(key, slots)] < 2) continue;
			const id = ids.idOf(key);
			if (id >= lastUnit.length) {
				lastUnit = grown(lastUnit, id, -1);
				count = grown(count, id, 0);
			}
			if (lastUnit[id] === p) continue;
			lastUnit[id] = p;
			count[id]++;
			entries.push(id);
		}
	});
	unitStart[units.length] = entries.length;
	// Usable keys (two to maxBucket units), numbered in id order.
	const ordinal = new Int32Array(ids.size);
	let usable = 0;
	for (let id = 0; id < ids.size; id++) ordinal[id] = count[id] >= 2 && count[id] <= maxBucket ? usable++ : -1;
	const keyStart = ints(usable + 1);
	for (let id = 0; id < ids.size; id++) if (ordinal[id] >= 0) keyStart[ordinal[id] + 1] = count[id];
	for (let k = 0; k < usable; k++) keyStart[k + 1] += keyStart[k];
	const slotKey = ints(keyStart[usable]);
	for (let k = 0; k < usable; k++) slotKey.fill(k, keyStart[k], keyStart[k + 1]);
	// Each key's units in position order; each unit's usable entries, now as its slots in those lists.
	const members = ints(keyStart[usable]);
	const fill = keyStart.slice(0, usable);
	const unitSlots = ints(entries.length);
	let kept = 0;
	for (let p = 0; p < units.length; p++) {
		const from = unitStart[p];
		unitStart[p] = kept;
		for (let e = from; e < unitStart[p + 1]; e++) {
			const k = ordinal[entries.at(e)];
			if (k < 0) continue;
			members[fill[k]] = p;
			unitSlots[kept++] = fill[k]++;
		}
	}
	unitStart[units.length] = kept;
	return {keyStart, members, unitStart, unitSlots: unitSlots.subarray(0, kept), slotKey, order, articleOf};
}

/** An Int32Array `array` grown to hold index `at`, new places set to `empty`. */
function grown(array: Int32Array, at: number, empty: number): Int32Array {
	let length = array.length;
	while (length <= at) length *= 2;
	const out = new Int32Array(length).fill(empty);
	out.set(array);
	return out;
}

/** Dense ids 0, 1, 2… for 32-bit keys, in the order they are first asked for (open addressing). */
class KeyIds {
	private keys = new Int32Array(1 << 16);
	private slots = new Int32Array(1 << 16).fill(-1);
	size = 0;

	idOf(key: number): number {
		let mask = this.slots.length - 1;
		let s = mix(key) & mask;
		for (;;) {
			const id = this.slots[s];
			if (id === -1) break;
			if (this.keys[id] === key) return id;
			s = (s + 1) & mask;
		}
		if (this.size === this.keys.length) {
			const more = new Int32Array(this.keys.length * 2);
			more.set(this.keys);
			this.keys = more;
		}
		const id = this.size++;
		this.keys[id] = key;
		// Kept at most half full, so probes stay short.
		if (this.size * 2 > this.slots.length) {
			this.rehash(this.slots.length * 2);
			mask = this.slots.length - 1;
			s = mix(key) & mask;
			while (this.slots[s] !== -1) s = (s + 1) & mask;
		}
		this.slots[s] = id;
		return id;
	}

	private rehash(length: number): void {
		const slots = new Int32Array(length).fill(-1);
		const mask = length - 1;
		for (let id = 0; id < this.size - 1; id++) {
			let s = mix(this.keys[id]) & mask;
			while (slots[s] !== -1) s = (s + 1) & mask;
			slots[s] = id;
		}
		this.slots = slots;
	}
}

/** At most 2^25 slots (32 MB); fewer for fewer units, some dozens of keys each, so a small corpus needs little. */
const MAX_HASH_SLOTS = 1 << 25;

function hashSlots(units: number): number {
	let slots = 1 << 16;
	while (slots < MAX_HASH_SLOTS && slots < units * 64) slots *= 2;
	return slots;
}

/** A key folded to a slot of a table of `slots` (a power of two). */
function hashKey(key: number, slots: number): number {
	return mix(key | 0) & (slots - 1);
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
