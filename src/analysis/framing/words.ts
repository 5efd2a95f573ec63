// Word classes and lemmas for reading labels out of descriptor phrases. They describe English noun
// phrases in general (determiners, prepositions, plural endings), never particular entities.
import {lexiconTags, PERSON_ROLES, ROLE_NOUNS, TITLE_MODIFIERS, TITLES} from '../entities/lexicon.js';

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** Words that open a noun phrase and say nothing of the thing named. */
export const DETERMINERS = set(`the a an his her its their our my your this that these those some many several
	any each every all both few most other another such no one two three four five six seven eight nine ten dozens
	hundreds thousands scores numerous various certain`);

/** Words a scraped phrase may carry before the noun phrase proper ("But Mr. Trump", "When President ..."). */
export const OPENERS = set(`but and or so yet when while if as after before since until because though although
	for on in at with without to from by then also even only just like unlike whether whereas once where how what
	it's that's it’s that’s its is was are were be been being has have had do does did said says says told
	according close himself herself itself themselves myself ourselves yourself`);

/** Words after which the rest of the phrase is not the noun phrase's own words. */
export const PREPOSITIONS = set(`of for in on at with from by to against over under into onto across between among
	amongst after before during since near about around behind beyond toward towards through throughout within
	without via per like unlike including despite amid amidst upon versus`);

export const RELATIVES = set(`that which who whom whose where when`);

/** Honorifics: courtesy, not a label. */
export const HONORIFICS = set(`mr mr. mrs mrs. ms ms. miss dr dr. mx mx. sir madam`);

/**
 * Words of time or office-holding that qualify a label without characterising anyone ("former
 * spokesman", "then-candidate"): dropped so that the label is counted with its plain form.
 */
export const TEMPORAL = set(`former then current late new now ex incoming outgoing acting interim longtime
	longtime one-time onetime erstwhile future sitting recent`);

/** Words that negate the phrase they open. */
export const NEGATIONS = /^(?:not|never|no\s+longer|hardly|far\s+from|neither|nor|no)\s+/i;

const VERB_TAGS = new Set(['PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Verb', 'Modal', 'Auxiliary', 'Copula', 'PhrasalVerb']);
const ADJECTIVE_TAGS = new Set(['Adjective', 'Comparative', 'Superlative', 'Demonym']);
const NOUN_TAGS = new Set(['Singular', 'Plural', 'Actor', 'Uncountable', 'Noun']);

/** Nouns that stay as they are (not plurals, or plural only). */
const INVARIANT = set(`news series species politics economics physics ethics media data analysis basis crisis thesis
	status bus campus virus census consensus chaos lens gas alias ethos corps forces arms headquarters means`);

/** Singular of a noun ("militias" → "militia", "spokesmen" → "spokesman"); other words unchanged. */
export function lemma(word: string): string {
	const w = word.toLowerCase();
	if (w.length < 4 || INVARIANT.has(w) || /(?:ss|us|is|ous)$/.test(w)) return normalise(w === 'forces' ? 'force' : w);
	if (/men$/.test(w) && w.length > 4) return normalise(w.slice(0, -3) + 'man');
	if (/[^aeiou]ies$/.test(w)) return normalise(w.slice(0, -3) + 'y');
	if (/(?:ches|shes|sses|xes|zzes)$/.test(w)) return normalise(w.slice(0, -2));
	if (/s$/.test(w) && !/[’']s$/.test(w)) return normalise(w.slice(0, -1));
	return normalise(w);
}

// Spelling variants of one label counted once.
const VARIANTS: Record<string, string> = {advisor: 'adviser', organisation: 'organization', defence: 'defense'};
function normalise(w: string): string {
	return VARIANTS[w] ?? w;
}

/** A title or role that names what someone is ("President", "spokesman", "Prime"). */
export function isTitle(lower: string): boolean {
	// A compound is a title when its last part is one ("vice-president", "commander-in-chief"), not "head-on".
	if (TITLES.has(lower) || PERSON_ROLES.has(lower) || TITLE_MODIFIERS.has(lower)) return true;
	const last = lower.split(/[-‐‑]/).pop()!;
	return last !== lower && TITLES.has(last) && last.length > 3;
}

/** A noun that names a body of people ("movement", "militia", "party"). */
export function isGroupNoun(lower: string): boolean {
	return ROLE_NOUNS.has(lower) && !PERSON_ROLES.has(lower);
}

/** A person's role ("spokesman", "leader", "official"): what a member is, not what the group is. */
export function isPersonRole(lower: string): boolean {
	return PERSON_ROLES.has(lower) || TITLES.has(lower);
}

/** Can this lowercase word head a noun phrase? Role and group nouns can; verbs, adjectives and participles cannot. */
export function canHead(lower: string): boolean {
	if (/n[’']?t$/.test(lower) && lexiconTags(lower.replace(/n[’']?t$/, '')).length > 0 && !ROLE_NOUNS.has(lower)) return false;
	if (ROLE_NOUNS.has(lower) || TITLES.has(lower) || ROLE_NOUNS.has(lemma(lower)) || TITLES.has(lemma(lower))) return true;
	if (!/^\p{L}[\p{L}’'-]*\p{L}$/u.test(lower)) return false;
	const tags = lexiconTags(lower);
	if (tags.some((t) => NOUN_TAGS.has(t))) return true;
	if (tags.some((t) => VERB_TAGS.has(t) || ADJECTIVE_TAGS.has(t))) return false;
	// Unknown words: participles and common adjective endings do not head a phrase.
	if (/(?:ed|ing|ly|ous|ful|ive|able|ible|ic|al)$/.test(lower) && !/(?:ist|ian|ant|ent|er|or)s?$/.test(lower)) return false;
	return lemma(lower).length > 2;
}

/** Can this lowercase word qualify a label (an adjective, a noun used as one, a compound)? */
export function canModify(lower: string): boolean {
	if (!/^\p{L}[\p{L}’'-]*\p{L}$/u.test(lower) || /n[’']t$/.test(lower)) return false;
	if (DETERMINERS.has(lower) || OPENERS.has(lower) || PREPOSITIONS.has(lower) || RELATIVES.has(lower) || HONORIFICS.has(lower)) return false;
	// A noun for a body, whatever else the lexicon says it is ("party": to party).
	if (isGroupNoun(lower) || isGroupNoun(lemma(lower))) return true;
	const tags = lexiconTags(lower);
	// Verbs in a premodifier slot are a clause's words ("force Trump"), unless also a noun or an adjective.
	if (tags.some((t) => VERB_TAGS.has(t)) && !tags.some((t) => NOUN_TAGS.has(t) || ADJECTIVE_TAGS.has(t)) && !/ed$/.test(lower)) return false;
	if (tags.includes('Pronoun') || tags.includes('Preposition') || tags.includes('Conjunction') || tags.includes('Determiner') || tags.includes('Adverb')) return false;
	// Adverbs ("famously") qualify the adjective after them, not the entity.
	if (/ly$/.test(lower) && !tags.some((t) => ADJECTIVE_TAGS.has(t) || NOUN_TAGS.has(t))) return false;
	return true;
}

/** A capitalised word that is an adjective (a demonym, "Islamic", "Republican"), not part of a name. */
export function isProperAdjective(word: string): boolean {
	const lower = word.toLowerCase();
	const tags = lexiconTags(lower);
	if (tags.includes('Demonym') || (tags.includes('Adjective') && !tags.some((t) => NOUN_TAGS.has(t)))) return true;
	return /[\p{Ll}’'](?:ic|ian|ist|ite|ish|ese)$/u.test(word) && !tags.some((t) => NOUN_TAGS.has(t) || t === 'FirstName' || t === 'LastName' || t === 'Place' || t === 'Country');
}

// Abbreviated titles as written before a name ("Sen.", "Pres."), counted with the word they stand for.
const ABBREVIATIONS: Record<string, string> = {
	pres: 'president', sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', col: 'colonel', lt: 'lieutenant',
	maj: 'major', capt: 'captain', sgt: 'sergeant', cpl: 'corporal', pvt: 'private', adm: 'admiral', brig: 'brigadier',
	cmdr: 'commander', amb: 'ambassador', atty: 'attorney', supt: 'superintendent', insp: 'inspector', det: 'detective',
	prof: 'professor', rev: 'reverend', fr: 'father',
};

/** An abbreviated title spelled out; other words unchanged. */
export function expand(lower: string): string {
	return ABBREVIATIONS[lower.replace(/\.$/, '')] ?? lower;
}

/** A word that only joins or places the phrase (a preposition, conjunction, pronoun, adverb, auxiliary). */
export function isFunctionWord(lower: string): boolean {
	// A noun for a body the lexicon knows only as a verb ("party", "to party") is a noun here.
	if (isGroupNoun(lower) || isGroupNoun(lemma(lower))) return false;
	const tags = lexiconTags(lower);
	if (tags.some((t) => NOUN_TAGS.has(t) || ADJECTIVE_TAGS.has(t))) return false;
	return tags.some((t) => t === 'Preposition' || t === 'Conjunction' || t === 'Pronoun' || t === 'Adverb' || t === 'Determiner' || t === 'Modal' || t === 'Auxiliary' || t === 'Copula' || VERB_TAGS.has(t));
}
