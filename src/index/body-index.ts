// The full-text index of article bodies: every distinct folded word (words.ts) once, sorted, with
// the ascending list of the articles holding it. Sorted words make a prefix one contiguous range
// (two binary searches), so "impeach" finds impeachment, impeached, impeaching at once; the lists
// are slices of one Int32Array, so the index is three typed arrays and one string, which the saved
// index stores as they are (snapshot.ts) and a reopen reads without parsing.
import {drain, type Job} from './job.js';
import {foldWide, hashWord, PLAIN_WORD, scanWords, WIDE_WORD} from './words.js';

/** What the saved index stores. */
export interface BodyIndexParts {
	/** Articles indexed. */
	size: number;
	/** The sorted words, one after another. */
	text: string;
	/** Where word k starts in `text` (words + 1 entries). */
	wordStarts: Int32Array;
	/** Where word k's articles start in `postings` (words + 1 entries). */
	listStarts: Int32Array;
	postings: Int32Array;
}

// Above U+FFFF nothing sorts: a prefix's range ends before prefix + this.
const AFTER = '\uffff';

export class BodyIndex {
	readonly size: number;
	private readonly text: string;
	private readonly wordStarts: Int32Array;
	private readonly listStarts: Int32Array;
	private readonly postings: Int32Array;

	constructor(parts: BodyIndexParts) {
		const {size, text, wordStarts, listStarts, postings} = parts;
		const words = wordStarts.length - 1;
		if (words < 0 || listStarts.length !== words + 1 || wordStarts[words] !== text.length || listStarts[words] !== postings.length) throw new Error('body index does not match');
		// Checked once at open (a few milliseconds on a large corpus): no lookup can reach past the lists.
		for (let k = 0; k < words; k++) if (!(wordStarts[k] <= wordStarts[k + 1] && listStarts[k] <= listStarts[k + 1])) throw new Error('body index does not match');
		for (let p = 0; p < postings.length; p++) if (!(postings[p] >= 0 && postings[p] < size)) throw new Error('body index does not match');
		this.size = size;
		this.text = text;
		this.wordStarts = wordStarts;
		this.listStarts = listStarts;
		this.postings = postings;
	}

	get parts(): BodyIndexParts {
		return {size: this.size, text: this.text, wordStarts: this.wordStarts, listStarts: this.listStarts, postings: this.postings};
	}

	get words(): number {
		return this.wordStarts.length - 1;
	}

	word(k: number): string {
		return this.text.slice(this.wordStarts[k], this.wordStarts[k + 1]);
	}

	/** The articles holding word k, ascending (a view on the shared array: not to be changed). */
	list(k: number): Int32Array {
		return this.postings.subarray(this.listStarts[k], this.listStarts[k + 1]);
	}

	/** Postings of words [from, to): how many article numbers their lists hold together. */
	postingsIn(from: number, to: number): number {
		return this.listStarts[to] - this.listStarts[from];
	}

	/** The first word not before `key`. */
	private lowerBound(key: string): number {
		let lo = 0;
		let hi = this.words;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (this.word(mid) < key) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** The word's number, or -1. */
	find(word: string): number {
		const k = this.lowerBound(word);
		return k < this.words && this.word(k) === word ? k : -1;
	}

	/** Words starting with `prefix`: [from, to). */
	range(prefix: string): [number, number] {
		return [this.lowerBound(prefix), this.lowerBound(prefix + AFTER)];
	}

	/**
	 * Words within a typo of `word` (one edit up to seven letters, two from eight), sharing its first
	 * letter, commonest first; at most `limit`.
	 */
	near(word: string, limit = 30): number[] {
		const max = word.length >= 8 ? 2 : 1;
		const [from, to] = this.range(word[0]);
		const found: number[] = [];
		const row = new Int32Array(word.length + 1);
		for (let k = from; k < to; k++) {
			const start = this.wordStarts[k];
			const length = this.wordStarts[k + 1] - start;
			if (Math.abs(length - word.length) > max) continue;
			if (distance(word, this.text, start, length, max, row) <= max) found.push(k);
		}
		return found.sort((a, b) => this.list(b).length - this.list(a).length).slice(0, limit);
	}
}

/** Levenshtein distance of `a` and text[start, start+length), or max+1 once it must exceed max. */
function distance(a: string, text: string, start: number, length: number, max: number, row: Int32Array): number {
	for (let j = 0; j <= a.length; j++) row[j] = j;
	for (let i = 1; i <= length; i++) {
		const c = text.charCodeAt(start + i - 1);
		let diagonal = row[0];
		row[0] = i;
		let best = row[0];
		for (let j = 1; j <= a.length; j++) {
			const up = row[j];
			row[j] = Math.min(up + 1, row[j - 1] + 1, diagonal + (a.charCodeAt(j - 1) === c ? 0 : 1));
			diagonal = up;
			if (row[j] < best) best = row[j];
		}
		if (best > max) return max + 1;
	}
	return row[a.length];
}

/**
 * Builds a BodyIndex a step at a time (a Job for the app's idle turns): each body is split once,
 * its distinct words' numbers kept in one growing array; the end sorts the words and lays the
 * lists out, filled in article order so each comes out ascending.
 */
export class BodyIndexBuilder implements Job {
	// Words by number, found through an open-addressing table of their hashes: a word seen before is
	// matched against the body's characters in place, so a repeated word makes no string.
	private readonly words: string[] = [];
	private hashes = new Int32Array(1 << 12);
	private slots = new Int32Array(1 << 13);
	private pairs = new Int32Array(1 << 16);
	private used = 0;
	private readonly ends: Int32Array;
	private seen = new Int32Array(1 << 12);
	private next = 0;
	private built: BodyIndex | undefined;
	private layout: Generator<void, BodyIndex> | undefined;

	constructor(
		private readonly size: number,
		private readonly body: (i: number) => string,
	) {
		this.ends = new Int32Array(size + 1);
	}

	/** The index, finishing the build if need be. */
	get result(): BodyIndex {
		this.finish();
		return this.built!;
	}

	get done(): boolean {
		return this.built !== undefined;
	}

	/** `budget` in units of about 500 characters of body (the layout's pauses count LAYOUT_COST each). */
	step(budget: number): boolean {
		if (this.built || !this.scan(budget)) return this.built !== undefined;
		// The layout a pause at a time too: at once it was a step of 1.5 s on 37,000 articles.
		this.layout ??= layBodyIndexSteps(this.scanned);
		for (; budget > 0; budget -= LAYOUT_COST) {
			const next = this.layout.next();
			if (!next.done) continue;
			this.built = next.value;
			// Only the index is needed now.
			this.layout = undefined;
			this.pairs = new Int32Array(0);
			this.slots = new Int32Array(0);
			break;
		}
		return this.built !== undefined;
	}

	/** Reads bodies for `budget` (as in step), leaving the layout to be done; true once all are read. */
	scan(budget: number): boolean {
		while (budget > 0 && this.next < this.size) budget -= 1 + this.add(this.next++) / 500;
		return this.next >= this.size;
	}

	/**
	 * The words read so far and which articles hold them, to be laid out (layBodyIndex), here or on
	 * another thread: the layout sorts every word, a long step on a large corpus.
	 */
	get scanned(): ScannedBodies {
		return {size: this.size, words: this.words, pairs: this.pairs.subarray(0, this.used), ends: this.ends};
	}

	finish(): void {
		this.step(Infinity);
	}

	/** Files article i's distinct words; returns the length of its body. */
	private add(i: number): number {
		const text = this.body(i) ?? '';
		const mark = i + 1;
		scanWords(text, (start, end, kind, hash) => {
			const n = kind === WIDE_WORD ? this.numberOf(foldWide(text.slice(start, end))) : this.numberIn(text, start, end, kind, hash);
			if (n < 0 || this.seen[n] === mark) return;
			this.seen[n] = mark;
			if (this.used === this.pairs.length) this.pairs = grow(this.pairs);
			this.pairs[this.used++] = n;
		});
		this.ends[i + 1] = this.used;
		return text.length;
	}

	/** The number of the word text[start, end) lower-cased (ASCII), made if new. */
	private numberIn(text: string, start: number, end: number, kind: number, h: number): number {
		const mask = this.slots.length - 1;
		for (let slot = h & mask; ; slot = (slot + 1) & mask) {
			const id = this.slots[slot] - 1;
			if (id < 0) return this.make(kind === PLAIN_WORD ? text.slice(start, end) : text.slice(start, end).toLowerCase(), h, slot);
			if (this.hashes[id] === h && same(this.words[id], text, start, end)) return id;
		}
	}

	/** The number of an already folded word, made if new; -1 for nothing left after folding. */
	private numberOf(word: string): number {
		if (!word) return -1;
		const h = hashWord(word);
		const mask = this.slots.length - 1;
		for (let slot = h & mask; ; slot = (slot + 1) & mask) {
			const id = this.slots[slot] - 1;
			if (id < 0) return this.make(word, h, slot);
			if (this.hashes[id] === h && this.words[id] === word) return id;
		}
	}

	private make(word: string, h: number, slot: number): number {
		const id = this.words.length;
		this.words.push(word);
		if (id >= this.hashes.length) this.hashes = grow(this.hashes);
		this.hashes[id] = h;
		this.slots[slot] = id + 1;
		if (id >= this.seen.length) this.seen = grow(this.seen);
		// Kept under half full, so probes stay short.
		if ((id + 1) * 2 > this.slots.length) this.rehash();
		return id;
	}

	private rehash(): void {
		const slots = new Int32Array(this.slots.length * 2);
		const mask = slots.length - 1;
		for (let id = 0; id < this.words.length; id++) {
			let slot = this.hashes[id] & mask;
			while (slots[slot] !== 0) slot = (slot + 1) & mask;
			slots[slot] = id + 1;
		}
		this.slots = slots;
	}
}

/** Bodies read by BodyIndexBuilder.scan: word numbers by article (pairs[ends[a] .. ends[a + 1])). */
export interface ScannedBodies {
	size: number;
	words: string[];
	pairs: Int32Array;
	ends: Int32Array;
}

/** The body index of scanned bodies: the words sorted, and each word's articles listed in article order (ascending). */
export function layBodyIndex(scanned: ScannedBodies): BodyIndex {
	return drain(layBodyIndexSteps(scanned));
}

/** Items of work (comparisons, words, postings) between two pauses of layBodyIndexSteps: well under a millisecond. */
const LAYOUT_PAUSE = 4_096;
/** A pause of the layout in BodyIndexBuilder's budget: about as long as reading 100 × 500 characters of body. */
const LAYOUT_COST = 100;
/** Words sorted at once before the runs are merged. */
const RUN = 2_048;

/**
 * layBodyIndex, pausing (yielding) every LAYOUT_PAUSE items of work, so that an idle job can spread it
 * over many steps. The words are sorted by a merge sort that can pause (runs sorted, then merged
 * pairwise); they are distinct, so the order is the one any sort gives.
 */
export function* layBodyIndexSteps({size, words, pairs, ends}: ScannedBodies): Generator<void, BodyIndex> {
	const n = words.length;
	let work = 0;
	let order = new Int32Array(n);
	for (let k = 0; k < n; k++) order[k] = k;
	for (let lo = 0; lo < n; lo += RUN) {
		order.subarray(lo, Math.min(n, lo + RUN)).sort((a, b) => (words[a] < words[b] ? -1 : 1));
		yield;
	}
	let into = new Int32Array(n);
	for (let width = RUN; width < n; width *= 2) {
		for (let lo = 0; lo < n; lo += 2 * width) {
			const mid = Math.min(n, lo + width);
			const hi = Math.min(n, lo + 2 * width);
			let i = lo;
			let j = mid;
			let k = lo;
			while (i < mid && j < hi) {
				into[k++] = words[order[j]] < words[order[i]] ? order[j++] : order[i++];
				if (++work === LAYOUT_PAUSE) {
					work = 0;
					yield;
				}
			}
			while (i < mid) into[k++] = order[i++];
			while (j < hi) into[k++] = order[j++];
		}
		[order, into] = [into, order];
	}
	const rank = new Int32Array(n);
	const wordStarts = new Int32Array(n + 1);
	const text: string[] = [];
	for (let r = 0; r < n; r++) {
		rank[order[r]] = r;
		wordStarts[r + 1] = wordStarts[r] + words[order[r]].length;
		text.push(words[order[r]]);
		if (++work === LAYOUT_PAUSE) {
			work = 0;
			yield;
		}
	}
	const listStarts = new Int32Array(n + 1);
	for (let p = 0; p < pairs.length; p++) {
		listStarts[rank[pairs[p]] + 1]++;
		if (++work === LAYOUT_PAUSE * 8) {
			work = 0;
			yield;
		}
	}
	for (let r = 0; r < n; r++) listStarts[r + 1] += listStarts[r];
	const cursor = listStarts.slice(0, n);
	const postings = new Int32Array(pairs.length);
	for (let a = 0; a < size; a++) {
		for (let p = ends[a]; p < ends[a + 1]; p++) postings[cursor[rank[pairs[p]]]++] = a;
		work += ends[a + 1] - ends[a];
		if (work >= LAYOUT_PAUSE * 8) {
			work = 0;
			yield;
		}
	}
	yield;
	return new BodyIndex({size, text: text.join(''), wordStarts, listStarts, postings});
}

/** A typed array twice as long, the values kept. */
function grow(array: Int32Array): Int32Array<ArrayBuffer> {
	const grown = new Int32Array(array.length * 2);
	grown.set(array);
	return grown;
}

/** ASCII capitals in lower case; every other code unit as it is. */
function lower(c: number): number {
	return c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
}

/** Whether `word` is text[start, end) with ASCII capitals lowered. */
function same(word: string, text: string, start: number, end: number): boolean {
	if (word.length !== end - start) return false;
	for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== lower(text.charCodeAt(start + k))) return false;
	return true;
}

/** The body index of these articles, built now. */
export function buildBodyIndex(articles: readonly {body: string}[]): BodyIndex {
	return new BodyIndexBuilder(articles.length, (i) => articles[i].body).result;
}

/**
 * `index` carrying its body index, as a property that is not enumerable: it is a derived cache, not
 * part of the index's content (printing or comparing an index leaves it out).
 */
export function attachBodyIndex<T extends object>(index: T, body: BodyIndex): T {
	Object.defineProperty(index, 'bodyIndex', {value: body, enumerable: false, writable: true, configurable: true});
	return index;
}
