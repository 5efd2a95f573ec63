// What the whole corpus says about each distinct name: its main spelling, its type, whether it is a
// compound of several names, and which words are given names. One article says little ("Virginia"
// once, after "in"); thousands of mentions say more: a name that is the subject of "said", has a
// given name or a title like "Sen." is a person, one that only looks like a name is not.
import {nlp} from '../nlp.js';
import type {EntityType} from '../types.js';
import {compoundParts, contentTokens, nameKey} from '../names.js';
import {GROUP_ADJECTIVES, ORG_HEADS, TITLES, lexiconTags} from './lexicon.js';
import {isDemonym} from './words.js';
import {notPerson, type CorpusWords} from './common-words.js';
import {bestType, isFirstName, knownEntity, SHAPE_VOTE, type Votes} from './typing.js';

export interface NameNode {
	key: string;
	surfaces: Map<string, number>;
	votes: Votes;
	articles: Map<string, number>;
	count: number;
	titled: number;
}

/** Votes a person needs per mention beyond looking like a name (a title, "said", a given name). */
const PERSON_EVIDENCE = SHAPE_VOTE + 0.1;
/** Mentions from which a corpus that never gives a name such evidence says it is no person. */
const EVIDENCE_MENTIONS = 4;

/**
 * The type that votes from `count` mentions support. A name mentioned often with no evidence of a
 * person beyond its capitals is not one: the next best type if its votes are more than a trace,
 * else other ("Election Day", "Merry Christmas").
 */
export function corpusType(votes: Votes, count: number, titled: number): EntityType {
	const best = bestType(votes);
	if (best !== 'person' || titled > 0 || count < EVIDENCE_MENTIONS || (votes.person ?? 0) >= PERSON_EVIDENCE * count) return best;
	const rest: Votes = {...votes, person: 0};
	const next = bestType(rest);
	return (rest[next] ?? 0) >= SHAPE_VOTE * count ? next : 'other';
}

const PLACE_TAG = /^(?:Country|City|Region|Place)$/;
const NAME_TAG = /^(?:MaleName|FemaleName|FirstName|LastName|Person)$/;
const FUNCTION_WORD = /^(?:Preposition|Conjunction|Determiner|Pronoun)$/;
const PLACE_OR_PEOPLE = /^(?:Country|City|Region|Place|Demonym)$/;
// Colours are adjectives and surnames alike ("Black", "White", "Green"): no epithet evidence.
const COLOURS = new Set(['black', 'white', 'red', 'green', 'brown', 'gray', 'grey', 'blue', 'gold', 'silver']);
const adjectiveCache = new Map<string, boolean>();

/** A word that qualifies a name as an epithet does ("Crooked", "Sleepy", "Lyin’", "Shifty"). */
export function epithetWord(word: string): boolean {
	const l = word.toLowerCase();
	let v = adjectiveCache.get(l);
	if (v === undefined) {
		v = !COLOURS.has(l) && !isFirstName(l) && (/in['’]$/.test(l) || /[^aeiou]y$/.test(l) || nlp()(l).has('(#Adjective|#PastTense)'));
		adjectiveCache.set(l, v);
	}
	return v;
}

export class CorpusFacts {
	private readonly mains = new Map<string, string>();
	private readonly types = new Map<string, EntityType>();
	private readonly compounds = new Set<string>();
	/** First words of people's names that a title vouches for ("Sen. Kamala Harris" → "kamala"). */
	private readonly given = new Set<string>();
	/** Last words of full names of people ("Pelosi" of "Nancy Pelosi"). */
	private readonly surnames = new Set<string>();
	private readonly epithets = new Map<string, boolean>();
	/** Keys of names whose head word is an ordinary word of the corpus (see commonHead). */
	private readonly commonHeads = new Set<string>();
	/** Last words of the full names of people (typed so, a given name first): "Brown" of "Ada Brown". */
	private readonly personSurnames = new Set<string>();
	/** Keys of names that are a place before an organisation's name (see placedOrganisation). */
	private readonly placedOrgs = new Set<string>();

	/** `common`: keys of names made of common words, never people without a title (see common-words.ts). */
	/**
	 * `words`: how the corpus writes words mid-sentence; a name whose head word it writes in lower
	 * case ("Opponents", "Candidate Reserve") is no person unless a title or a given name vouches for one.
	 */
	constructor(private readonly nodes: Map<string, NameNode>, outletKeys: Set<string>, common: Set<string> = new Set(), private readonly words?: CorpusWords) {
		// Double-barrelled surnames ("Alexandria Ocasio-Cortez") are not compounds of two names.
		const surnames = new Set<string>();
		for (const n of nodes.values()) {
			const words = this.main(n).split(' ');
			// "Donald Obi-Brandt" beside "Donald Obi" is a compound glued to a full name, no double-barrelled surname.
			const last = words[words.length - 1];
			const glued = /[-‐‑]/.test(last) && nodes.has(nameKey([...words.slice(0, -1), last.split(/[-‐‑]/)[0]].join(' ')));
			if (words.length >= 2 && isFirstName(words[0]) && !glued) surnames.add(nameKey(last));
			const tokens = contentTokens(this.main(n));
			if (tokens.length >= 2 && tokens.length <= 3 && n.titled > 0 && /^\p{Lu}\p{Ll}+$/u.test(tokens[0])) this.given.add(tokens[0].toLowerCase());
			if (tokens.length >= 2 && isFirstName(tokens[0])) this.surnames.add(tokens[tokens.length - 1].toLowerCase());
		}
		for (const n of nodes.values()) {
			// Any spelling of the node may show the hyphens ("Trump-Kim" beside "Trump Kim").
			let parts = compoundParts(this.main(n));
			if (!parts) for (const surface of n.surfaces.keys()) if ((parts = compoundParts(surface))) break;
			if (!parts || surnames.has(n.key) || (n.votes.organization ?? 0) > (n.votes.person ?? 0)) continue;
			// Parts that are names of their own, or places and peoples ("Trump-Russian", "Sunni-Shia").
			// A part that is some person's surname ("Pelosi" of "Nancy Pelosi") is a name of its own too.
			const named = parts.filter((p) => nodes.has(nameKey(p)) || this.surnames.has(p.toLowerCase()) || knownEntity(p) !== undefined || lexiconTags(p.toLowerCase()).some((t) => PLACE_OR_PEOPLE.test(t)) || GROUP_ADJECTIVES.has(p.toLowerCase())).length;
			if (named >= 2 || parts.some((p) => lexiconTags(p.toLowerCase()).some((t) => FUNCTION_WORD.test(t)))) this.compounds.add(n.key);
		}
		for (const n of nodes.values()) {
			const known = knownEntity(this.main(n));
			let t: EntityType;
			if (known) t = known.type;
			else if (this.compounds.has(n.key)) t = 'other';
			else {
				t = corpusType(n.votes, n.count, n.titled);
				if (t === 'person' && words !== undefined && this.commonHead(n, words)) this.commonHeads.add(n.key);
				if (t === 'person' && (common.has(n.key) || this.commonHeads.has(n.key))) t = notPerson(n.votes);
				// The corpus's own outlets are organisations ("according to Axios"), unless the outlet is
				// a person (a columnist listed as the source).
				if (outletKeys.has(n.key) && (t !== 'person' || (n.titled === 0 && !this.givenName(contentTokens(this.main(n))[0])))) t = 'organization';
			}
			this.types.set(n.key, t);
		}
		// Every type is known now: a name read as a person that is a place before an institution is one.
		const rests = new Set<string>();
		for (const n of nodes.values()) {
			const tokens = contentTokens(this.main(n));
			// Not "Louis Federal Reserve" (a given name glued to a name the corpus prints alone).
			if (tokens.length >= 2 && this.types.get(n.key) === 'person' && isFirstName(tokens[0]) && !(tokens.length >= 3 && nodes.has(nameKey(tokens.slice(1).join(' '))))) this.personSurnames.add(tokens[tokens.length - 1].toLowerCase());
		}
		for (const n of nodes.values()) {
			if (this.types.get(n.key) !== 'person') continue;
			const rest = this.placedOrganisation(n);
			if (rest === null) continue;
			this.types.set(n.key, 'organization');
			this.placedOrgs.add(n.key);
			// The institution without its place ("Federal Reserve") is the institution too, however
			// often it "said" something, unless a title vouches for a person.
			const node = nodes.get(rest);
			rests.add(rest);
			if (node && node.titled === 0 && (this.types.get(rest) === 'person' || this.types.get(rest) === 'other')) {
				this.types.set(rest, 'organization');
				this.placedOrgs.add(rest);
			}
		}
		// "Louis Federal Reserve" (cut from "St. Louis …"): any one word glued before such an
		// institution's name leaves it an institution.
		for (const n of nodes.values()) {
			if (this.types.get(n.key) !== 'person' || n.titled > 0) continue;
			const words = n.key.split(' ');
			if (words.length >= 3 && rests.has(words.slice(1).join(' '))) {
				this.types.set(n.key, 'organization');
				this.placedOrgs.add(n.key);
			}
		}
	}

	/**
	 * "New York Federal Reserve", "Northshire Harbour Board": a place (or a people) before the name of
	 * an institution is that institution's branch, never a person, however often it "said" something.
	 * The rest must be an organisation the corpus names on its own, or end in a word prose writes in
	 * lower case (an institution noun: "reserve", "board"); no title, no given name first, and no
	 * surname of a person at the end ("Northshire Okafor" is a headline's place before a surname).
	 * Returns the key of the rest (the institution's own name), or null.
	 */
	private placedOrganisation(n: NameNode): string | null {
		if (n.titled > 0) return null;
		const words = this.main(n).split(' ');
		if (words.length < 2) return null;
		const head = words[words.length - 1];
		// "Texas Senator", "California Attorney General": an office, no institution.
		if (TITLES.has(head.toLowerCase())) return null;
		for (let k = 1; k <= Math.min(3, words.length - 1); k++) {
			const prefix = words.slice(0, k).join(' ');
			const known = knownEntity(prefix);
			const node = this.nodes.get(nameKey(prefix));
			const place =
				(known?.type === 'place') ||
				(known === undefined && lexiconTags(prefix.toLowerCase()).some((t) => PLACE_TAG.test(t))) ||
				(k === 1 && isDemonym(prefix)) ||
				(node !== undefined && node !== n && this.types.get(node.key) === 'place' && (node.votes.place ?? 0) >= 2 * (node.votes.person ?? 0));
			// A one-word place may be a given name ("Virginia Okafor"); "New York" is none.
			if (!place || (k === 1 && this.namelike(words[0]))) continue;
			const rest = words.slice(k);
			const restKey = nameKey(rest.join(' '));
			const restNode = this.nodes.get(restKey);
			if (restNode && this.types.get(restNode.key) === 'organization') return restKey;
			if (knownEntity(rest.join(' '))?.type === 'organization') return restKey;
			// "Northshire Ada Obi": a headline's place before a person's name.
			if (this.namelike(rest[0]) || this.personSurnames.has(head.toLowerCase())) return null;
			const h = head.toLowerCase();
			if (/^\p{Lu}\p{Ll}+$/u.test(head) && (ORG_HEADS.has(h) || (this.words?.ordinary(head) ?? false)) && !lexiconTags(h).some((t) => NAME_TAG.test(t))) return restKey;
		}
		return null;
	}

	/** A given name, and no word prose writes in lower case ("Federal" opens titled names too). */
	private namelike(word: string): boolean {
		return isFirstName(word) || (this.givenName(word) && !(this.words?.ordinary(word) ?? false));
	}

	/** Is this name a place before an institution's name ("New York Federal Reserve"), typed an organisation? */
	isPlacedOrganisation(key: string): boolean {
		return this.placedOrgs.has(key);
	}

	/**
	 * An untitled name without a given name whose last word the corpus writes in lower case as an
	 * ordinary word ("Opponents", "Lawmakers", "New York Federal Reserve"), and no person's surname.
	 */
	private commonHead(n: NameNode, words: CorpusWords): boolean {
		const tokens = contentTokens(this.main(n));
		// A shouted head ("NEGATIVE:" of a debate's transcript) is read as prose would write it.
		const printed = tokens.at(-1);
		const head = printed && /^\p{Lu}{3,}$/u.test(printed) ? printed[0] + printed.slice(1).toLowerCase() : printed;
		if (!head || !/^\p{Lu}\p{Ll}+$/u.test(head)) return false;
		// A title vouches for the name after it, unless the title is all there is ("Majority Leader").
		if (n.titled > 0 && !TITLES.has(head.toLowerCase())) return false;
		if (tokens.length >= 2 && this.givenName(tokens[0])) return false;
		if (this.surnames.has(head.toLowerCase())) return false;
		return words.commonNoun(head);
	}

	/** Is this name's head an ordinary word of the corpus, so that it is no person without a title? */
	hasCommonHead(key: string): boolean {
		return this.commonHeads.has(key);
	}

	/** The last word of some person's full name in the corpus ("Pelosi" of "Nancy Pelosi")? */
	isSurname(word: string): boolean {
		return this.surnames.has(word.toLowerCase());
	}

	/** Does the corpus write this word in lower case mid-sentence, as an ordinary word ("candidate")? */
	commonWord(word: string): boolean {
		return this.words?.common(word) ?? false;
	}

	/** The most frequent spelling (the longer on a tie). */
	main(n: NameNode): string {
		let v = this.mains.get(n.key);
		if (v === undefined) {
			let best = '';
			let top = -1;
			for (const [s, c] of n.surfaces) if (c > top || (c === top && s.length > best.length)) [best, top] = [s, c];
			this.mains.set(n.key, (v = best));
		}
		return v;
	}

	type(n: NameNode): EntityType {
		return this.types.get(n.key) ?? 'other';
	}

	/** "Pelosi-Schumer-Trump", "Trump-Kim": several names in one word, never one person's name. */
	isCompound(key: string): boolean {
		return this.compounds.has(key);
	}

	/** True for a given name, by the lexicon or by a title in this corpus. */
	givenName(token: string): boolean {
		return isFirstName(token) || this.given.has(token.toLowerCase());
	}

	/**
	 * "Crooked X", "Sleepy Y": an adjective before a given name or a person's surname. It names that
	 * person (see short-forms.ts), and is never their display name or a full name of its own.
	 */
	isEpithet(n: NameNode): boolean {
		let v = this.epithets.get(n.key);
		if (v === undefined) {
			const tokens = contentTokens(this.main(n));
			const t = this.type(n);
			v =
				tokens.length === 2 &&
				t !== 'place' &&
				t !== 'organization' &&
				!this.givenName(tokens[0]) &&
				(this.givenName(tokens[1]) || this.surnames.has(tokens[1].toLowerCase())) &&
				epithetWord(tokens[0]);
			this.epithets.set(n.key, v);
		}
		return v;
	}

	/** A person beyond doubt: typed so, and titled or a given name and a surname. */
	strongPerson(n: NameNode): boolean {
		if (this.type(n) !== 'person') return false;
		if (n.titled > 0) return true;
		const tokens = contentTokens(this.main(n));
		return tokens.length >= 2 && this.givenName(tokens[0]);
	}

	/** An organisation or place beyond doubt: typed so, and no title before it, with votes twice a person's. */
	strongThing(n: NameNode): boolean {
		const t = this.type(n);
		if (t !== 'organization' && t !== 'place') return false;
		if (knownEntity(this.main(n))) return true;
		return n.titled === 0 && (n.votes[t] ?? 0) >= 2 * (n.votes.person ?? 0);
	}
}
