// Names made of common words ("Climate Change", "Commerce Clause", "Black Lives Matter"): the
// articles that print the name in capitals also use each of its words in lower case, as ordinary
// words. A person's name holds at least one word that prose never writes so (a surname such as
// "Okafor"), so such a name is no person unless a title vouches for one ("Sen. Ada Brown").
import {contentTokens} from '../names.js';
import {nlp} from '../nlp.js';
import type {NameNode} from './corpus.js';
import {lexiconTags} from './lexicon.js';
import {bestType, isFirstName, type Votes} from './typing.js';
import type {EntityType} from '../types.js';

/** Articles read per name: a word used in lower case shows up in the first few (the search stops at the first). */
const ARTICLES_READ = 10;
const NAME_TAG = /^(?:MaleName|FemaleName|FirstName|LastName|Person)$/;

// Prose around a word: spaces and punctuation, not the dots, slashes and @ of an address
// ("ada.okafor@example.com" prints a surname in lower case).
const OPENS_WORD = /[\s(“"‘«—–]/;
const CLOSES_WORD = /[\s,;:!?)”"’»—–]/;

/** Is `word` (lower case) a word of running prose somewhere in `text`? */
export function lowercaseWordIn(text: string, word: string): boolean {
	for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
		if (i > 0 && !OPENS_WORD.test(text[i - 1])) continue;
		const end = i + word.length;
		if (end === text.length || CLOSES_WORD.test(text[end])) return true;
		if (text[end] === '.' && (end + 1 === text.length || /\s/.test(text[end + 1]))) return true;
	}
	return false;
}

/**
 * Keys of the nodes whose votes favour a person while every word of the name is also used in
 * lower case in the articles that name it. Only untitled names of two or more words, with no given
 * name and no word the lexicon knows as a name, are read.
 */
export function commonWordNames(nodes: Iterable<NameNode>, main: (n: NameNode) => string, body: (article: string) => string | undefined): Set<string> {
	const out = new Set<string>();
	for (const n of nodes) {
		if (n.titled > 0 || bestType(n.votes) !== 'person') continue;
		const tokens = contentTokens(main(n));
		if (tokens.length < 2 || isFirstName(tokens[0])) continue;
		if (tokens.some((t) => t.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(t) || lexiconTags(t.toLowerCase()).some((x) => NAME_TAG.test(x)))) continue;
		const texts: string[] = [];
		for (const article of n.articles.keys()) {
			const text = body(article);
			if (text !== undefined) texts.push(text);
			if (texts.length >= ARTICLES_READ) break;
		}
		if (tokens.every((t) => texts.some((text) => lowercaseWordIn(text, t.toLowerCase())))) out.add(n.key);
	}
	return out;
}

/** The best type other than a person: what the votes say next, else other. */
export function notPerson(votes: Votes): EntityType {
	const rest: Votes = {...votes, person: 0};
	const t = bestType(rest);
	return (rest[t] ?? 0) > 0 ? t : 'other';
}

/** The singular forms a plural noun may have ("agencies" → agency, "witnesses" → witness, "lawmakers" → lawmaker). */
export function singularsOf(word: string): string[] {
	const l = word.toLowerCase();
	const out: string[] = [];
	if (/[^aeiou]ies$/.test(l)) out.push(l.slice(0, -3) + 'y');
	if (/(?:s|x|z|ch|sh)es$/.test(l)) out.push(l.slice(0, -2));
	if (/[^su]s$/.test(l)) out.push(l.slice(0, -1));
	return out;
}

const pluralTags = new Map<string, boolean>();

/** Does the tagger read this lone capitalised word as a plural common noun ("Opponents"), not a surname ("Davis")? */
export function taggedPlural(word: string): boolean {
	const known = pluralTags.get(word);
	if (known !== undefined) return known;
	const doc = nlp()(`${word} said it.`).json() as Array<{terms?: Array<{tags?: string[]}>}>;
	const tags = doc[0]?.terms?.[0]?.tags ?? [];
	const v = tags.includes('Plural') && !tags.some((t) => /Person|LastName|FirstName|ProperNoun|Organization|Place|Country|City/.test(t));
	if (pluralTags.size < 100_000) pluralTags.set(word, v);
	return v;
}

/**
 * "Opponents said", "Lawmakers warned": a lone capitalised word that is a plural common noun, by
 * the evidence of the text it stands in: the tagger reads it as a plural, and the text uses the
 * word or its singular in lower case as an ordinary word. Several people, or no one in
 * particular, never one person's name ("Gates" stays a name where "Bill Gates" is named: the
 * caller checks).
 */
export function pluralCommonNoun(word: string, text: string): boolean {
	if (!/^\p{Lu}\p{Ll}{2,}s$/u.test(word)) return false;
	const l = word.toLowerCase();
	// The text's evidence first: it is cheap, and the tagger is asked only about words it supports.
	return (lowercaseWordIn(text, l) || singularsOf(l).some((s) => lowercaseWordIn(text, s))) && taggedPlural(word);
}

const wordsOf = new WeakMap<object, CorpusWords>();

/** The word counts of a corpus, made once per list of articles (entities and statements share them). */
export function corpusWordsOf(articles: ReadonlyArray<{body: string}>): CorpusWords {
	let w = wordsOf.get(articles);
	if (!w) wordsOf.set(articles, (w = new CorpusWords(articles.map((a) => a.body))));
	return w;
}

/** Articles read for the corpus's word counts: enough to know a common word, cheap at any corpus size. */
export const WORD_SAMPLE_ARTICLES = 500;
/** Lower-case uses a word needs, and their least share of its mid-sentence uses, to be a common word. */
const MIN_LOWER = 3;
const MIN_LOWER_SHARE = 0.8;

/**
 * How a corpus writes each word in the middle of a sentence: in lower case ("opponents", "hill",
 * "candidate") or with a capital ("Pelosi", "Brown" of a senator). Read from a capped sample of
 * articles (evenly spread over the corpus), once per corpus.
 */
export class CorpusWords {
	private readonly lower = new Map<string, number>();
	private readonly upper = new Map<string, number>();

	constructor(bodies: string[]) {
		const step = Math.max(1, Math.ceil(bodies.length / WORD_SAMPLE_ARTICLES));
		for (let i = 0; i < bodies.length; i += step) this.read(bodies[i]);
	}

	private read(text: string): void {
		// Whitespace-separated tokens: a token opening with a letter, after one that does not end a
		// sentence, a line or a clause (".", "!", "?", ":"), is a word in the middle of a sentence.
		const re = /\S+/g;
		let opens = true;
		let m: RegExpExecArray | null;
		while ((m = re.exec(text))) {
			const tok = m[0];
			const lineStart = m.index === 0 || text.charCodeAt(m.index - 1) === 10;
			const mid = !opens && !lineStart;
			const last = tok.charCodeAt(tok.length - 1);
			// . ! ? : and a closing quotation after them end what comes before the next word.
			opens = last === 46 || last === 33 || last === 63 || last === 58 || ((last === 8221 || last === 34) && /[.!?:,]["”]$/.test(tok));
			if (!mid) continue;
			let end = tok.length;
			while (end > 0 && !/\p{L}/u.test(tok[end - 1])) end--;
			if (end === 0) continue;
			const w = end === tok.length ? tok : tok.slice(0, end);
			const c = w.charCodeAt(0);
			const lowerStart = c >= 97 && c <= 122 ? true : c >= 65 && c <= 90 ? false : /^\p{Ll}/u.test(w) ? true : /^\p{Lu}/u.test(w) ? false : null;
			if (lowerStart === null) continue;
			const key = w.toLowerCase();
			if (lowerStart) this.lower.set(key, (this.lower.get(key) ?? 0) + 1);
			else if (w.length > 1 && w !== w.toUpperCase()) this.upper.set(key, (this.upper.get(key) ?? 0) + 1);
		}
	}

	/** Does the corpus write this word mostly in lower case mid-sentence: an ordinary word, no name? */
	common(word: string): boolean {
		const key = word.toLowerCase();
		const l = this.lower.get(key) ?? 0;
		if (l < MIN_LOWER) return false;
		return l >= MIN_LOWER_SHARE * (l + (this.upper.get(key) ?? 0));
	}

	/**
	 * Does prose use this word in lower case at all (at least MIN_LOWER times), though names may
	 * capitalise it more often ("reserve" beside "Federal Reserve")?
	 */
	ordinary(word: string): boolean {
		return (this.lower.get(word.toLowerCase()) ?? 0) >= MIN_LOWER;
	}

	/** common(), of the word or a singular of it ("Opponents" by "opponent"). */
	commonNoun(word: string): boolean {
		return this.common(word) || (/s$/i.test(word) && singularsOf(word).some((s) => this.common(s)));
	}
}
