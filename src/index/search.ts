// Quick search over the short fields of each pane (titles, outlets, names, aliases, quote texts).
// Exact substring hits come from a posting list of every letter, letter pair and letter triple
// (built ahead in idle turns, kept in typed arrays so the garbage collector never walks them):
// one to three letters are answered by a list alone, longer queries only check the items in their
// rarest triples' lists. Typo tolerance (fuse.js) runs on a few candidates sharing most of the
// query's letter pairs, each cut to a window around the pair they share, ranked after the exact hits.
import Fuse from 'fuse.js';
import {foldText} from '../text/fold.js';
import type {Job} from './job.js';
import {best, tally} from './fuzzy-prefilter.js';

/** Item indices, best first; a long list may be a shared typed view on the postings, not to be changed. */
export type Hits = readonly number[] | Int32Array;

export interface FieldSearchOptions {
	/** Most items handed to fuse.js after the letter-pair prefilter. */
	maxCandidates?: number;
	/** fuse.js threshold (0 exact … 1 anything). */
	threshold?: number;
	/** Fuzzy matches are looked for only while a query has fewer exact hits than this. */
	fuzzyBelow?: number;
	/** Posting entries the fuzzy prefilter counts per query at most, rarest letter pairs first. */
	countBudget?: number;
}

/** An item's fields read one at a time, so folding them can be spread over idle turns. */
export interface FieldSource {
	size: number;
	get(i: number): string[];
}

// Letters get small ids in order of first sight so a triple packs into 21 bits and every posting
// list sits at a fixed offset of one table. Past 126 distinct letters (a script with thousands)
// the rest share one id: lists with it are a superset, and queries with it are checked by text.
const BITS = 7;
const OTHER = (1 << BITS) - 1;
const CODES = 1 << (3 * BITS);
const SEPARATOR = 0xff;
/** Fewer exact answers than this and typos are looked for too (here and in a parsed query, match.ts). */
export const FEW = 20;
/** Above this many hits a list is returned in item order: ranking them says little. */
const MANY = 20_000;

/**
 * Search over items described by a few short strings each; returns item indices, best first. As a
 * Job, it builds its postings a step at a time (fold, count, fill); a query finishes the build.
 */
export class FieldSearch implements Job {
	private readonly source: FieldSource;
	private readonly folded: string[] = [];
	private readonly maxCandidates: number;
	private readonly threshold: number;
	private readonly fuzzyBelow: number;
	private readonly countBudget: number;
	/** Code unit -> letter id (0 unseen, SEPARATOR for space and the field separator). */
	private readonly letters = new Uint8Array(65536);
	private nextLetter = 1;
	/** Where each gram's list starts in `data` (CODES + 1 entries); during counting, the counts. */
	private offsets: Int32Array | undefined;
	private data: Int32Array | undefined;
	private phase: 'fold' | 'count' | 'fill' | 'done' = 'fold';
	private next = 0;
	private lastSeen: Int32Array | undefined;
	private cursor: Int32Array | undefined;
	/**
	 * The last query's exact hits (ascending), for the next keystroke, and where in each hit's text
	 * the query first appears (when the hits were checked by text).
	 */
	private last: {query: string; hits: Hits; at?: Int32Array} | undefined;
	private everything: number[] | undefined;
	private counts: Uint16Array | undefined;
	/** The items the fuzzy prefilter counted, in the order it first met them. */
	private touched: Int32Array | undefined;
	private heads: Int32Array | undefined;
	/** Items marked while a scope is checked (all 0 between uses). */
	private marks: Uint8Array | undefined;

	constructor(fields: string[][] | FieldSource, options: FieldSearchOptions = {}) {
		this.source = Array.isArray(fields) ? {size: fields.length, get: (i) => fields[i]} : fields;
		this.maxCandidates = options.maxCandidates ?? 100;
		this.threshold = options.threshold ?? 0.35;
		this.fuzzyBelow = options.fuzzyBelow ?? FEW;
		this.countBudget = options.countBudget ?? 200_000;
		this.letters[0x20] = SEPARATOR;
		this.letters[0x01] = SEPARATOR;
	}

	get size(): number {
		return this.source.size;
	}

	/** Builds the postings ahead of the first query. */
	finish(): void {
		this.step(Infinity);
	}

	/**
	 * Runs each kind of query once (one to three letters, a word, two words, a typo) on an item's own
	 * words, so the first real keystrokes do not also pay for compiling those paths; forgets them.
	 */
	warmUp(): void {
		this.finish();
		this.headCodes();
		const sample = this.folded.find((text) => /[a-z]{6}/.test(text))?.match(/[a-z]{6,}/)?.[0];
		if (!sample) return;
		for (const q of [sample.slice(0, 1), sample.slice(0, 2), sample.slice(0, 3), sample, `${sample} ${sample.slice(0, 1)}`, `${sample.slice(0, 2)}${sample.slice(3)}`]) this.search(q);
		this.last = undefined;
	}

	/** Up to `count` items of the current build phase (fold, count, fill); true once complete. */
	step(count: number): boolean {
		if (this.built) return true;
		const size = this.source.size;
		let remaining = count;
		while (remaining > 0 && !this.built) {
			const end = Math.min(size, this.next + remaining);
			remaining -= end - this.next;
			if (this.phase === 'fold') {
				// Fields are joined with a separator no query contains so a match never spans two fields.
				for (let i = this.next; i < end; i++) this.folded[i] = foldText(this.source.get(i).filter(Boolean).join(' \u0001 '));
			} else if (this.phase === 'count' || this.phase === 'fill') {
				for (let i = this.next; i < end; i++) this.grams(i, this.phase === 'fill');
			}
			this.next = end;
			if (end >= size) this.advance();
			// A phase boundary ends a step: the next phase's set-up has its own cost.
			if (count !== Infinity) break;
		}
		return this.built;
	}

	private get built(): boolean {
		return this.phase === 'done';
	}

	/** Are the postings built (a query costs no build)? */
	get ready(): boolean {
		return this.built;
	}

	private advance(): void {
		this.next = 0;
		if (this.phase === 'fold') {
			this.phase = 'count';
			this.offsets = new Int32Array(CODES + 1);
			this.lastSeen = new Int32Array(CODES);
		} else if (this.phase === 'count') {
			const offsets = this.offsets!;
			// Counts (kept one slot up) become start offsets.
			for (let code = 0; code < CODES; code++) offsets[code + 1] += offsets[code];
			this.data = new Int32Array(offsets[CODES]);
			this.cursor = offsets.slice(0, CODES);
			this.lastSeen!.fill(0);
			this.phase = 'fill';
		} else if (this.phase === 'fill') {
			this.lastSeen = undefined;
			this.cursor = undefined;
			this.phase = 'done';
		}
	}

	/** Counts (or, filling, records) item i under each distinct letter, pair and triple it holds. */
	private grams(i: number, fill: boolean): void {
		const text = this.folded[i];
		const seen = this.lastSeen!;
		const counts = this.offsets!;
		const data = this.data!;
		const cursor = this.cursor!;
		const mark = i + 1;
		let a = 0;
		let b = 0;
		for (let k = 0; k < text.length; k++) {
			const c = this.letterOf(text.charCodeAt(k));
			if (c === SEPARATOR) {
				a = b = 0;
				continue;
			}
			let code = c;
			for (let n = 0; n < 3; n++) {
				if (seen[code] !== mark) {
					seen[code] = mark;
					if (fill) data[cursor[code]++] = i;
					else counts[code + 1]++;
				}
				if (n === 0) {
					if (!b) break;
					code = (b << BITS) | c;
				} else {
					if (!a) break;
					code = (a << (2 * BITS)) | (b << BITS) | c;
				}
			}
			a = b;
			b = c;
		}
	}

	private letterOf(unit: number): number {
		let id = this.letters[unit];
		if (id === 0) {
			id = this.nextLetter < OTHER ? this.nextLetter++ : OTHER;
			this.letters[unit] = id;
		}
		return id;
	}

	/**
	 * Each item's first three letters (up to a separator) packed as a triple's code, made on the first
	 * query of one to three letters: whether an item starts with them is then one comparison.
	 */
	private headCodes(): Int32Array {
		if (this.heads) return this.heads;
		const heads = new Int32Array(this.size);
		for (let i = 0; i < this.size; i++) {
			const text = this.folded[i];
			let code = 0;
			let stopped = false;
			for (let k = 0; k < 3; k++) {
				const id = stopped || k >= text.length ? 0 : this.letters[text.charCodeAt(k)];
				if (id === SEPARATOR || id === 0) stopped = true;
				code = (code << BITS) | (stopped ? 0 : id);
			}
			heads[i] = code;
		}
		return (this.heads = heads);
	}

	/** The items holding a gram (ascending), as a view on the shared array. */
	private list(code: number): Int32Array {
		return this.data!.subarray(this.offsets![code], this.offsets![code + 1]);
	}

	/**
	 * The grams every exact hit of `q` must hold: each separator-free run's triples, or the run
	 * itself when shorter. null when a letter of q is in no item at all (nothing can match).
	 */
	private required(q: string): {codes: number[]; exact: boolean} | null {
		const codes: number[] = [];
		let exact = true;
		for (const run of q.split(/[ \u0001]+/)) {
			if (!run) continue;
			const ids: number[] = [];
			for (let k = 0; k < run.length; k++) {
				const id = this.letters[run.charCodeAt(k)];
				if (id === 0) return null;
				if (id === OTHER) exact = false;
				ids.push(id);
			}
			const width = Math.min(3, ids.length);
			for (let k = 0; k + width <= ids.length; k++) {
				let code = 0;
				for (let m = 0; m < width; m++) code = (code << BITS) | ids[k + m];
				if (!ids.slice(k, k + width).includes(OTHER)) codes.push(code);
			}
		}
		return {codes, exact};
	}

	search(query: string): Hits {
		const q = foldText(query).trim();
		if (!q) return (this.everything ??= Array.from({length: this.size}, (_, i) => i));
		this.finish();
		const exact = this.exact(q, false);
		const {hits} = exact;
		const result = exact.result();
		this.last = {query: q, hits, at: exact.at};
		// Typo tolerance only once a query says enough (on two or three letters it matches everything)
		// and only while exact hits are few: fuzzy ones rank after them, below what anyone scrolls to.
		if (Array.from(q).length < 4 || hits.length >= this.fuzzyBelow) return result;
		const fuzzy = this.fuzzy(q, new Set(Array.from(hits)));
		return fuzzy.length ? Array.from(result).concat(fuzzy) : result;
	}

	/** Items whose fields hold `query` as written (folded), ascending: one term of a query (match.ts). */
	exactHits(query: string): Hits {
		const q = foldText(query).trim();
		if (!q) return this.search('');
		this.finish();
		const {hits, at} = this.exact(q, false);
		this.last = {query: q, hits, at};
		return hits;
	}

	/** exactHits with, for each hit, whether its fields start with `query` (1) or hold it later (0). */
	exactHitsStarts(query: string): {items: Hits; starts: Uint8Array} {
		const q = foldText(query).trim();
		if (!q) {
			const items = this.search('');
			return {items, starts: new Uint8Array(items.length).fill(1)};
		}
		this.finish();
		const {hits, starts, at} = this.exact(q);
		this.last = {query: q, hits, at};
		return {items: hits, starts};
	}

	/**
	 * The items of `scope` whose fields hold `query` as written (folded), in scope's order, and
	 * whether each starts with it: one term of a query among the items the others left (match.ts),
	 * each checked by its text, so a letter or two typed costs the scope and not the whole list.
	 */
	exactHitsWithin(query: string, scope: ArrayLike<number>): {items: Int32Array; starts: Uint8Array} {
		const q = foldText(query).trim();
		this.finish();
		const required = q ? this.required(q) : {codes: [], exact: true};
		if (!required) return {items: new Int32Array(0), starts: new Uint8Array(0)};
		// Only items in the rarest of q's letter triples can hold q: when that list is short, the
		// scope's other items are passed over without reading their text.
		const rarest = required.codes.map((code) => this.list(code)).sort((x, y) => x.length - y.length)[0];
		let candidates: ArrayLike<number> = scope;
		if (rarest && rarest.length < scope.length * 4) {
			const marks = (this.marks ??= new Uint8Array(this.size));
			for (let k = 0; k < rarest.length; k++) marks[rarest[k]] = 1;
			const kept = new Int32Array(scope.length);
			let n = 0;
			for (let k = 0; k < scope.length; k++) if (marks[scope[k]] === 1) kept[n++] = scope[k];
			for (let k = 0; k < rarest.length; k++) marks[rarest[k]] = 0;
			candidates = kept.subarray(0, n);
		}
		const {hits, starts} = this.extend(q, candidates);
		return {items: hits, starts};
	}

	/** Near misses of `query` (typos) outside `exclude`, best first. */
	fuzzyHits(query: string, exclude: Set<number>): number[] {
		const q = foldText(query).trim();
		if (Array.from(q).length < 4) return [];
		this.finish();
		return this.fuzzy(q, exclude);
	}

	/**
	 * Near misses of `query` among `scope` outside `exclude`: fuse.js over the scope's own fields when
	 * it is no larger than the candidates it would be handed anyway, else fuzzyHits kept to the scope.
	 */
	fuzzyHitsWithin(query: string, scope: ArrayLike<number>, exclude: Set<number>): number[] {
		const q = foldText(query).trim();
		if (Array.from(q).length < 4) return [];
		this.finish();
		if (scope.length > this.maxCandidates) {
			const inScope = new Set(Array.from(scope));
			return this.fuzzy(q, exclude).filter((i) => inScope.has(i));
		}
		const candidates = Array.from(scope).filter((i) => !exclude.has(i));
		if (candidates.length === 0) return [];
		// The letter pairs of q, rarest first, as the prefilter orders them.
		const probes: string[] = [];
		for (let k = 0; k + 1 < q.length; k++) if (!/[ \u0001]/.test(q.slice(k, k + 2))) probes.push(q.slice(k, k + 2));
		const size = (pair: string) => {
			const x = this.letters[pair.charCodeAt(0)];
			const y = this.letters[pair.charCodeAt(1)];
			return x && y && x !== SEPARATOR && y !== SEPARATOR ? this.list((x << BITS) | y).length : Infinity;
		};
		probes.sort((a, b) => size(a) - size(b));
		return this.fuseWindows(q, candidates, probes);
	}

	/** Whether item i's first field starts with the folded `q`. */
	startsWith(i: number, q: string): boolean {
		this.finish();
		return this.folded[i].startsWith(q);
	}

	/** Whether item i's fields hold the folded `q`. */
	holds(i: number, q: string): boolean {
		this.finish();
		return this.folded[i].includes(q);
	}

	/**
	 * Items containing q (ascending), whether each starts with it (aligned), and the same ordered:
	 * those starting with it first (made only when asked: a term of a parsed query scores the flags).
	 * `at`, when the hits were checked by text: where q first appears in each.
	 */
	private exact(q: string, withStarts = true): {hits: Hits; starts: Uint8Array; at?: Int32Array; result: () => Hits} {
		const none = {hits: [] as number[], starts: new Uint8Array(0), result: () => [] as number[]};
		const required = this.required(q);
		if (!required) return none;
		const sole = required.exact && required.codes.length === 1 && q.length <= 3 && !/[ \u0001]/.test(q);
		let hits: Hits;
		let starts: Uint8Array;
		let at: Int32Array | undefined;
		const last = this.last;
		if (sole) {
			// One to three letters: the list is the answer.
			const list = this.list(required.codes[0]);
			// Tens of thousands of hits: in item order, the shared list itself (no copy to make).
			if (list.length > MANY && !withStarts) return {hits: list, starts: new Uint8Array(0), result: () => list};
			// Whether each starts with q, read off the packed first letters of each item (no string compared).
			const heads = this.headCodes();
			const shift = BITS * (3 - q.length);
			const code = required.codes[0];
			starts = new Uint8Array(list.length);
			for (let k = 0; k < list.length; k++) if (heads[list[k]] >>> shift === code) starts[k] = 1;
			hits = list;
			if (list.length > MANY) return {hits, starts, result: () => list};
		} else if (last?.at && q.startsWith(last.query)) {
			// The last query typed on: q can first appear only where the last one first did or later, and
			// most often it is right there (a word typed letter by letter), so few texts are scanned again.
			({hits, starts, at} = this.extend(q, last.hits, {at: last.at, known: last.query.length}));
		} else {
			// Otherwise only items in every required list can hold q: the rarest lists, intersected, then
			// each left checked by its text. Typing on, the last query's hits may be fewer still.
			const lists = required.codes.map((code) => this.list(code)).sort((x, y) => x.length - y.length);
			let scope: Hits = lists.length ? lists[0] : Int32Array.from({length: this.size}, (_, i) => i);
			if (last && q.startsWith(last.query) && last.hits.length < scope.length) scope = last.hits;
			for (const other of lists.slice(lists[0] === scope ? 1 : 0, 4)) {
				if (scope.length < 64) break;
				scope = intersect(scope, other);
			}
			({hits, starts, at} = this.extend(q, scope));
		}
		const h = hits;
		const st = starts;
		return {
			hits,
			starts,
			at,
			result: () => {
				const first: number[] = [];
				const later: number[] = [];
				for (let k = 0; k < h.length; k++) (st[k] ? first : later).push(h[k]);
				return first.concat(later);
			},
		};
	}

	/**
	 * The items of `scope` whose text holds q, where it first does, and whether that is the start.
	 * `from`, when scope holds the hits of a query q starts with (its first `known` letters): where
	 * that query first appears in each, so q is there or later.
	 */
	private extend(q: string, scope: ArrayLike<number>, from?: {at: Int32Array; known: number}): {hits: Int32Array; starts: Uint8Array; at: Int32Array} {
		const hits = new Int32Array(scope.length);
		const at = new Int32Array(scope.length);
		const starts = new Uint8Array(scope.length);
		let n = 0;
		for (let k = 0; k < scope.length; k++) {
			const i = scope[k];
			const text = this.folded[i];
			const start = from ? from.at[k] : 0;
			const found = from && continues(text, start, q, from.known) ? start : text.indexOf(q, start);
			if (found < 0) continue;
			starts[n] = found === 0 ? 1 : 0;
			at[n] = found;
			hits[n++] = i;
		}
		return {hits: hits.subarray(0, n), starts: starts.subarray(0, n), at: at.subarray(0, n)};
	}

	/** Near misses outside `exclude`, best first: fuse.js over windows of the best candidates. */
	private fuzzy(q: string, exclude: Set<number>): number[] {
		const pairs = new Map<number, string>();
		let all = 0;
		for (let k = 0; k + 1 < q.length; k++) {
			const x = this.letters[q.charCodeAt(k)];
			const y = this.letters[q.charCodeAt(k + 1)];
			if (x === SEPARATOR || y === SEPARATOR) continue;
			const code = x && y ? (x << BITS) | y : -1 - k;
			if (!pairs.has(code)) all++;
			// A pair with an unseen letter is in no item: it counts against the bar, lists nothing.
			if (code >= 0) pairs.set(code, q.slice(k, k + 2));
		}
		if (all === 0) return [];
		const known = [...pairs.keys()].filter((code) => this.list(code).length > 0).sort((x, y) => this.list(x).length - this.list(y).length);
		if (known.length === 0) return [];
		// The rarest pairs are counted until the budget is spent; the commoner rest are taken as
		// present (they would be in most items anyway), which only lowers the bar for the rest.
		const counted: number[] = [];
		let spent = 0;
		for (const code of known) {
			const length = this.list(code).length;
			if (counted.length > 0 && spent + length > this.countBudget) break;
			counted.push(code);
			spent += length;
		}
		const enough = Math.ceil(all * 0.6);
		const needed = Math.max(1, enough - (known.length - counted.length));
		if (needed > counted.length) return [];
		const counts = (this.counts ??= new Uint16Array(this.size));
		const touched = (this.touched ??= new Int32Array(this.size));
		let n = 0;
		for (const code of counted) n = tally(this.list(code), counts, touched, n);
		const candidates = best(touched.subarray(0, n), counts, needed, exclude, this.maxCandidates);
		if (candidates.length === 0) return [];
		return this.fuseWindows(q, candidates, counted.map((code) => pairs.get(code)!));
	}

	/**
	 * fuse.js over a window of each candidate around the first of `probes` (letter pairs of q, rarest
	 * first) it holds: a long field costs as much as a short one.
	 */
	private fuseWindows(q: string, candidates: number[], probes: string[]): number[] {
		const reach = q.length + 4;
		const windows = candidates.map((i) => {
			const text = this.folded[i];
			let at = -1;
			for (const probe of probes) if ((at = text.indexOf(probe)) >= 0) break;
			const from = Math.max(0, at - reach);
			return {i, text: text.slice(from, Math.max(at, 0) + 2 + reach)};
		});
		const fuse = new Fuse(windows, {keys: ['text'], threshold: this.threshold, ignoreLocation: true, minMatchCharLength: 2});
		return fuse.search(q).map((hit) => hit.item.i);
	}
}

/** Whether `text` at `start`, known to hold q's first `known` letters, holds the rest too (no call per letter: startsWith cost more). */
function continues(text: string, start: number, q: string, known: number): boolean {
	if (start + q.length > text.length) return false;
	for (let j = known; j < q.length; j++) if (text.charCodeAt(start + j) !== q.charCodeAt(j)) return false;
	return true;
}

/** The items of `scope` also in `list`, both ascending; galloping through the longer. */
function intersect(scope: Hits, list: Int32Array): number[] {
	const out: number[] = [];
	let lo = 0;
	for (let k = 0; k < scope.length && lo < list.length; k++) {
		const want = scope[k];
		if (list[lo] < want) {
			let step = 1;
			let hi = lo + 1;
			while (hi < list.length && list[hi] < want) {
				lo = hi;
				step *= 2;
				hi = lo + step;
			}
			hi = Math.min(hi, list.length);
			// list[lo] < want <= list[hi] (or hi at the end): binary search between.
			while (lo + 1 < hi) {
				const mid = (lo + hi) >>> 1;
				if (list[mid] < want) lo = mid;
				else hi = mid;
			}
			lo = hi;
		}
		if (lo < list.length && list[lo] === want) out.push(want);
	}
	return out;
}
