// What an article is about, as a short weighted vector: the content words of its headline and
// opening (where news writing puts the event), the entities it names (aliases already merged, so
// "al-Kadhimi" and "Al-Kazemi" count as one) and the statements it shares with other articles.
// Weighted by TF-IDF over the corpus and cut to the strongest few features, so that comparing
// two articles costs a few dozen steps whatever their length.
import type {Article} from '../../corpus/types.js';
import {isStopword, stem} from '../linking/tokens.js';
import type {Entity, Statement} from '../types.js';

/** Characters of a body read for its words: the opening paragraphs, where the event is told. */
const LEAD_CHARS = 2400;
/** A headline word counts as this many body words. */
const TITLE_WEIGHT = 3;
/** A figure ("2,500 troops", "$1.2 trillion") names the event more surely than a word: counted twice. */
const FIGURE_WEIGHT = 2;
/**
 * Named entities are mostly in the words already (their names are words too): a little extra
 * weight lets merged aliases count, not so much that two events on one person look alike.
 */
const ENTITY_BOOST = 0.6;
const STATEMENT_BOOST = 1;
/** How much of the weight of an article's unshared features counts in its length (see storyFeatures). */
const OWN_SHARE = 0.25;
/** Features kept per article. */
export const FEATURES_PER_ARTICLE = 48;

/** An article's features: ids ascending, with their weights (the vector has length 1). */
export interface FeatureVector {
	ids: Int32Array;
	weights: Float32Array;
}

export interface StoryFeatures {
	vectors: FeatureVector[];
	/** Articles holding each feature (before the cut to the strongest). */
	df: Int32Array;
}

/** Feature ids by name, each with the boost of its kind. */
class Vocabulary {
	readonly ids = new Map<string, number>();
	readonly boost: number[] = [];

	id(key: string, boost: number): number {
		let id = this.ids.get(key);
		if (id === undefined) {
			id = this.ids.size;
			this.ids.set(key, id);
			this.boost.push(boost);
		}
		return id;
	}
}

/** An article's raw counts, held as two typed arrays (a corpus of 37,000 articles holds millions). */
interface Counted {
	ids: Int32Array;
	counts: Float32Array;
}

/** Words (letters first) and figures of two digits or more (thousands separators dropped). */
const TOKEN = /\p{L}[\p{L}\p{M}\p{N}'’-]*|\d[\d,.]*\d/gu;
const stems = new Map<string, string>();
/** A corpus has far fewer distinct words than words; past this many, stop remembering. */
const MAX_STEMS = 200_000;

/**
 * The terms of a text with their weights, by one regular expression and a light stemmer: this runs
 * on every article of the corpus, so it stays far cheaper than the linking's tokenizer.
 */
function addTerms(text: string, weight: number, add: (key: string, count: number) => void): void {
	for (const [raw] of text.toLowerCase().matchAll(TOKEN)) {
		const c = raw.charCodeAt(0);
		if (c >= 48 && c <= 57) {
			add(`n ${raw.replace(/[,.]$/, '').replace(/,/g, '')}`, weight * FIGURE_WEIGHT);
			continue;
		}
		// "al-Nujaba" is one name, but "US-led" and "Iran-backed" are also one word: hyphens are kept.
		const word = raw.replace(/['’]s?$|-+$/, '');
		if (word.length < 2 || isStopword(word)) continue;
		let t = stems.get(word);
		if (t === undefined) {
			t = stem(word);
			if (stems.size < MAX_STEMS) stems.set(word, t);
		}
		add(`w ${t}`, weight);
	}
}

/**
 * The words of every article's headline (weighing more) and opening, counted: the part of the
 * features that depends on the text alone, so that it can be counted on another thread while the
 * entities are merged and the statements linked. Words are numbered in the order they are first
 * met, article by article; each article's are listed in the order it first uses them.
 */
export interface LeadWords {
	/** Articles counted. */
	size: number;
	/** The words by number ("w <stem>", "n <figure>"). */
	keys: string[];
	/** Article i's words are ids[start[i] .. start[i + 1]), with counts beside them. */
	start: Int32Array;
	ids: Int32Array;
	counts: Float32Array;
}

/** Counts LeadWords a few articles at a time (scan), for a thread that must stay responsive. */
export class LeadWordCounter {
	private readonly numbers = new Map<string, number>();
	private readonly keys: string[] = [];
	private readonly start: Int32Array;
	private ids: number[] = [];
	private counts: number[] = [];
	private next = 0;

	constructor(private readonly articles: readonly Pick<Article, 'title' | 'body'>[]) {
		this.start = new Int32Array(articles.length + 1);
	}

	/** Counts up to `budget` articles; true once all are counted. */
	scan(budget: number): boolean {
		for (; budget > 0 && this.next < this.articles.length; budget--) {
			const article = this.articles[this.next++];
			const of = new Map<number, number>();
			const add = (key: string, count: number) => {
				let id = this.numbers.get(key);
				if (id === undefined) {
					id = this.keys.push(key) - 1;
					this.numbers.set(key, id);
				}
				of.set(id, (of.get(id) ?? 0) + count);
			};
			addTerms(article.title ?? '', TITLE_WEIGHT, add);
			addTerms(article.body.slice(0, LEAD_CHARS), 1, add);
			for (const [id, count] of of) {
				this.ids.push(id);
				this.counts.push(count);
			}
			this.start[this.next] = this.ids.length;
		}
		return this.next >= this.articles.length;
	}

	get result(): LeadWords {
		while (!this.scan(Infinity));
		return {size: this.articles.length, keys: this.keys, start: this.start, ids: Int32Array.from(this.ids), counts: Float32Array.from(this.counts)};
	}
}

/**
 * An article's raw counts: its lead words (numbered by the vocabulary, which met them in the same
 * order as LeadWords did), then its entities and statements.
 */
function countArticle(lead: LeadWords, wordIds: Int32Array, i: number, named: number[] | undefined): Counted {
	const of = new Map<number, number>();
	for (let k = lead.start[i]; k < lead.start[i + 1]; k++) of.set(wordIds[lead.ids[k]], lead.counts[k]);
	if (named) for (let k = 0; k < named.length; k += 2) of.set(named[k], (of.get(named[k]) ?? 0) + named[k + 1]);
	const ids = Int32Array.from(of.keys());
	return {ids, counts: Float32Array.from(ids, (id) => of.get(id)!)};
}

/** The features of every article; `lead`, when given, is LeadWords of these same articles. */
export function storyFeatures(articles: readonly Article[], entities: readonly Entity[], statements: readonly Statement[], lead?: LeadWords): StoryFeatures {
	const n = articles.length;
	const at = new Map(articles.map((a, i) => [a.id, i] as const));
	const vocabulary = new Vocabulary();
	// Entities and statements per article, as (feature, count) pairs, gathered in one pass over each list.
	const named: number[][] = new Array(n);
	const note = (i: number, id: number, count: number) => (named[i] ??= []).push(id, count);
	for (const e of entities) {
		let id = -1;
		for (const article in e.mentions) {
			const i = at.get(article);
			if (i === undefined || !(e.mentions[article] > 0)) continue;
			if (id < 0) id = vocabulary.id(`e ${e.id}`, ENTITY_BOOST);
			note(i, id, e.mentions[article]);
		}
	}
	for (const s of statements) {
		const holders = new Set<number>();
		for (const r of s.renderings) {
			const i = at.get(r.article);
			if (i !== undefined) holders.add(i);
		}
		// A statement one article alone carries links nothing.
		if (holders.size < 2) continue;
		const id = vocabulary.id(`s ${s.id}`, STATEMENT_BOOST);
		for (const i of holders) note(i, id, 1);
	}
	const words = lead?.size === n ? lead : new LeadWordCounter(articles).result;
	// The words are numbered after the entities and statements, in the order they were first met.
	const wordIds = Int32Array.from(words.keys, (key) => vocabulary.id(key, 1));
	const counted = articles.map((_, i) => countArticle(words, wordIds, i, named[i]));
	named.length = 0;

	const df = new Int32Array(vocabulary.ids.size);
	for (const c of counted) for (const id of c.ids) df[id]++;
	const vectors = counted.map(({ids, counts}) => {
		const scored: Array<[number, number]> = [];
		let own = 0;
		for (let k = 0; k < ids.length; k++) {
			// Smoothed so that a feature every article holds still weighs a little, in a corpus of five.
			const idf = Math.log(1 + n / df[ids[k]]);
			const weight = (1 + Math.log(counts[k])) * idf * vocabulary.boost[ids[k]];
			// A feature no other article holds can match nothing: it is left out of the kept few (in a
			// small corpus it would fill them), but counts in the length, so that an article mostly
			// its own stays unlike the others.
			if (df[ids[k]] > 1) scored.push([ids[k], weight]);
			else own += weight * weight;
		}
		scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
		const kept = scored.slice(0, FEATURES_PER_ARTICLE).sort((a, b) => a[0] - b[0]);
		const norm = Math.sqrt(kept.reduce((sum, [, w]) => sum + w * w, OWN_SHARE * own)) || 1;
		return {ids: Int32Array.from(kept, ([id]) => id), weights: Float32Array.from(kept, ([, w]) => w / norm)};
	});
	return {vectors, df};
}

/** The dot product of two vectors (their cosine: both have length 1). */
export function cosine(a: FeatureVector, b: FeatureVector): number {
	let sum = 0;
	for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
		if (a.ids[i] === b.ids[j]) sum += a.weights[i++] * b.weights[j++];
		else if (a.ids[i] < b.ids[j]) i++;
		else j++;
	}
	return sum;
}
