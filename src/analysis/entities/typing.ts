// Type evidence for one name: what the name itself says (lexicon, head words, particles) plus what
// its context says (a personal title before it, "said" after it, "in" before it). Votes are summed
// over all mentions when entities are merged.
import type {EntityType} from '../types.js';
import {ARTICLE_PREFIX, KNOWN_ALIASES, ORG_HEADS, ORG_LEADS, PLACE_HEADS, PLACE_LEADS, THING_HEADS, THING_LEADS, lexiconTags} from './lexicon.js';
import {isAcronym, nameKey, nameTokens} from '../names.js';

export type Votes = Partial<Record<EntityType, number>>;

const KNOWN = new Map<string, {name: string; type: EntityType}>();
for (const entry of KNOWN_ALIASES) {
	for (const alias of [entry.name, ...entry.aliases]) KNOWN.set(nameKey(alias), {name: entry.name, type: entry.type});
}

// knownEntity's answers by name: the name finder asks it of most tokens, and one lookup here
// costs less than the key's (itself remembered) and the table's. Emptied past a size, as names.ts's are.
let knownByName = new Map<string, {name: string; type: EntityType} | null>();

/** The built-in well-known entity this name denotes ("U.S." → United States), if any. */
export function knownEntity(name: string): {name: string; type: EntityType} | undefined {
	let known = knownByName.get(name);
	if (known === undefined) {
		if (knownByName.size >= 1_000_000) knownByName = new Map();
		knownByName.set(name, (known = KNOWN.get(nameKey(name)) ?? null));
	}
	return known ?? undefined;
}

/** knownEntity of a name whose key (nameKey) is at hand: merging asks it of millions of mentions. */
export function knownEntityOfKey(key: string): {name: string; type: EntityType} | undefined {
	return KNOWN.get(key);
}

const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);
const ORG_TAGS = new Set(['Organization', 'SportsTeam']);
const FIRST_NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
const NAME_TAGS = /^(?:MaleName|FemaleName|FirstName|LastName|Person)$/;
// "North Texas", "Southern California": a compass word before a place is a region of it.
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'upper', 'lower', 'greater']);
// "Santa Monica", "San Bernardino", "Saint-Denis": a saint's name before a name makes a place.
// Place heads that are common surnames too.
const SURNAME_HEADS = new Set(['hill', 'lake', 'bay', 'street', 'field', 'wood', 'brook', 'banks', 'rivers']);
const SAINT_LEADS = new Set(['san', 'santa', 'santo', 'são', 'sao', 'st', 'ste', 'saint', 'sainte']);

/** An -s word closing a name ("Improvised Explosive Devices", "Boy Scouts") that the lexicon does not know as a name ("Jones"). */
function pluralTail(token: string): boolean {
	return /^\p{Lu}\p{Ll}+(?:[^su'’]s)$/u.test(token) && !lexiconTags(token.toLowerCase()).some((t) => NAME_TAGS.test(t));
}

function lexType(lower: string): EntityType | null {
	const tags = lexiconTags(lower);
	if (tags.some((t) => ORG_TAGS.has(t))) return 'organization';
	if (tags.some((t) => PLACE_TAGS.has(t))) return 'place';
	if (tags.includes('Person')) return 'person';
	return null;
}

export function isFirstName(token: string): boolean {
	return lexiconTags(token.toLowerCase()).some((t) => FIRST_NAME_TAGS.has(t));
}

/** The person vote of a name that only looks like one (capitalised words, nothing else). */
export const SHAPE_VOTE = 0.25;

let votesCache = new Map<string, Votes>();

/** Evidence from the name alone (a fresh object the caller may add to). */
export function nameVotes(name: string): Votes {
	let v = votesCache.get(name);
	if (v === undefined) {
		if (votesCache.size > 50_000) votesCache = new Map();
		v = nameVotesUncached(name);
		votesCache.set(name, v);
	}
	return {...v};
}

function nameVotesUncached(name: string): Votes {
	const votes: Votes = {};
	const add = (type: EntityType, n: number): void => {
		votes[type] = (votes[type] ?? 0) + n;
	};
	const known = knownEntity(name);
	if (known) {
		add(known.type, 10);
		return votes;
	}
	const tokens = nameTokens(name);
	const lower = tokens.map((t) => t.toLowerCase().replace(/[’']/g, "'"));
	const whole = lexType(name.toLowerCase());
	// A lone word the lexicon calls a person is often a place or a given name too ("Virginia",
	// "Jordan"): the corpus's context decides it; lexicon organisations and places are surer.
	if (whole) add(whole, whole === 'person' && tokens.length === 1 ? SHAPE_VOTE : 6);
	// "Fiona Hill", "Ricki Lake": a given name before a head that is also a surname makes a person.
	const givenSurname = tokens.length === 2 && isFirstName(tokens[0]) && SURNAME_HEADS.has(lower[1]);
	const last = lower[lower.length - 1] ?? '';
	const first = lower[0] ?? '';
	if (tokens.length > 1 || !whole) {
		if (ORG_HEADS.has(last) && tokens.length > 1) add('organization', 4);
		else if (tokens.length > 2 && lower.slice(1, -1).some((t) => ORG_HEADS.has(t))) add('organization', 2);
		if (ORG_LEADS.has(first) && tokens.length > 1) add('organization', 4);
		if (PLACE_HEADS.has(last) && tokens.length > 1 && !givenSurname) add('place', 3);
		if (PLACE_LEADS.has(first) && tokens.length > 1) add('place', 2);
	}
	// A name in capitals ("MARTIN" in a transcript) is shouted, not an acronym: the lexicon knows the name.
	const shoutedName = isAcronym(name) && name.length >= 4 && lexiconTags(name.toLowerCase()).some((t) => NAME_TAGS.test(t));
	if (isAcronym(name) && !whole && !shoutedName) add('organization', 2);
	if (shoutedName) add('person', 1);
	if (tokens.length === 2 && (COMPASS.has(first) || SAINT_LEADS.has(first)) && (lexType(last) === 'place' || SAINT_LEADS.has(first))) add('place', 4);
	// "Peloponnesian War", "Marshall Plan", "Hurricane Maria": an event or a document, even after a first name.
	const thing = tokens.length > 1 && (THING_HEADS.has(last) || THING_LEADS.has(first)) && !ORG_HEADS.has(last);
	if (thing) {
		add('other', 8);
		return votes;
	}
	if (tokens.length > 1) {
		// A known organisation or place inside a longer name ("Hezbollah al-Nujaba") marks a group.
		if (tokens.some((t) => knownEntity(t)?.type === 'organization' || lexType(t.toLowerCase()) === 'organization')) add('organization', 2);
		if (isFirstName(tokens[0]) && !ORG_HEADS.has(last) && (!PLACE_HEADS.has(last) || givenSurname)) add('person', 4);
		if (lower.some((t) => t === 'abu' || t === 'bin' || t === 'ibn' || t === 'bint' || t === 'abd' || t === 'abdul')) add('person', 3);
		const grouped = ORG_LEADS.has(first) || ORG_HEADS.has(last);
		if (!grouped && tokens.length <= 4 && tokens.slice(1).some((t) => ARTICLE_PREFIX.test(t) || /^(?:al|el)$/i.test(t)) && !ARTICLE_PREFIX.test(tokens[0])) add('person', 2);
		if (lexiconTags(last).includes('LastName')) add('person', 2);
		// Capitalised words alone are weak evidence of a person ("Election Day", "Las Vegas" are not):
		// the corpus must add a given name, a title or "said" (see corpusType); a plural tail adds nothing.
		if (!grouped && tokens.length <= 3 && tokens.every((t) => /^\p{Lu}\p{Ll}/u.test(t) || ARTICLE_PREFIX.test(t))) {
			if (pluralTail(tokens[tokens.length - 1]) && !isFirstName(tokens[0])) add('other', 0.5);
			else add('person', SHAPE_VOTE);
		}
	} else if (lexiconTags(last).includes('LastName')) {
		add('person', 2);
	}
	return votes;
}

export function addVotes(into: Votes, from: Votes, weight = 1): Votes {
	for (const k in from) {
		const type = k as EntityType;
		into[type] = (into[type] ?? 0) + (from[type] ?? 0) * weight;
	}
	return into;
}

export function bestType(votes: Votes): EntityType {
	let best: EntityType = 'other';
	let top = 0;
	// 'other' competes too: names of events and laws carry votes for it (ties go to the earlier type).
	for (const type of ['person', 'organization', 'place', 'other'] as const) {
		const v = votes[type] ?? 0;
		if (v > top) {
			top = v;
			best = type;
		}
	}
	return best;
}
