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

/** Articles read for the corpus's word counts: enough to know a common word, cheap at any corpus size. */
export const WORD_SAMPLE_ARTICLES = 1000;
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
		const re = /\p{L}[\p{L}’'-]*/gu;
		let m: RegExpExecArray | null;
		while ((m = re.exec(text))) {
			// The first word of a sentence, a line or a quotation has a capital whatever it is.
			let k = m.index - 1;
			while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
			if (k < 0 || /[.!?:\n“"‘«(—–]/.test(text[k])) continue;
			const w = m[0];
			const key = w.toLowerCase();
			if (/^\p{Ll}/u.test(w)) this.lower.set(key, (this.lower.get(key) ?? 0) + 1);
			else if (/^\p{Lu}\p{Ll}/u.test(w)) this.upper.set(key, (this.upper.get(key) ?? 0) + 1);
		}
	}

	/** Does the corpus write this word mostly in lower case mid-sentence: an ordinary word, no name? */
	common(word: string): boolean {
		const key = word.toLowerCase();
		const l = this.lower.get(key) ?? 0;
		if (l < MIN_LOWER) return false;
		return l >= MIN_LOWER_SHARE * (l + (this.upper.get(key) ?? 0));
	}

	/** common(), of the word or a singular of it ("Opponents" by "opponent"). */
	commonNoun(word: string): boolean {
		return this.common(word) || (/s$/i.test(word) && singularsOf(word).some((s) => this.common(s)));
	}
}
