// Labels in definite descriptions that refer back to an organisation: "Secretary-General of the X
// Movement reiterated the resistance group's readiness", "X denied it. The militant group said ...".
// An outlet's choice of noun phrase for such a reference is framing as much as an apposition is.
// A description is taken for the entity only when nothing else could be meant: it follows a mention
// of the entity in the same or the next sentence, no other organisation is named in between, and its
// head is a singular noun for a kind of body of members (not "the government" or "the army", which
// name institutions of their own).

import {firstNotBefore} from '../../util/arrays.js';
import {lexiconTags, ROLE_NOUNS, THING_HEADS, THING_LEADS} from '../entities/lexicon.js';
import {DETERMINERS, PREPOSITIONS, RELATIVES} from './words.js';
import {knownEntity, nameVotes} from '../entities/typing.js';

// Words that end a description's premodifiers: another noun phrase or a clause begins there ("the
// typical boundaries of party", "the promos each network", "The more a group’s").
const ENDS = (w: string) => DETERMINERS.has(w) || PREPOSITIONS.has(w) || RELATIVES.has(w) || w === 'and' || w === 'or' || w === 'but' || isFiniteVerb(w);
// A copula, an auxiliary or a verb in the present ends it too ("the problem is tea party").
const isFiniteVerb = (w: string) => {
	const tags = lexiconTags(w.replace(/[’']s$/, ''));
	return tags.some((t) => t === 'Copula' || t === 'Auxiliary' || t === 'Modal' || t === 'PresentTense') && !tags.some((t) => NOUN_TAGS.has(t) || t === 'Adjective');
};
// A common noun after the kind noun makes the kind noun a modifier ("the party members", "the front
// page", "the movement conservatives"): the description names something else.
const NOUN_TAGS = new Set(['Singular', 'Plural', 'Uncountable', 'Noun']);
const VERB_TAGS = new Set(['PresentTense', 'PastTense', 'Infinitive', 'Verb', 'Modal', 'Auxiliary', 'Copula', 'Gerund']);
const isNoun = (w: string) => {
	const tags = lexiconTags(w);
	if (tags.length > 0) return tags.some((t) => NOUN_TAGS.has(t) || t === 'Actor') && !tags.some((t) => VERB_TAGS.has(t));
	// Unknown: a role noun ("members"), a plural whose singular is a noun, or an abstract noun's ending.
	if (ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/s$/, ''))) return true;
	const singular = w.endsWith('s') ? lexiconTags(w.slice(0, -1)) : [];
	return (singular.some((t) => NOUN_TAGS.has(t) || t === 'Actor') && !singular.some((t) => VERB_TAGS.has(t))) || /(?:tion|sion|ment|ness|ship)s?$/.test(w);
};

/** Heads that name an organisation by its kind, as a writer refers back to one already named. */
const KIND_NOUNS = new Set(['group', 'movement', 'militia', 'faction', 'organization', 'organisation', 'party', 'front', 'alliance', 'coalition', 'network', 'brigade', 'union', 'association', 'outfit', 'insurgency', 'wing']);

/**
 * Kind nouns any organisation may be referred back to by. The others say what kind of body it is
 * ("the party", "the militia"): such a description refers back to an organisation only when its
 * name holds that noun or the outlets' descriptors of it use it as their head, else it names another
 * body ("Democrats did well in the House because the party out of power ...": the House is no party).
 */
const GENERIC_KINDS = new Set(['group', 'organization', 'organisation', 'movement']);

/** May the description `phrase` (as anaphorsAfter gives it) refer back to an organisation with these names and descriptor heads? */
export function kindFits(phrase: string, names: readonly string[], heads: ReadonlySet<string>): boolean {
	const kind = phrase.trim().split(/\s+/).pop()!.toLowerCase();
	if (GENERIC_KINDS.has(kind) || heads.has(kind)) return true;
	return names.some((n) => n.toLowerCase().split(/[\s-]+/).includes(kind));
}

// "the" and the lowercase words after it (up to four): the first kind noun among them heads the
// description. Lowercase only: a capitalised word ("the Israeli army", "the Popular Front") names
// something else.
const DEFINITE = /\b[Tt]he((?:\s+\p{Ll}[\p{Ll}-]*(?:[’']s)?(?![\p{L}-])){1,4})/gu;
// How far after a mention a reference may come: the rest of its sentence and the next one.
const REACH = 400;

export interface Anaphor {
	/** The description as printed ("the resistance group"). */
	phrase: string;
	at: number;
}

/**
 * Definite descriptions of a kind of organisation in text[from, to), up to the end of the sentence
 * after the one `from` is in. `to` is where another organisation is next named (or the text's end).
 */
export function anaphorsAfter(text: string, from: number, to: number): Anaphor[] {
	const end = Math.min(to, from + REACH);
	const window = text.slice(from, end);
	// The sentence of the mention and the next: cut after the second sentence end.
	let stops = 0;
	let cut = window.length;
	for (const m of window.matchAll(/[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu)) {
		if (++stops === 2) {
			cut = m.index;
			break;
		}
	}
	const out: Anaphor[] = [];
	const scanned = window.slice(0, cut);
	for (const m of scanned.matchAll(DEFINITE)) {
		const spans = [...m[1].matchAll(/\S+/gu)];
		const all = spans.map((w) => w[0]);
		const stop = all.findIndex((w) => ENDS(w));
		const words = stop < 0 ? all : all.slice(0, stop);
		const head = words.findIndex((w) => KIND_NOUNS.has(w.replace(/[’']s$/, '')));
		// The kind nouns are singular: a plural ("the armed groups") is others of the kind, never found.
		if (head < 0) continue;
		// Only the last word may be possessive: "the group’s leader" ends the description at "group".
		if (words.slice(0, head).some((w) => /[’']s$/.test(w))) continue;
		// Coordinated with the mention ("the GOP and the conservative movement"): another body. After a
		// comma the "and" joins clauses ("X met Y, and the group agreed"), and the description may refer back.
		if (out.length === 0 && /^\s+(?:and|or|nor|as\s+well\s+as|versus|vs\.)\s+$/i.test(scanned.slice(0, m.index))) continue;
		if (!/[’']s$/.test(words[head])) {
			const headEnd = from + m.index + (m[0].length - m[1].length) + spans[head].index + words[head].length;
			const next = /^\s+([^\s,.;:!?”"’)]+)/u.exec(text.slice(headEnd, headEnd + 40))?.[1];
			// A name right after it ("the group American Atheists") is what it describes.
			if (next && /^\p{Lu}/u.test(next)) continue;
			// A noun after it: the kind noun qualifies that noun ("the party members", "the front page").
			if (next && /^\p{Ll}+$/u.test(next) && isNoun(next)) continue;
			// "the group of Americans who ...": its "of" names the members of another group.
			if (next === 'of') continue;
		}
		out.push({phrase: `${m[0].slice(0, 3)} ${words.slice(0, head + 1).join(' ')}`.replace(/[’']s$/, ''), at: from + m.index});
	}
	return out;
}

/**
 * Where an article names organisations (and names that may be one): starts of body mentions, sorted,
 * with the entity's id; `place`: the name of an entity typed a place (see placeByContext).
 */
export interface OrganisationMention {
	start: number;
	entity: string;
	place?: string;
}
export type OrganisationMentions = (article: string) => readonly OrganisationMention[] | undefined;

// Before a place's name, the prepositions that use it as a place ("fighters in Rafah", "rockets
// from Gaza"): such a mention is where something happens, never what "the group" refers back to.
const LOCATIVE = /(?:^|[^\p{L}])(?:in|from|near|into|inside|outside|within|throughout|across)\s+(?:the\s+)?$/iu;

/**
 * The next mention in `article` after `pos` of an organisation other than `entity` (Infinity: none).
 * A name typed a place only by its context counts too, unless `body` shows it used as a place
 * there ("in X"): typing is a vote, and a news site or a company is written "at X" as a town is
 * ("the “Breitbart” wing of the party — named after the right-wing news organization": Breitbart,
 * typed a place, is what the description names, not the party before it).
 */
export function nextOtherOrganisation(mentions: OrganisationMentions, article: string, entity: string, pos: number, body?: string): number {
	const list = mentions(article);
	if (!list) return Infinity;
	for (let k = firstNotBefore(list.length, (i) => list[i].start <= pos); k < list.length; k++) {
		const m = list[k];
		if (m.entity === entity) continue;
		if (m.place !== undefined && (!placeByContext(m.place) || (body !== undefined && LOCATIVE.test(body.slice(Math.max(0, m.start - 16), m.start))))) continue;
		return m.start;
	}
	return Infinity;
}

const byContext = new Map<string, boolean>();

/**
 * Is a name typed a place only by the contexts the corpus gives it ("in X", "at X"), nothing in the
 * name itself saying so (no lexicon place, no place word in it: "Gaza", "Iraq", "Cook County" are
 * places by their names)? Asked while a table is made, when the lexicon is loaded anyway.
 */
export function placeByContext(name: string): boolean {
	let is = byContext.get(name);
	if (is === undefined) {
		is = (nameVotes(name).place ?? 0) === 0;
		byContext.set(name, is);
	}
	return is;
}

/**
 * Can a description of a kind of body ("the organization") refer back to this entity? An
 * organisation, or a name typed "other" that may be one (typing is a guess: "Planned Parenthood"),
 * not an event, a law or a document ("Election Day", "Patriot Act"). The nearest such name before a
 * description is its antecedent, so each of them ends the reach of the names before it.
 */
export function mayBeAntecedent(entity: {type: string; name: string}): boolean {
	if (entity.type === 'organization') return true;
	if (entity.type !== 'other') return false;
	const words = entity.name.split(/\s+/);
	return !THING_HEADS.has(words[words.length - 1].toLowerCase()) && !THING_LEADS.has(words[0].toLowerCase());
}

/**
 * The name to file an entity's mentions under as a place that may be an organisation (see
 * nextOtherOrganisation): a place's not among the built-in well-known ones ("United States").
 * Whether its name says it is a place is asked later, when the lexicon is at hand (placeByContext).
 */
export function placeMaybe(entity: {type: string; name: string}): string | undefined {
	return entity.type === 'place' && !knownEntity(entity.name) ? entity.name : undefined;
}

/** Are an entity's mentions filed for the references back (mayBeAntecedent or placeMaybe)? */
export function filed(entity: {type: string; name: string}): boolean {
	return mayBeAntecedent(entity) || placeMaybe(entity) !== undefined;
}

/** Adds the body mentions of one entity that may be an antecedent (filed) to `into`; sort() afterwards. */
export function fileMentions(into: Map<string, OrganisationMention[]>, entity: {id: string; type: string; name: string; spans: readonly {article: string; field: string; start: number}[]}): void {
	if (!filed(entity)) return;
	const place = placeMaybe(entity);
	for (const s of entity.spans) fileMention(into, entity.id, s.article, s.field, s.start, place);
}

/** Adds one mention of organisation `entity` (or of a place that may be one, by its name `place`) to `into` if it is in a body. */
export function fileMention(into: Map<string, OrganisationMention[]>, entity: string, article: string, field: string, start: number, place?: string): void {
	if (field !== 'body') return;
	const m: OrganisationMention = place === undefined ? {start, entity} : {start, entity, place};
	const list = into.get(article);
	if (list) list.push(m);
	else into.set(article, [m]);
}

/** Sorts each article's mentions by position, after fileMentions. */
export function sortMentions(into: Map<string, OrganisationMention[]>): void {
	for (const list of into.values()) list.sort((a, b) => a.start - b.start);
}
