// Names made of common words ("Climate Change", "Commerce Clause", "Black Lives Matter"): the
// articles that print the name in capitals also use each of its words in lower case, as ordinary
// words. A person's name holds at least one word that prose never writes so (a surname such as
// "Okafor"), so such a name is no person unless a title vouches for one ("Sen. Ada Brown").
import {contentTokens} from '../names.js';
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
