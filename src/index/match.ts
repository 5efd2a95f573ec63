// A parsed query (query.ts) answered over one list: every word must match (in the short fields of
// FieldSearch, or in the body index when the list has one), phrases must appear whole, field terms
// narrow. Exact and prefix matches rank before fuzzy ones, and fuzzy ones are looked for only when
// the exact answer is small. Each term's matches are kept for the next keystroke, so typing the
// second word of a query does not search the first again.
import type {BodyIndex} from './body-index.js';
import type {Job} from './job.js';
import {FieldValues, intersectSorted} from './field-values.js';
import {inRange, type FieldName, type Query} from './query.js';
import {FEW, type FieldSearch, type Hits} from './search.js';
import {forEachWord, wordsOf} from './words.js';

export interface MatchSources {
	size: number;
	/** The short fields of each item. */
	fields: FieldSearch;
	/** The full text of each item, when the list has one: its index and, to check phrases, its text. */
	body?: {index: BodyIndex; text(i: number): string};
	/** Each field term's values for item i (any that matches keeps the item). Absent: the list has no such field. */
	values: Partial<Record<FieldName, (i: number) => readonly (string | null | undefined)[]>>;
	/** The same values as an inverted index, when the list has one built ahead (else it is built here on first use). */
	fieldValues?: FieldValues;
	/** Postings per item in scope past which a prefix is read in the scope's texts (tests lower it). */
	textScanRatio?: number;
}

// Scores of one term in one item: a short field beats the body, a whole word beats a prefix.
const FIELD_START = 7;
const FIELD = 6;
const BODY_WORD = 4;
const BODY_PREFIX = 3;
const FIELD_FUZZY = 2;
const FUZZY = 1;
/** Typo tolerance needs a word this long (shorter ones match too much by chance). */
const FUZZY_LENGTH = 4;
const KEPT_TERMS = 64;
/** A body prefix whose words' lists hold more than this many postings is kept for good. */
const LASTING_POSTINGS = 400_000;
/** Postings an idle step's unit of budget walks (a step of 2,000 units: 100,000, about a millisecond). */
const POSTINGS_PER_UNIT = 50;
/** Characters of bodies kept for phrase checks (about the bodies a common word's phrase reads on 37k articles). */
const KEPT_BODY_CHARS = 16_000_000;
/** A term not yet kept is looked for among the items still alive when they are under 1/this of the list. */
const SCOPED_RATIO = 8;
/** Past this many postings per item in scope, a prefix's body matches are read in the scope's texts. */
const TEXT_SCAN_RATIO = 2_000;

/** Letters outside ASCII and outside the punctuation block (curly quotes and dashes fold to nothing). */
const BEYOND_ASCII = /[^\u0000-\u007f\u2000-\u206f]/;

/** The phrase's words in order with anything but letters and digits between them; the last may go on. */
function phrasePattern(phrase: string): RegExp {
	const words = wordsOf(phrase).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}`, 'iu');
}

/** Field terms of `query` a list without a field in `values` cannot match (they match nothing there). */
export function lackingFields(query: Query, values: MatchSources['values']): FieldName[] {
	const asked = [...(Object.keys(query.fields) as FieldName[]), ...(query.dates.length ? (['date'] as const) : [])];
	return asked.filter((name) => !values[name]);
}

/** One term's matches: items (any order) and the score of each. */
interface TermHits {
	items: Int32Array;
	scores: Uint8Array;
}

export class QueryMatcher {
	private readonly kept = new Map<string, TermHits>();
	/** Terms made ahead in idle turns (a letter or two: what every query starts with), never forgotten. */
	private readonly lasting = new Set<string>();
	private readonly scratch: Uint8Array;
	/** Items marked while body lists are intersected (all 0 between uses). */
	private readonly marks: Uint8Array;
	private readonly total: Int32Array;
	private readonly fuzzyOnly: Uint8Array;
	private readonly rank: Int32Array;
	/** Each place of the order's rank while many hits are ordered. */
	private byPlace: Int32Array | undefined;
	/** Items a field term allows, marked while a query is answered (all 0 between uses). */
	private readonly allowMarks: Uint8Array;
	/** One term's items as they are found (its length the list's: no array grows per hit). */
	private readonly touched: Int32Array;
	/** How many of `touched` the term being looked up has scored so far. */
	private touchedCount = 0;
	private fieldValues: FieldValues | undefined;
	private aliveA: Int32Array | undefined;
	private aliveB: Int32Array | undefined;
	/** Each display order's positions (item -> place), made on the first letter of a query and kept. */
	private readonly positions = new WeakMap<object, Int32Array>();
	private readonly bodies = new Map<number, string>();
	private bodyChars = 0;
	/** Each phrase's test and its verdict per item, kept while the phrase is typed on. */
	private readonly phraseChecks = new Map<string, {pattern: RegExp; words: string; verdicts: Map<number, boolean>}>();

	constructor(private readonly sources: MatchSources) {
		this.scratch = new Uint8Array(sources.size);
		this.marks = new Uint8Array(sources.size);
		this.total = new Int32Array(sources.size);
		this.fuzzyOnly = new Uint8Array(sources.size);
		this.rank = new Int32Array(sources.size);
		this.allowMarks = new Uint8Array(sources.size);
		this.touched = new Int32Array(sources.size);
	}

	/** Field terms of the query this list has no field for (they match nothing here). */
	lacking(query: Query): FieldName[] {
		return lackingFields(query, this.sources.values);
	}

	/**
	 * The items matching `query`, as indices into the list. `order` is the list's display order:
	 * ranked by relevance, ties keep it; otherwise (a column sort chosen) it is the order outright.
	 */
	run(query: Query, order: Hits, byRelevance = true): Hits {
		const terms = [...query.words.map((w) => ({text: w, phrase: false})), ...query.phrases.map((p) => ({text: p, phrase: true}))];
		const allowed = this.narrowing(query);
		if (terms.length === 0) return allowed ? this.within(order, allowed) : order;
		const allowedKey = allowed ? JSON.stringify([query.fields, query.dates]) : '';
		let alive = this.intersect(terms, false, allowed, allowedKey);
		if (alive.length < FEW && terms.some((t) => !t.phrase && Array.from(t.text).length >= FUZZY_LENGTH)) alive = this.intersect(terms, true, allowed, allowedKey);
		// A phrase of one word is what the word's matches already are (a word start in the body, a part
		// of a short field): only phrases of several words are checked in the text.
		for (const t of terms) if (t.phrase && wordsOf(t.text).length > 1) alive = alive.filter((i) => this.holdsPhrase(i, t.text));
		return this.ordered(alive, order, byRelevance, terms.length);
	}

	/** The items of `order` that `allowed` (ascending) holds, in that order. */
	private within(order: Hits, allowed: Int32Array): Int32Array {
		const marks = this.allowMarks;
		for (let k = 0; k < allowed.length; k++) marks[allowed[k]] = 1;
		const out = new Int32Array(allowed.length);
		let n = 0;
		for (let k = 0; k < order.length && n < allowed.length; k++) if (marks[order[k]] === 1) out[n++] = order[k];
		for (let k = 0; k < allowed.length; k++) marks[allowed[k]] = 0;
		return n === out.length ? out : out.slice(0, n);
	}

	/** Item -> its place in `order`, made once per order. */
	private positionsOf(order: Hits): Int32Array {
		let positions = this.positions.get(order);
		if (!positions) {
			positions = new Int32Array(this.sources.size).fill(-1);
			for (let k = 0; k < order.length; k++) positions[order[k]] = k;
			this.positions.set(order, positions);
		}
		return positions;
	}

	/**
	 * The hits in display order, ranked first when `byRelevance`: a rank is a small number (the summed
	 * scores, lifted when no term matched by a typo), so few hits are sorted on one packed number
	 * (rank, place in the order) and many are counted into rank buckets walking the order once; no
	 * comparison function runs per pair.
	 */
	private ordered(alive: Int32Array, order: Hits, byRelevance: boolean, terms: number): Int32Array {
		const {total, fuzzyOnly} = this;
		// Ranks 0 … top: fuzzy ones below, exact ones above.
		const span = FIELD_START * terms + 1;
		const top = 2 * span;
		const bucketOf = (i: number) => (byRelevance ? (fuzzyOnly[i] ? 0 : span) + total[i] : 0);
		if (alive.length * 32 < order.length) {
			// Few hits: sort them on (rank high to low, place in the order), packed into one float.
			const positions = this.positionsOf(order);
			const keys = new Float64Array(alive.length);
			let n = 0;
			for (let k = 0; k < alive.length; k++) {
				const i = alive[k];
				const at = positions[i];
				if (at >= 0) keys[n++] = (top - bucketOf(i)) * 4294967296 + at;
			}
			const sorted = keys.subarray(0, n).sort();
			const out = new Int32Array(n);
			for (let k = 0; k < n; k++) out[k] = order[sorted[k] % 4294967296];
			return out;
		}
		// Many: a counting sort by rank over the order, which keeps the order within a rank. The ranks
		// are read in the order's sequence once and kept by place, so the second walk reads no item's.
		const rank = this.rank;
		if (byRelevance) for (let k = 0; k < alive.length; k++) rank[alive[k]] = 1 + (fuzzyOnly[alive[k]] ? 0 : span) + total[alive[k]];
		else for (let k = 0; k < alive.length; k++) rank[alive[k]] = 1;
		const counts = new Int32Array(top + 2);
		const byPlace = (this.byPlace ??= new Int32Array(this.sources.size));
		let n = 0;
		for (let k = 0; k < order.length; k++) {
			const r = rank[order[k]];
			byPlace[k] = r;
			if (r > 0) {
				counts[top + 1 - r]++;
				n++;
			}
		}
		// Highest rank first.
		for (let b = 0, at = 0; b < counts.length; b++) {
			const c = counts[b];
			counts[b] = at;
			at += c;
		}
		const out = new Int32Array(n);
		for (let k = 0; k < order.length; k++) {
			const r = byPlace[k];
			if (r > 0) out[counts[top + 1 - r]++] = order[k];
		}
		for (let k = 0; k < alive.length; k++) rank[alive[k]] = 0;
		return out;
	}

	/**
	 * Items matching every term (and allowed by the field terms), their summed scores left in `total`
	 * and, in `fuzzyOnly`, whether a term matched them only by a typo. `fuzzy`: typos count for words
	 * long enough. Terms kept from the last keystrokes go first, the rarest first; a term not yet
	 * kept is then looked for only among the items still alive, when they are few.
	 */
	private intersect(terms: {text: string; phrase: boolean}[], fuzzy: boolean, allowed: Int32Array | null, allowedKey: string): Int32Array {
		const {total, fuzzyOnly, scratch: score} = this;
		total.fill(0);
		fuzzyOnly.fill(0);
		const asked = terms.map((term) => ({...term, fuzzy: fuzzy && !term.phrase && Array.from(term.text).length >= FUZZY_LENGTH}));
		const known = asked.map((t) => this.recall(this.termKey(t.text, t.phrase, t.fuzzy)));
		const kept = asked.map((t, k) => ({t, hits: known[k]})).filter((x) => x.hits);
		kept.sort((x, y) => x.hits!.items.length - y.hits!.items.length);
		const fresh = asked.filter((_, k) => !known[k]);
		let alive: Int32Array | null = allowed;
		let first = allowed === null;
		// The alive sets are made in two buffers in turn: a keystroke's intermediate sets allocate
		// nothing (typed arrays allocated per key bring on full collections of a large heap).
		let turn = 0;
		const buffer = () => (turn++ % 2 === 0 ? (this.aliveA ??= new Int32Array(this.sources.size)) : (this.aliveB ??= new Int32Array(this.sources.size)));
		const take = (hits: TermHits) => {
			if (first) {
				// The rarest term's items are the first alive set.
				first = false;
				const next = buffer().subarray(0, hits.items.length);
				next.set(hits.items);
				for (let k = 0; k < next.length; k++) {
					const s = hits.scores[k];
					total[next[k]] += s;
					if (s <= FIELD_FUZZY) fuzzyOnly[next[k]] = 1;
				}
				alive = next;
				return;
			}
			for (let k = 0; k < hits.items.length; k++) score[hits.items[k]] = hits.scores[k];
			const from = alive!;
			const next = buffer();
			let n = 0;
			for (let k = 0; k < from.length; k++) {
				const i = from[k];
				const s = score[i];
				if (s === 0) continue;
				next[n++] = i;
				total[i] += s;
				if (s <= FIELD_FUZZY) fuzzyOnly[i] = 1;
			}
			for (let k = 0; k < hits.items.length; k++) score[hits.items[k]] = 0;
			alive = next.subarray(0, n);
		};
		// What made the scope so far: a term's matches within it are kept under this name too, so the
		// words typed before the last one are not looked for again at each keystroke.
		let scopeKey = allowedKey;
		for (const {t, hits} of kept) {
			take(hits!);
			scopeKey += `\u0000${this.termKey(t.text, t.phrase, t.fuzzy)}`;
			if (alive!.length === 0) return alive!;
		}
		for (const t of fresh) {
			const scope = alive as Int32Array | null;
			const key = this.termKey(t.text, t.phrase, t.fuzzy);
			// A term not yet kept, among few items still alive: those items alone are looked at.
			const scoped = scope !== null && scope.length * SCOPED_RATIO < this.sources.size;
			if (scoped) {
				const within = `${key}@${scopeKey}`;
				let hits = this.recall(within);
				if (!hits) this.keep(within, (hits = this.termWithin(t.text, t.phrase, t.fuzzy, scope!)));
				take(hits);
			} else {
				take(this.term(t.text, t.phrase, t.fuzzy));
			}
			scopeKey += `\u0000${key}`;
			if (alive!.length === 0) return alive!;
		}
		return alive ?? new Int32Array(0);
	}

	private termKey(text: string, phrase: boolean, fuzzy: boolean): string {
		return `${phrase ? 'p' : 'w'}${fuzzy ? 'f' : 'e'}:${text}`;
	}

	/** Scores item `i` for the term being looked up (its best score kept): one list, no array grown per hit. */
	private readonly give = (i: number, s: number): void => {
		const was = this.scratch[i];
		if (was === 0) this.touched[this.touchedCount++] = i;
		if (s > was) this.scratch[i] = s;
	};

	/** The items the term scored, with their scores; the scratch is clear again for the next term. */
	private takeHits(): TermHits {
		const n = this.touchedCount;
		const items = this.touched.slice(0, n);
		const scores = new Uint8Array(n);
		for (let k = 0; k < n; k++) {
			scores[k] = this.scratch[items[k]];
			this.scratch[items[k]] = 0;
		}
		this.touchedCount = 0;
		return {items, scores};
	}

	/** One term's matches, kept for the next keystrokes. */
	private term(text: string, phrase: boolean, fuzzy: boolean): TermHits {
		const key = this.termKey(text, phrase, fuzzy);
		let hits = this.recall(key);
		if (hits) return hits;
		const give = this.give;
		const {fields, body} = this.sources;
		const inFields = fields.exactHitsStarts(text);
		if (!body && !fuzzy) {
			// Short fields alone: the matches are the field hits as they come (each item once), scored
			// by whether its fields start so, without a pass through the scratch (a letter: most items).
			hits = {items: Int32Array.from(inFields.items), scores: new Uint8Array(inFields.starts.length)};
			for (let k = 0; k < hits.scores.length; k++) hits.scores[k] = inFields.starts[k] ? FIELD_START : FIELD;
			this.keep(key, hits);
			return hits;
		}
		for (let k = 0; k < inFields.items.length; k++) give(inFields.items[k], inFields.starts[k] ? FIELD_START : FIELD);
		if (body) this.bodyHits(body.index, text, phrase, give);
		if (fuzzy) {
			for (const i of fields.fuzzyHits(text, new Set(this.touched.subarray(0, this.touchedCount)))) give(i, FIELD_FUZZY);
			if (body) for (const k of body.index.near(text)) for (const i of body.index.list(k)) give(i, FUZZY);
		}
		hits = this.takeHits();
		this.keep(key, hits);
		// A prefix that starts words of most bodies ("c", "co", "th") costs tens of milliseconds each
		// time: it is kept for good (a few dozen such prefixes at most, each a list of the corpus's size).
		if (!phrase && !fuzzy && body && this.bodyPostings(body.index, text) > LASTING_POSTINGS) this.lasting.add(key);
		return hits;
	}

	/** Postings of the body words a one-part word starts (0 for words of several parts). */
	private bodyPostings(index: BodyIndex, text: string): number {
		const parts = wordsOf(text);
		if (parts.length !== 1) return 0;
		const [from, to] = index.range(parts[0]);
		return index.postingsIn(from, to);
	}

	/**
	 * A job for idle turns: the first letter or two of a query, where they start words of most bodies
	 * (more than `threshold` postings), looked up ahead and kept, so the first keystrokes of a search
	 * cost what the later ones do. Each is looked up a bounded number of postings per step (a letter
	 * walks millions on a large corpus: tens of milliseconds at once), in a scratch of the job's own,
	 * so that queries answered between its steps are not disturbed.
	 */
	warmJob(threshold = LASTING_POSTINGS): Job {
		const body = this.sources.body;
		const queue: string[] = [];
		if (body) {
			const index = body.index;
			for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789') {
				if (this.bodyPostings(index, c) <= threshold) continue;
				queue.push(c);
				for (const d of 'abcdefghijklmnopqrstuvwxyz0123456789') if (this.bodyPostings(index, c + d) > threshold) queue.push(c + d);
			}
		}
		const size = this.sources.size;
		let scratch: Uint8Array | undefined;
		let touched: Int32Array | undefined;
		let count = 0;
		const give = (i: number, s: number) => {
			const was = scratch![i];
			if (was === 0) touched![count++] = i;
			if (s > was) scratch![i] = s;
		};
		// The prefix being looked up: its key, and where in its range of body words the walk is.
		let at: {key: string; k: number; m: number; to: number; whole: number} | undefined;
		const begin = (text: string) => {
			const key = this.termKey(text, false, false);
			if (this.recall(key)) {
				this.lasting.add(key);
				return;
			}
			scratch ??= new Uint8Array(size);
			touched ??= new Int32Array(size);
			const inFields = this.sources.fields.exactHitsStarts(text);
			for (let k = 0; k < inFields.items.length; k++) give(inFields.items[k], inFields.starts[k] ? FIELD_START : FIELD);
			const [from, to] = body!.index.range(text);
			at = {key, k: from, m: 0, to, whole: body!.index.find(text)};
		};
		/** Gives up to about `postings` more (each list walked costs one more); what it spent. */
		const walk = (postings: number): number => {
			const index = body!.index;
			let spent = 0;
			while (at!.k < at!.to && spent < postings) {
				const list = index.list(at!.k);
				const s = at!.k === at!.whole ? BODY_WORD : BODY_PREFIX;
				const end = Math.min(list.length, at!.m + (postings - spent));
				for (let m = at!.m; m < end; m++) give(list[m], s);
				spent += end - at!.m + 1;
				if (end >= list.length) {
					at!.k++;
					at!.m = 0;
				} else at!.m = end;
			}
			return spent;
		};
		const end = () => {
			const items = touched!.slice(0, count);
			const scores = new Uint8Array(count);
			for (let k = 0; k < count; k++) {
				scores[k] = scratch![items[k]];
				scratch![items[k]] = 0;
			}
			count = 0;
			this.keep(at!.key, {items, scores});
			this.lasting.add(at!.key);
			at = undefined;
		};
		const step = (budget: number): boolean => {
			let postings = budget * POSTINGS_PER_UNIT;
			while (postings > 0) {
				if (!at) {
					const word = queue.shift();
					if (word === undefined) break;
					begin(word);
					postings--;
					continue;
				}
				postings -= walk(postings);
				if (at.k >= at.to) end();
			}
			return queue.length === 0 && !at;
		};
		return {step, finish: () => void step(Infinity)};
	}

	/** A kept term's matches, now the most recently used. */
	private recall(key: string): TermHits | undefined {
		const hits = this.kept.get(key);
		if (hits) {
			this.kept.delete(key);
			this.kept.set(key, hits);
		}
		return hits;
	}

	/**
	 * Keeps a term's matches, forgetting the least recently used past KEPT_TERMS (forgetting them all
	 * at once made the words typed before the last ones be searched again mid-query).
	 */
	private keep(key: string, hits: TermHits): void {
		this.kept.set(key, hits);
		for (const old of this.kept.keys()) {
			if (this.kept.size <= KEPT_TERMS) break;
			if (!this.lasting.has(old)) this.kept.delete(old);
		}
	}

	/**
	 * One term's matches among `scope` only (not kept: the scope is this keystroke's): short fields
	 * checked item by item, the body by its word lists when they are short, else by the text of each
	 * item in scope.
	 */
	private termWithin(text: string, phrase: boolean, fuzzy: boolean, scope: Int32Array): TermHits {
		const marks = this.marks;
		const give = this.give;
		const {fields, body} = this.sources;
		const inFields = fields.exactHitsWithin(text, scope);
		for (let k = 0; k < inFields.items.length; k++) give(inFields.items[k], inFields.starts[k] ? FIELD_START : FIELD);
		if (body) {
			const parts = wordsOf(text);
			if (parts.length === 1 && !phrase) {
				const [from, to] = body.index.range(parts[0]);
				const postings = body.index.postingsIn(from, to);
				if (postings > scope.length * (this.sources.textScanRatio ?? TEXT_SCAN_RATIO)) {
					// Thousands of words start so (a letter or two typed): the scope's own texts are read.
					const part = parts[0];
					for (let k = 0; k < scope.length; k++) {
						const i = scope[k];
						let best = 0;
						forEachWord(this.bodyText(i, body.text), (word) => {
							if (word === part) best = BODY_WORD;
							else if (best === 0 && word.startsWith(part)) best = BODY_PREFIX;
							return best === BODY_WORD;
						});
						if (best) give(i, best);
					}
				} else {
					const whole = body.index.find(parts[0]);
					for (let k = 0; k < scope.length; k++) marks[scope[k]] = 1;
					for (let w = from; w < to; w++) {
						const list = body.index.list(w);
						const s = w === whole ? BODY_WORD : BODY_PREFIX;
						for (let m = 0; m < list.length; m++) if (marks[list[m]] === 1) give(list[m], s);
					}
					for (let k = 0; k < scope.length; k++) marks[scope[k]] = 0;
				}
			} else {
				// Words of several parts and phrases: as in the whole list, kept to the scope.
				const inScope = this.allowMarks;
				for (let k = 0; k < scope.length; k++) inScope[scope[k]] = 1;
				this.bodyHits(body.index, text, phrase, (i, s) => {
					if (inScope[i] === 1) give(i, s);
				});
				for (let k = 0; k < scope.length; k++) inScope[scope[k]] = 0;
			}
		}
		if (fuzzy) {
			const inScope = new Set(scope);
			const exact = new Set(this.touched.subarray(0, this.touchedCount));
			for (const i of fields.fuzzyHitsWithin(text, scope, exact)) give(i, FIELD_FUZZY);
			if (body) for (const k of body.index.near(text)) for (const i of body.index.list(k)) if (inScope.has(i)) give(i, FUZZY);
		}
		return this.takeHits();
	}

	/**
	 * Body matches: a word of one part as a whole word or a prefix; a word of several parts ("al-Sadr",
	 * "U.S.") or a phrase as the articles holding every part (a phrase is then checked in the text).
	 */
	private bodyHits(index: BodyIndex, text: string, phrase: boolean, give: (i: number, s: number) => void): void {
		const parts = wordsOf(text);
		if (parts.length === 0) return;
		if (parts.length === 1 && !phrase) {
			const whole = index.find(parts[0]);
			const [from, to] = index.range(parts[0]);
			for (let k = from; k < to; k++) {
				const list = index.list(k);
				const s = k === whole ? BODY_WORD : BODY_PREFIX;
				for (let m = 0; m < list.length; m++) give(list[m], s);
			}
			return;
		}
		// Every part but the last whole (the last may be still being typed): their lists intersected,
		// the rarest first, then narrowed to the articles with a word starting with the last part.
		// A short last part starts thousands of words: their lists are walked over marks, never
		// gathered into a set (that was the slow keystroke of a phrase: "white h").
		const [from, to] = index.range(parts[parts.length - 1]);
		const marks = this.marks;
		if (parts.length === 1) {
			for (let k = from; k < to; k++) {
				const list = index.list(k);
				for (let m = 0; m < list.length; m++) give(list[m], BODY_WORD);
			}
			return;
		}
		const lists = parts.slice(0, -1).map((part) => {
			const k = index.find(part);
			return k < 0 ? new Int32Array(0) : index.list(k);
		});
		lists.sort((a, b) => a.length - b.length);
		let common: Int32Array = lists[0];
		for (const list of lists.slice(1)) {
			for (let m = 0; m < list.length; m++) marks[list[m]] = 1;
			common = common.filter((i) => marks[i] === 1);
			for (let m = 0; m < list.length; m++) marks[list[m]] = 0;
		}
		if (common.length === 0) return;
		for (const i of common) marks[i] = 1;
		for (let k = from; k < to; k++) {
			const list = index.list(k);
			for (let m = 0; m < list.length; m++) if (marks[list[m]] === 1) marks[list[m]] = 2;
		}
		for (const i of common) {
			if (marks[i] === 2) give(i, BODY_WORD);
			marks[i] = 0;
		}
	}

	private holdsPhrase(i: number, phrase: string): boolean {
		if (this.sources.fields.holds(i, phrase)) return true;
		const body = this.sources.body;
		if (!body) return false;
		let check = this.phraseChecks.get(phrase);
		if (!check) {
			if (this.phraseChecks.size >= KEPT_TERMS) this.phraseChecks.clear();
			check = {pattern: phrasePattern(phrase), words: wordsOf(phrase).join(' '), verdicts: new Map()};
			this.phraseChecks.set(phrase, check);
		}
		let verdict = check.verdicts.get(i);
		if (verdict === undefined) {
			const text = this.bodyText(i, body.text);
			// The pattern reads the text as it is; only a body with letters beyond ASCII (accents the
			// pattern cannot fold) is compared word by word, folded.
			verdict = check.pattern.test(text) || (BEYOND_ASCII.test(text) && ` ${wordsOf(text).join(' ')} `.includes(` ${check.words}`));
			check.verdicts.set(i, verdict);
		}
		return verdict;
	}

	/**
	 * A body read for a phrase check, kept while a phrase is typed on: a saved index reads each body
	 * from its file on first use, and the next keystroke checks mostly the same articles again.
	 */
	private bodyText(i: number, read: (i: number) => string): string {
		let text = this.bodies.get(i);
		if (text === undefined) {
			text = read(i);
			if (this.bodyChars + text.length > KEPT_BODY_CHARS) {
				this.bodies.clear();
				this.bodyChars = 0;
			}
			this.bodies.set(i, text);
			this.bodyChars += text.length;
		}
		return text;
	}

	/**
	 * The items (ascending) the field terms allow, or null when there are none: each field's accepted
	 * values looked up in the inverted index (field-values.ts), fields intersected.
	 */
	private narrowing(query: Query): Int32Array | null {
		const values = (this.fieldValues ??= this.sources.fieldValues ?? new FieldValues(this.sources.size, this.sources.values));
		let allowed: Int32Array | null = null;
		const narrow = (items: Int32Array) => {
			allowed = allowed ? intersectSorted(allowed, items) : items;
		};
		for (const [name, wanted] of Object.entries(query.fields) as [Exclude<FieldName, 'date'>, string[]][]) {
			// A type is named by its start (type:per), other fields by any part (outlet:times).
			const accept = name === 'type' ? (v: string) => wanted.some((w) => v.startsWith(w)) : (v: string) => wanted.some((w) => v.includes(w));
			narrow(values.items(name, wanted.join('\u0000'), accept));
		}
		if (query.dates.length > 0) {
			const key = query.dates.map((d) => `${d.from}..${d.to}`).join(' ');
			narrow(values.items('date', key, (v) => query.dates.some((range) => inRange(v, range))));
		}
		return allowed;
	}
}
