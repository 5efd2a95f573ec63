// A parsed query (query.ts) answered over one list: every word must match (in the short fields of
// FieldSearch, or in the body index when the list has one), phrases must appear whole, field terms
// narrow. Exact and prefix matches rank before fuzzy ones, and fuzzy ones are looked for only when
// the exact answer is small. Each term's matches are kept for the next keystroke, so typing the
// second word of a query does not search the first again.
import type {BodyIndex} from './body-index.js';
import {inRange, type FieldName, type Query} from './query.js';
import {FEW, type FieldSearch, type Hits} from './search.js';
import {foldText} from '../text/fold.js';
import {wordsOf} from './words.js';

export interface MatchSources {
	size: number;
	/** The short fields of each item. */
	fields: FieldSearch;
	/** The full text of each item, when the list has one: its index and, to check phrases, its text. */
	body?: {index: BodyIndex; text(i: number): string};
	/** Each field term's values for item i (any that matches keeps the item). Absent: the list has no such field. */
	values: Partial<Record<FieldName, (i: number) => readonly (string | null | undefined)[]>>;
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
const KEPT_TERMS = 32;
/** Characters of bodies kept for phrase checks (about the bodies a common word's phrase reads on 37k articles). */
const KEPT_BODY_CHARS = 16_000_000;
/** An exact item lifts its rank above every fuzzy one. */
const EXACT_RANK = 1 << 16;

/** Letters outside ASCII and outside the punctuation block (curly quotes and dashes fold to nothing). */
const BEYOND_ASCII = /[^\u0000-\u007f\u2000-\u206f]/;

/** The phrase's words in order with anything but letters and digits between them; the last may go on. */
function phrasePattern(phrase: string): RegExp {
	const words = wordsOf(phrase).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}`, 'iu');
}

/** One term's matches: items (any order) and the score of each. */
interface TermHits {
	items: Int32Array;
	scores: Uint8Array;
}

export class QueryMatcher {
	private readonly kept = new Map<string, TermHits>();
	private readonly scratch: Uint8Array;
	/** Items marked while body lists are intersected (all 0 between uses). */
	private readonly marks: Uint8Array;
	private readonly total: Int32Array;
	private readonly fuzzyOnly: Uint8Array;
	private readonly rank: Int32Array;
	private readonly folded = new Map<FieldName, (string[] | undefined)[]>();
	private readonly folds = new Map<string, string>();
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
	}

	/** Field terms of the query this list has no field for (they match nothing here). */
	lacking(query: Query): FieldName[] {
		const asked = [...(Object.keys(query.fields) as FieldName[]), ...(query.dates.length ? (['date'] as const) : [])];
		return asked.filter((name) => !this.sources.values[name]);
	}

	/**
	 * The items matching `query`, as indices into the list. `order` is the list's display order:
	 * ranked by relevance, ties keep it; otherwise (a column sort chosen) it is the order outright.
	 */
	run(query: Query, order: Hits, byRelevance = true): Hits {
		const terms = [...query.words.map((w) => ({text: w, phrase: false})), ...query.phrases.map((p) => ({text: p, phrase: true}))];
		const narrow = this.narrowing(query);
		if (terms.length === 0) return narrow ? Array.prototype.filter.call(order, narrow) as number[] : order;
		let alive = this.intersect(terms, false);
		if (alive.length < FEW && terms.some((t) => !t.phrase && Array.from(t.text).length >= FUZZY_LENGTH)) alive = this.intersect(terms, true);
		// A phrase of one word is what the word's matches already are (a word start in the body, a part
		// of a short field): only phrases of several words are checked in the text.
		for (const t of terms) if (t.phrase && wordsOf(t.text).length > 1) alive = alive.filter((i) => this.holdsPhrase(i, t.text));
		if (narrow) alive = alive.filter(narrow);
		const rank = this.rank;
		for (const i of alive) rank[i] = this.total[i] + (this.fuzzyOnly[i] ? 0 : EXACT_RANK);
		const rows: number[] = [];
		if (!byRelevance) {
			for (let k = 0; k < order.length; k++) if (rank[order[k]] > 0) rows.push(order[k]);
		} else {
			// Buckets by rank, filled in display order: a stable ranking without a sort of every hit.
			const buckets = new Map<number, number[]>();
			for (let k = 0; k < order.length; k++) {
				const i = order[k];
				const r = rank[i];
				if (r <= 0) continue;
				const bucket = buckets.get(r);
				if (bucket) bucket.push(i);
				else buckets.set(r, [i]);
			}
			for (const r of [...buckets.keys()].sort((a, b) => b - a)) for (const i of buckets.get(r)!) rows.push(i);
		}
		for (const i of alive) rank[i] = 0;
		return rows;
	}

	/**
	 * Items matching every term, their summed scores left in `total` and, in `fuzzyOnly`, whether a
	 * term matched them only by a typo. `fuzzy`: typos count for words long enough.
	 */
	private intersect(terms: {text: string; phrase: boolean}[], fuzzy: boolean): number[] {
		const {total, fuzzyOnly, scratch: score} = this;
		total.fill(0);
		fuzzyOnly.fill(0);
		let alive: ArrayLike<number> | null = null;
		for (const term of terms) {
			const hits = this.term(term.text, term.phrase, fuzzy && !term.phrase && Array.from(term.text).length >= FUZZY_LENGTH);
			for (let k = 0; k < hits.items.length; k++) score[hits.items[k]] = hits.scores[k];
			const from: ArrayLike<number> = alive ?? hits.items;
			const next: number[] = [];
			for (let k = 0; k < from.length; k++) {
				const i = from[k];
				const s = score[i];
				if (s === 0) continue;
				next.push(i);
				total[i] += s;
				if (s <= FIELD_FUZZY) fuzzyOnly[i] = 1;
			}
			for (let k = 0; k < hits.items.length; k++) score[hits.items[k]] = 0;
			alive = next;
			if (next.length === 0) break;
		}
		return Array.from(alive ?? []);
	}

	/** One term's matches, kept for the next keystrokes. */
	private term(text: string, phrase: boolean, fuzzy: boolean): TermHits {
		const key = `${phrase ? 'p' : 'w'}${fuzzy ? 'f' : 'e'}:${text}`;
		let hits = this.kept.get(key);
		if (hits) return hits;
		const score = this.scratch;
		const touched: number[] = [];
		const give = (i: number, s: number) => {
			if (score[i] === 0) touched.push(i);
			if (s > score[i]) score[i] = s;
		};
		const {fields, body} = this.sources;
		const inFields = fields.exactHits(text);
		for (let k = 0; k < inFields.length; k++) give(inFields[k], fields.startsWith(inFields[k], text) ? FIELD_START : FIELD);
		if (body) this.bodyHits(body.index, text, phrase, give);
		if (fuzzy) {
			for (const i of fields.fuzzyHits(text, new Set(touched))) give(i, FIELD_FUZZY);
			if (body) for (const k of body.index.near(text)) for (const i of body.index.list(k)) give(i, FUZZY);
		}
		hits = {items: Int32Array.from(touched), scores: Uint8Array.from(touched, (i) => score[i])};
		for (const i of touched) score[i] = 0;
		if (this.kept.size >= KEPT_TERMS) this.kept.clear();
		this.kept.set(key, hits);
		return hits;
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

	/** The test the field terms make, or null when there are none. */
	private narrowing(query: Query): ((i: number) => boolean) | null {
		const tests: ((i: number) => boolean)[] = [];
		for (const [name, wanted] of Object.entries(query.fields) as [Exclude<FieldName, 'date'>, string[]][]) {
			const values = this.values(name);
			// A type is named by its start (type:per), other fields by any part (outlet:times).
			const hit = name === 'type' ? (v: string, w: string) => v.startsWith(w) : (v: string, w: string) => v.includes(w);
			tests.push((i) => values(i).some((v) => wanted.some((w) => hit(v, w))));
		}
		if (query.dates.length > 0) {
			const values = this.values('date');
			tests.push((i) => values(i).some((v) => query.dates.some((range) => inRange(v, range))));
		}
		if (tests.length === 0) return null;
		return (i) => tests.every((t) => t(i));
	}

	/** Item i's folded values of a field (made once per item); none when the list has no such field. */
	private values(name: FieldName): (i: number) => string[] {
		const raw = this.sources.values[name];
		if (!raw) return () => [];
		let cache = this.folded.get(name);
		if (!cache) {
			cache = new Array(this.sources.size);
			this.folded.set(name, cache);
		}
		const table = cache;
		// The same names recur across thousands of items (a speaker in every rendering): each distinct one is folded once.
		const folds = this.folds;
		const fold = (v: string) => {
			let f = folds.get(v);
			if (f === undefined) folds.set(v, (f = foldText(v)));
			return f;
		};
		return (i) => (table[i] ??= [...new Set(raw(i))].filter((v): v is string => typeof v === 'string' && v !== '').map(fold));
	}
}
