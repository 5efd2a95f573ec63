// Who said it: a name in the subject of the cue verb, or a pronoun / role noun ("he", "the
// spokesman", "the group") that carries a speaker named earlier in the article.
import type {RawMention} from '../mentions.js';
import {ADVERBIAL, GROUP_ROLE, PERSON_ROLE} from './cues.js';
import {namesIn, taggedNamesIn, type NameHit, type NameKind} from './names.js';

export interface Speaker {
	name: string;
	kind: NameKind;
	/** How the article labels the speaker here ("militia spokesman"), if it does. */
	label: string | null;
	/**
	 * Words stood beside the name where it was printed, a label or a clause no label was made of
	 * ("Portman, who has played Obama in rehearsals, said"): the article introduced this speaker
	 * as someone, so a later role noun ("the president added") is not assumed to be them, as it
	 * may be for a bare name.
	 */
	described?: boolean;
	/**
	 * Where the name is printed (its offset in the body; for a carried speaker, where it was named),
	 * so that a surname several people share here is the one meant at that place.
	 */
	at?: number;
}

/** What earlier sentences established, for "he said" and "the spokesman warned". */
export interface CarryState {
	/** Last person / organisation that spoke. */
	person: Speaker | null;
	group: Speaker | null;
	/** Last person / organisation merely mentioned (used when nobody has spoken yet). */
	mentionedPerson: Speaker | null;
	mentionedGroup: Speaker | null;
	/**
	 * The people named so far with a label ("Front spokesman Nasr Okafor", "Okafor, a spokesman for
	 * the Front, …"), the latest last: "the spokesman" is the one introduced as a spokesman, not
	 * whoever spoke last, and "the Front spokesman" the Front's, not another group's.
	 */
	labelled: Speaker[];
}

/** Labelled people remembered for role nouns (the latest ones). */
const MAX_LABELLED = 12;

export function emptyCarry(): CarryState {
	return {person: null, group: null, mentionedPerson: null, mentionedGroup: null, labelled: []};
}

const MAX_LABEL_WORDS = 14;

function wordCount(text: string): number {
	return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

function clean(text: string): string {
	return text.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '');
}

// A label is a noun phrase: what the article calls the speaker. The words next to a name are
// often part of a clause around it instead, and closed classes of English words tell them apart:
// a subordinate clause the name opens ("Though Treasury Secretary Steven Mnuchin said …": the
// label is "Treasury Secretary", not "Though Treasury Secretary"), one the name is the object of
// ("Though the House voted to impeach Trump": no label), an adverbial set off before the subject
// ("Despite the defeat, Obi pledged", "Since then, Obi has vowed") or after it ("Obi, though,
// said"), a relative clause ("Obi, who ran the panel, said"), or a verb phrase ("Obi, R-Ohio,
// reacted …, saying"). A label is cut to its noun phrase, or is none when no noun phrase remains.

// Subordinating conjunctions: no role phrase runs across one ("that if President Obi …").
const SUBORDINATOR = /^(?:if|though|although|because|unless|whereas|whether|while|whilst|when|whenever|where|wherever|lest)$/i;
// Those, relative and interrogative words, the complementiser, coordinators and indefinite
// pronouns ("something President Trump threatened"): what follows them is a clause.
const CLAUSE_OPENER = /^(?:if|though|although|because|unless|whereas|whether|while|whilst|when|whenever|where|wherever|once|lest|even|so|that|which|who|whom|whose|what|whatever|how|why|and|but|or|nor|yet|something|anything|nothing|everything|someone|anyone|everyone|somebody|anybody|everybody)$/i;
// Connective and sentence adverbs, which stand apart from the noun phrase ("Still, Obi said").
const CONNECTIVE = /^(?:however|though|meanwhile|meantime|still|instead|also|too|then|now|thus|hence|therefore|moreover|furthermore|further|besides|indeed|nonetheless|nevertheless|otherwise|again|later|earlier|already|previously|separately|similarly|likewise|additionally|finally|basically|ultimately|overall|rather|anyway|notably|obviously|clearly)$/i;
// Prepositions (and the words that are prepositions or subordinators: "after", "since"): a phrase
// they open is no description; a name in it is their object ("with Eglin spokeswoman Vidoni").
const PREPOSITION = /^(?:in|on|at|by|for|from|with|without|within|along|alongside|up|down|out|off|after|before|as|since|until|till|despite|like|unlike|including|about|against|to|of|into|onto|over|under|through|throughout|during|among|between|amid|toward|towards|via|per|than|upon|regarding|following)$/i;
// Finite verbs by their closed class: auxiliaries, modals and copulas, in lower case ("Rep. Will
// Hurd" is a name), with the contractions they make ("didn’t", "it’s").
const FINITE = /^(?:is|are|was|were|am|be|been|being|has|have|had|will|would|can|could|should|shall|may|might|must|does|did|do|says|said|tells|told)$|n[’']t$|^(?:[Ii]t|[Tt]hat|[Hh]e|[Ss]he|[Tt]here|[Hh]ere|[Ww]hat|[Ww]ho|[Tt]his|[Tt]hey|[Ww]e|[Yy]ou|I)[’'](?:s|re|ll|ve|d|m)$/;
// Words a noun phrase does not end in: determiners, possessive and personal pronouns, prepositions,
// conjunctions ("the", "Trump and", "one of", "a study by" are not labels).
const FUNCTION_WORD = /^(?:the|a|an|this|that|these|those|some|any|many|much|other|another|each|every|no|all|both|several|few|most|such|his|her|its|their|our|my|your|he|she|it|they|we|i|you|him|them|us|me|not|only|very|and|or|but|nor)$/i;
// A relative or subordinate clause inside a phrase ("a professor who studies …"): the label ends
// before it, as before a dash that opens an aside.
const INNER_CLAUSE = /\s(?:who|whom|whose|which|that|because|although|though|whereas|unless|while|when|where|if|before|after|since|until)\b/i;

const COORDINATOR = /^(?:and|or|nor|but)$/i;
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|sir|madam)\.?$/i;
const bareWord = (w: string): string => w.replace(/^[“"‘(]+|[”"’),.]+$/g, '');
const spaced = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** Time adverbials ("Last week", "Wednesday afternoon"), whatever the case of their first letter. */
function timeAdverbial(text: string): boolean {
	return ADVERBIAL.test(` ${text}`) || ADVERBIAL.test(` ${text.charAt(0).toLowerCase()}${text.slice(1)}`);
}

/** A word that opens no noun phrase: a clause opener, connective, preposition or auxiliary ("Did …", not "Will …", a name). */
function notPhraseStart(word: string): boolean {
	const w = bareWord(word);
	return CLAUSE_OPENER.test(w) || CONNECTIVE.test(w) || PREPOSITION.test(w) || FINITE.test(w) || /^(?:Is|Are|Was|Were|Has|Have|Had|Does|Did|Do|Would|Could|Should)$/.test(w);
}

/** A participle that opens a verb phrase ("speaking in a soft voice", "Asked about it"), not a modifier ("ranking Republican"). */
function participlePhrase(words: string[]): boolean {
	if (!/^\p{L}{3,}(?:ing|ed)$/u.test(bareWord(words[0] ?? '')) || ROLE_QUALIFIER.test(bareWord(words[0]).toLowerCase())) return false;
	return words.length === 1 ? /^\p{Ll}/u.test(words[0]) : FUNCTION_WORD.test(bareWord(words[1])) || PREPOSITION.test(bareWord(words[1]));
}

/** Does a phrase hold a finite verb (an auxiliary, modal or copula) or end in a function word? */
function clausal(words: string[]): boolean {
	if (words.length === 0) return true;
	if (words.some(w => FINITE.test(bareWord(w)))) return true;
	const last = bareWord(words.at(-1)!);
	return FUNCTION_WORD.test(last) || PREPOSITION.test(last) || CLAUSE_OPENER.test(last);
}

/**
 * The words right before a name, as a noun phrase that premodifies it ("militia spokesman"), or
 * null. `apart`: set off from the name by a comma ("Nujaba spokesman, Nasr Okafor").
 */
function premodifierPhrase(tail: string, apart: boolean): string | null {
	const first = spaced(tail);
	if (first.length === 0 || timeAdverbial(tail)) return null;
	// Set off by a comma, an adverbial or clause is no description ("Despite the defeat, Obi").
	if (apart && (notPhraseStart(first[0]) || participlePhrase(first))) return null;
	// Words after a subordinator, relative or complementiser are a clause whose subject the name is
	// ("Though Treasury Secretary Mnuchin said …", "showed that Secretary Ross started"), after a
	// verb its object, after an opening preposition its object ("with Eglin spokeswoman Sara
	// Vidoni"): the label is the words after the last of them, when they are a title or a role
	// ("Treasury Secretary"), not a verb the name is the object of ("Though the House voted to
	// impeach Trump"). Inside the phrase a preposition or "and" belongs to a title ("ambassador to
	// the UN", "Health and Human Services Secretary").
	let from = 0;
	for (const m of tail.matchAll(/\S+/g)) {
		const w = bareWord(m[0]);
		const leading = tail.slice(from, m.index).trim() === '';
		if (ROLE_QUALIFIER.test(w.toLowerCase())) continue; // "then US President"
		if ((CLAUSE_OPENER.test(w) && (leading || !COORDINATOR.test(w))) || CONNECTIVE.test(w) || FINITE.test(w) || (leading && PREPOSITION.test(w))) from = m.index! + m[0].length;
	}
	const phrase = tail.slice(from).trim();
	const words = spaced(phrase);
	if (clausal(words) || words.every(w => FUNCTION_WORD.test(bareWord(w)))) return null;
	if (phrase === tail) return phrase;
	const last = bareWord(words.at(-1)!);
	if (HONORIFIC.test(last) || timeAdverbial(phrase) || /^\p{Ll}+ed$/u.test(bareWord(words[0]))) return null;
	// "during an interview with CBN's": a phrase of its own, no title of the name.
	if (words.some(w => PREPOSITION.test(bareWord(w)) && !/^of$/i.test(bareWord(w)))) return null;
	return /^\p{Lu}/u.test(last) || PERSON_ROLE.test(phrase) || GROUP_ROLE.test(phrase) ? phrase : null;
}

// "Nujaba spokesman, Nasr Okafor" / "militia spokesman Nasr Okafor": the words before the name.
function premodifier(body: string, regionStart: number, name: NameHit): string | null {
	const words = premodifierText(body, regionStart, name);
	return words === null ? null : premodifierPhrase(words.tail, words.apart);
}

/** The words before the name after the last punctuation, whatever they are, or null. */
function premodifierText(body: string, regionStart: number, name: NameHit): {tail: string; apart: boolean} | null {
	const raw = body.slice(regionStart, name.start);
	const before = raw.replace(/,\s*$/, '');
	const tail = clean(before.split(/[,.;:“”"«»()[\]]|\s[–—]\s/).at(-1) ?? '');
	const words = wordCount(tail);
	if (words === 0 || words > 6) return null;
	// An honorific alone ("Mr", "Dr") says nothing of who the speaker is.
	if (HONORIFIC.test(tail)) return null;
	if (!/\p{Ll}/u.test(tail) && !PERSON_ROLE.test(tail)) return null;
	if (/^(?:in|on|at|by|for|from|after|before|meanwhile|earlier|later|and|but|while|when|as)\b/i.test(tail)) return null;
	return {tail, apart: before.length < raw.length};
}

/**
 * An appositive as a noun phrase: its comma-separated parts while each continues the phrase
 * ("R-Texas, chairman of the House Ways and Means Committee"), up to a clause ("D-Calif., who led
 * the inquiry": "D-Calif."). A relative clause with a copula gives its noun phrase ("who is
 * chairwoman of the party": "chairwoman of the party"); any other clause gives none.
 * `predicateLast`: the last part is the subject's verb phrase ("Obi, R-Ohio, reacted …, saying").
 */
function appositivePhrase(text: string, predicateLast: boolean): string | null {
	const parts = [...text.matchAll(/[^,]+(?:,(?!\s)[^,]*)*/g)].map(m => ({at: m.index!, text: m[0].trim(), lead: m[0].length - m[0].trimStart().length}));
	if (predicateLast && parts.length > 1) parts.pop();
	let start = -1;
	let end = -1;
	for (const [i, part] of parts.entries()) {
		let from = part.at + part.lead;
		let phrase = part.text;
		const relative = i === 0 ? /^(?:who|which)(?:\s+(?:is|was|are|were)|[’']s)\s+/i.exec(phrase) : null;
		if (relative) {
			from += relative[0].length;
			phrase = phrase.slice(relative[0].length);
		}
		const words = spaced(phrase);
		// A later part may be a complement ("41, of Manhattan"), not another preposition's phrase.
		const complement = i > 0 && /^of$/i.test(bareWord(words[0] ?? ''));
		if (words.length === 0 || (notPhraseStart(words[0]) && !complement) || participlePhrase(words) || timeAdverbial(phrase)) break;
		// "who was raised in …", "which was settled quickly", "who is openly gay": a passive, a
		// progressive or an adjective phrase, not a noun phrase.
		if (relative && /^\p{Ll}+(?:ed|ing|ly)$/u.test(bareWord(words[0])) && !ROLE_QUALIFIER.test(bareWord(words[0]))) break;
		const inner = INNER_CLAUSE.exec(` ${phrase}`) ?? /\s(?:[–—]|--)\s/.exec(` ${phrase}`);
		const cut = inner ? phrase.slice(0, Math.max(0, inner.index - 1)).trimEnd() : phrase;
		if (!cut || clausal(spaced(cut))) break;
		if (start < 0) start = from;
		end = from + cut.length;
		if (inner) break;
	}
	return start < 0 ? null : text.slice(start, end);
}

/**
 * A descriptor the entity step found ("Obi, who is chairwoman of the party", "a professor who
 * studies …") as a speaker's label: its noun phrase, as for an appositive here, or null.
 */
export function descriptorLabel(text: string): string | null {
	return appositivePhrase(text, false);
}

// "Nasr Okafor, a spokesman for the Front, said": the appositive between the name and the cue.
function appositive(body: string, name: NameHit, cueStart: number, predicateLast = false): string | null {
	const text = appositiveText(body, name, cueStart);
	return text === null ? null : appositivePhrase(text, predicateLast);
}

/** The words between the name and the cue after its comma, whatever they are, or null. */
function appositiveText(body: string, name: NameHit, cueStart: number): string | null {
	const between = body.slice(name.end, cueStart);
	if (!/^\s*,/.test(between)) return null;
	const text = clean(between).replace(/,?\s*(?:has|have|had|also|later)$/i, '');
	const n = wordCount(text);
	return n > 0 && n <= MAX_LABEL_WORDS ? clean(text) : null;
}

interface RoleHit {
	text: string;
	kind: 'person' | 'group';
	/** Offset of the role's end within the searched text. */
	end: number;
	/**
	 * "a spokesman", "one US official", "two officials": a new, unnamed source, never someone named
	 * earlier (only "the spokesman" and "he" carry a name).
	 */
	indefinite?: boolean;
	/** "two officials", "people familiar with …": several sources, no one speaker. */
	plural?: boolean;
}

const DEFINITE = /^(?:the|this|that)$/i;
const INDEFINITE = /^(?:a|an|one|two|three|four|five|several|some|many|other|another|multiple|both)$/i;
const STOP_ROLE = /^(?:the|a|an|this|that|of|for|with|and|to|in|at|from|on|who|which)$/i;
// Plural sources: "officials", "two people familiar with the talks", "aides".
const PLURAL_ROLE = /\b(?:officials|sources|people|aides|lawmakers|experts|analysts|diplomats|officers|leaders|executives|spokespeople|spokesmen|advisers|advisors|members|residents|witnesses|authorities)$/i;

const OFFICE_OF = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}/u;

// Pronouns and "the <role>" noun phrases in the subject region, in order.
function rolesIn(text: string): RoleHit[] {
	const out: RoleHit[] = [];
	const pronoun = /\b(he|she|it|they)\b/giu;
	let m: RegExpExecArray | null;
	while ((m = pronoun.exec(text))) {
		out.push({text: m[0], kind: /^(?:he|she)$/i.test(m[0]) ? 'person' : 'group', end: m.index + m[0].length});
	}
	// "the <up to three modifiers> <role noun>": the shortest such phrase after each determiner.
	const tokens = [...text.matchAll(/[\p{L}\p{N}’'.-]*[\p{L}\p{N}]/gu)];
	for (let i = 0; i < tokens.length; i++) {
		const det = tokens[i][0];
		const definite = DEFINITE.test(det);
		if (!definite && !INDEFINITE.test(det) && !/^\d+$/.test(det)) continue;
		// "showed that Secretary Ross started": before a capitalised word "that" is the
		// complementiser opening a clause, not the demonstrative of a role ("that official").
		if (/^that$/i.test(det) && /^\p{Lu}/u.test(tokens[i + 1]?.[0] ?? '')) continue;
		for (let n = i + 1; n < Math.min(tokens.length, i + 5); n++) {
			if (STOP_ROLE.test(tokens[n][0]) || SUBORDINATOR.test(tokens[n][0])) break;
			const end = tokens[n].index! + tokens[n][0].length;
			const phrase = text.slice(tokens[i].index!, end);
			const plural = !definite && PLURAL_ROLE.test(phrase);
			const kind = plural || PERSON_ROLE.test(phrase) ? 'person' : GROUP_ROLE.test(phrase) ? 'group' : null;
			if (kind) {
				// "the Secretary of State", "the governor of Northshire": the office's complement belongs to it.
				const office = OFFICE_OF.exec(text.slice(end));
				const full = office ? end + office[0].length : end;
				out.push({text: text.slice(tokens[i].index!, full), kind, end: full, indefinite: !definite, plural});
				break;
			}
		}
	}
	// One phrase per head noun: "a senior official" over its tail "senior official".
	return out.filter(r => !out.some(o => o !== r && o.end === r.end && o.text.length > r.text.length)).sort((a, b) => a.end - b.end);
}

const LEAD_PHRASE = /^\s*(?:\p{Lu}\p{Ll}{2,}(?:ed|ing)|When|While|After|Before|As|If|Although|Though|Once|Since|Because|Despite|Following|Unlike)\b[^,;]{0,200},/u;

type Candidate = {kind: 'name'; hit: NameHit; start: number; end: number} | {kind: 'role'; role: RoleHit; start: number; end: number};

/**
 * The speaker of a cue whose subject lies in body[from, to). `mode` says where the subject sits:
 * 'before' the cue ("Okafor, a minister, said"), 'after' it ("said Okafor"), or 'main' for a
 * participle cue ("…, saying") whose subject opens the sentence.
 */
export function resolveSpeaker(
	body: string,
	from: number,
	to: number,
	cueStart: number,
	mentions: RawMention[],
	carry: CarryState,
	mode: 'before' | 'after' | 'main' = cueStart >= to ? 'before' : 'after',
): Speaker | null {
	const names = namesIn(body, from, to, mentions).filter(n => !(n.place && placeInPhrase(body, from, n)) && !modifierName(body, from, n));
	const roles = rolesIn(body.slice(from, to)).map(r => ({...r, end: from + r.end}));
	const candidates: Candidate[] = [
		...names.map(hit => ({kind: 'name' as const, hit, start: hit.start, end: hit.end})),
		...roles.map(role => ({kind: 'role' as const, role, start: role.end - role.text.length, end: role.end})),
	]
		.filter(c => !(c.kind === 'role' && names.some(n => n.start <= c.start && n.end >= c.end)))
		.filter(c => !(c.kind === 'name' && roles.some(r => r.end - r.text.length <= c.start && r.end >= c.end)))
		.sort((a, b) => a.start - b.start || b.end - a.end);
	if (candidates.length === 0) return wordCountOf(body.slice(from, to)) === 0 ? carry.person ?? carry.mentionedPerson : null;
	let chosen: Candidate | undefined;
	if (mode === 'after') chosen = phraseHead(body, candidates);
	else if (mode === 'main') {
		// "Asked about the vote, Obi said", "When the vote failed, Obi warned": the subject follows an
		// opening participle phrase or subordinate clause.
		const lead = LEAD_PHRASE.exec(body.slice(from, to));
		const main = lead ? candidates.filter(c => c.start >= from + lead[0].length) : [];
		const pool = main.length > 0 ? main : candidates;
		chosen = pool.find(c => c.kind === 'role' || c.hit.kind !== 'organization') ?? pool[0];
	}
	else chosen = adjacent(body, candidates, cueStart);
	if (!chosen) return null;
	if (chosen.kind === 'name') {
		const hit = chosen.hit;
		const label = appositive(body, hit, cueStart, mode === 'main') ?? premodifier(body, from, hit);
		const described = appositiveText(body, hit, cueStart) !== null || premodifierText(body, from, hit) !== null;
		return {name: hit.name, kind: hit.kind, label, described, at: hit.start};
	}
	const role = chosen.role;
	// An unnamed source is its own speaker, shown as the article describes it; several are nobody.
	if (role.indefinite) return role.plural || role.kind === 'group' ? null : {name: role.text, kind: 'unknown', label: role.text};
	if (role.kind === 'person') {
		if (/^(?:he|she)$/i.test(role.text)) {
			const earlier = names.filter(n => n.kind !== 'organization' && n.end <= chosen.start).at(-1);
			if (earlier) return {name: earlier.name, kind: earlier.kind, label: premodifier(body, from, earlier), described: premodifierText(body, from, earlier) !== null, at: earlier.start};
		}
		const carried = carry.person ?? carry.mentionedPerson;
		const pronoun = /^(?:he|she)$/i.test(role.text);
		// "The spokesman added": the person the article labelled so, when the one carried is not
		// ("Front spokesman Nasr Okafor said … Senator Ada Obi said … the spokesman added").
		if (!pronoun) {
			const fitting = labelledFor(role.text, carry.labelled);
			const carriedFits = carried !== null && (labelFits(role.text, carried.label) || (fitting !== null && fitting !== undefined && sameSpeaker(carried, fitting)));
			// A carried speaker the article gave no label may be the one meant ("Trump said … the
			// president added"), unless the fitting person was named after it.
			const unlabelled = carried !== null && !carried.label && !carried.described && (fitting === null || fitting === undefined || carried.at === undefined || fitting.at === undefined || fitting.at < carried.at);
			if (fitting !== undefined && !carriedFits && !unlabelled) return fitting === null ? null : {...fitting, label: role.text};
		}
		// "California Gov. Ada Obi …. The Secretary of State said": a person merely mentioned, whose
		// title names another office, is not the one the role noun means.
		if (!carried || (!pronoun && !carry.person && !roleFits(role.text, carried.label))) return pronoun ? null : office(role.text);
		return {...carried, label: pronoun ? carried.label : role.text};
	}
	const carried = carry.group ?? carry.mentionedGroup;
	return carried ? {...carried, label: /^(?:it|they)$/i.test(role.text) ? carried.label : role.text} : null;
}

/**
 * The subject of a verb coordinated with an earlier one ("Obi, who had walked out, turned round and
 * said …"): the sentence's subject, when it opens the clause (a premodifier or two may come first).
 */
export function coordinatedSubject(body: string, from: number, cueStart: number, mentions: RawMention[], carry: CarryState): Speaker | null {
	const head = resolveSpeaker(body, from, cueStart, cueStart, mentions, carry, 'main');
	if (!head) return null;
	const at = body.indexOf(head.name, from);
	return wordCount(body.slice(from, at < 0 ? from : at)) <= 2 ? head : null;
}

/** Does the verb at cueStart follow "and" / "but", sharing an earlier verb's subject? */
export function isCoordinated(body: string, from: number, cueStart: number): boolean {
	return /\b(?:and|but)\s*$/.test(body.slice(from, cueStart));
}

// Lower-case words (and abbreviated titles) between two names of one noun phrase: "Republican
// strategist Ada Obi", "Harbour Board press officer Ada Obi", "Northshire Gov. Ada Obi".
const PREMODIFIER_GAP = /^(?:[’']s)?(?:\s+(?:\p{Ll}[\p{Ll}-]*|\p{Lu}\p{Ll}{1,4}\.))+\s+$/u;
const NOT_PREMODIFIER = /\s(?:on|in|at|to|for|from|with|during|after|before|about|of|by|and|or|but|who|which|that|as|when|while|also|then|said|told|says)\s/;

/**
 * The head of the subject after an inverted cue ("said Republican strategist Ada Obi"): the last
 * name of a run of names joined only by premodifying words, not the first ("Republican").
 */
function phraseHead(body: string, candidates: Candidate[]): Candidate {
	let i = 0;
	while (i + 1 < candidates.length && candidates[i + 1].kind === 'name') {
		const gap = body.slice(candidates[i].end, candidates[i + 1].start);
		if (!PREMODIFIER_GAP.test(gap) || NOT_PREMODIFIER.test(` ${gap} `)) break;
		i++;
	}
	return candidates[i];
}

/**
 * A name that only modifies the subject, never the subject itself: one in parentheses ("Ada Obi
 * (R-Northshire)", "the Harbour Board (HB)"), or an untagged one after "of" / "from" ("Ada Obi of
 * Northshire").
 */
function modifierName(body: string, from: number, n: NameHit): boolean {
	if (/\([^()]*$/.test(body.slice(Math.max(from, n.start - 40), n.start)) && /^[^()]*\)/.test(body.slice(n.end, n.end + 40))) return true;
	return n.kind === 'unknown' && /\b(?:of|from)\s+$/.test(body.slice(Math.max(from, n.start - 6), n.start));
}

function wordCountOf(text: string): number {
	return wordCount(text);
}

// What may stand between a subject and its cue: "(R-Texas)", "of Texas", "on Sunday".
const INSERT = /^\s*(?:\([^()]{1,40}\)|(?:of|from)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})(?:\s+(?:on|last|this)?\s*\p{Lu}\p{Ll}+day)?\s*$/u;

const APPOSITIVE_AFTER_INSERT = /^\s*(?:\([^()]{1,40}\)|(?:of|from)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s*,/u;

// The subject next to the cue: nothing but an adverb between them, or an appositive
// ("Okafor, a spokesman for the Front, said"), in which case the name before the appositive.
function adjacent(body: string, candidates: Candidate[], cueStart: number): Candidate | undefined {
	const before = candidates.filter(c => c.end <= cueStart);
	for (let i = before.length - 1; i >= 0; i--) {
		const gap = body.slice(before[i].end, cueStart);
		if (!gap.includes(',') && (wordCount(gap) <= 1 || ADVERBIAL.test(gap) || INSERT.test(gap))) return before[i];
		if (gap.includes(',')) break;
	}
	if (!/,\s*$/.test(body.slice(0, cueStart))) return undefined;
	// Appositive: the first candidate directly followed by a comma whose tail reaches the cue (an
	// insert may come first: "Ada Obi of Northshire, a senator, said").
	const followedByComma = before.filter(c => /^\s*,/.test(body.slice(c.end, cueStart)) || APPOSITIVE_AFTER_INSERT.test(body.slice(c.end, cueStart)));
	const person = followedByComma.find(c => c.kind === 'name' ? c.hit.kind === 'person' : c.role.kind === 'person');
	return person ?? followedByComma[0];
}

/** Remember a resolved speaker for later pronouns and role nouns. */
export function remember(carry: CarryState, speaker: Speaker | null): void {
	if (!speaker) return;
	if (speaker.kind === 'organization') carry.group = speaker;
	else {
		carry.person = speaker;
		rememberLabelled(carry, speaker);
	}
}

function rememberLabelled(carry: CarryState, speaker: Speaker): void {
	if (!speaker.label || roleWordsOf(speaker.label).roles.length === 0) return;
	const list = carry.labelled;
	const same = list.findIndex(p => sameSpeaker(p, speaker));
	if (same >= 0) list.splice(same, 1);
	list.push(speaker);
	if (list.length > MAX_LABELLED) list.shift();
}

function sameSpeaker(a: Speaker, b: Speaker): boolean {
	return a.name === b.name || (a.at !== undefined && a.at === b.at);
}

// Role nouns of a label, one word each (the last word of PERSON_ROLE's phrases).
const ROLE_WORD = /^(?:spokesman|spokeswoman|spokesperson|official|minister|president|chief|leader|commander|general|secretary|secretary-general|adviser|advisor|director|head|ambassador|envoy|senator|governor|mayor|chairman|chairwoman|chair|premier|cleric|analyst|expert|officer|diplomat|lawmaker|deputy|representative|founder|ceo|executive)$/;
const SPOKES = /^spokes(?:man|woman|person)$/;

/**
 * The role nouns ("spokesman"; abbreviated titles spelled out) and the names ("Front") of a label.
 * Only the label's own role counts: not one after a possessive or a preposition ("the president's
 * adviser", "an aide to the president" are no presidents), and a qualified role is another role
 * ("former president", "vice president" are not "the president").
 */
function roleWordsOf(label: string): {roles: string[]; names: string[]} {
	const roles: string[] = [];
	const names: string[] = [];
	let complement = false;
	let qualifier = '';
	for (const w of label.match(/[\p{L}][\p{L}’'-]*/gu) ?? []) {
		const l = w.toLowerCase().replace(/[’']s$/, '');
		const role = SPOKES.test(l) ? 'spokesman' : (TITLE_ROLES[l] ?? l);
		if (ROLE_WORD.test(role) && !complement && !/[’']s$/.test(w)) roles.push(qualifier + role);
		else if (/^\p{Lu}/u.test(w) && !/^(?:the|a|an|this|that)$/i.test(w)) names.push(l.replace(/^(?:al|el)[-‐‑]/, ''));
		if (/[’']s$/.test(w)) roles.length = 0;
		if (ROLE_QUALIFIER.test(l)) qualifier = `${l.replace(/^then-/, '')} `;
		else if (!/^(?:the|a|an)$/.test(l)) qualifier = '';
		if (/^(?:of|for|to|with|at|in|from|on|under|by|who|whose|which|that)$/.test(l) && roles.length > 0) complement = true;
	}
	return {roles, names};
}

// Words that make a role another one: "former president", "vice president", "deputy spokesman".
const ROLE_QUALIFIER = /^(?:former|ex|vice|deputy|assistant|late|then|acting|interim|outgoing|incoming)$/;

/** Does a label ("Front spokesman") say what a role noun asks ("the spokesman", "the Front spokesman")? */
function labelFits(role: string, label: string | null): boolean {
	if (!label) return false;
	const want = roleWordsOf(role);
	const held = roleWordsOf(label);
	if (want.roles.length === 0 || !want.roles.some(r => held.roles.includes(r))) return false;
	return want.names.every(n => held.names.includes(n));
}

/**
 * The latest labelled person a role noun fits; null when the role names a group ("the Front
 * spokesman") and a person with that role of another group was named but none of this one;
 * undefined when nothing is known.
 */
function labelledFor(role: string, labelled: Speaker[]): Speaker | null | undefined {
	const want = roleWordsOf(role);
	if (want.roles.length === 0) return undefined;
	for (let i = labelled.length - 1; i >= 0; i--) if (labelFits(role, labelled[i].label)) return labelled[i];
	if (want.names.length === 0) return undefined;
	// Only people with that role of other named groups: none of them is this group's.
	const others = labelled.map(p => roleWordsOf(p.label!)).filter(h => h.roles.some(r => want.roles.includes(r)));
	return others.length > 0 && others.every(h => h.names.length > 0) ? null : undefined;
}

// A place that modifies or follows something else is not the subject: "of Texas", "(R-Texas)",
// "in Baghdad", "Texas Sen. Ada Obi", "the Iraqi Foreign Ministry".
function placeInPhrase(body: string, from: number, n: NameHit): boolean {
	const before = body.slice(Math.max(from, n.start - 12), n.start);
	if (/(?:\b(?:of|in|from|at|for|to|near|across|throughout|against|with|by|the|and)\s+|[(\-–]\s*)$/i.test(before)) return true;
	return /^(?:[’']s)?\s+\p{Lu}/u.test(body.slice(n.end, n.end + 4));
}

// Abbreviated titles, as the role nouns they stand for.
const TITLE_ROLES: Record<string, string> = {gov: 'governor', sen: 'senator', rep: 'representative', pres: 'president', sec: 'secretary', gen: 'general', amb: 'ambassador', atty: 'attorney', supt: 'superintendent', lt: 'lieutenant'};
const OFFICES = new Set(['governor', 'senator', 'representative', 'president', 'secretary', 'general', 'ambassador', 'attorney', 'mayor', 'minister', 'premier', 'chancellor', 'judge', 'justice', 'speaker', 'commissioner', 'director', 'chairman', 'chairwoman', 'sheriff', 'prosecutor']);

/** The title words right before a name ("California Gov." before "Ada Obi"), or null. */
function titleBefore(body: string, hit: NameHit): string | null {
	// A capitalised word that opens the sentence is no part of the title ("When President", "Though Treasury Secretary", "Did").
	let title = titleText(body, hit) ?? '';
	while (title && notPhraseStart(spaced(title)[0].toLowerCase())) title = title.replace(/^\S+\s*/, '');
	return title && !spaced(title).every(w => FUNCTION_WORD.test(bareWord(w))) ? title : null;
}

/** The capitalised words right before a name, whatever they are ("When President"), or null. */
function titleText(body: string, hit: NameHit): string | null {
	const m = /((?:\p{Lu}[\p{L}.-]*\s+){1,3})$/u.exec(body.slice(Math.max(0, hit.start - 40), hit.start));
	return m ? m[1].trim() : null;
}

/** Offices a title names ("California Gov." -> governor). */
function officesIn(label: string): string[] {
	return (label.toLowerCase().match(/[a-z]+/g) ?? []).map(w => TITLE_ROLES[w] ?? w).filter(w => OFFICES.has(w));
}

/** A role no one named fills, spelled as an office ("The Northshire Secretary of State"): that office speaks. */
function office(role: string): Speaker | null {
	const name = role.replace(/^(?:the|this|that)\s+/i, '');
	// A bare office ("The President said") names no one the article has introduced: unknown.
	if (!/\s/.test(name)) return null;
	return /\p{Lu}/u.test(name) && officesIn(name).length > 0 ? {name, kind: 'unknown', label: role} : null;
}

/** Could a person with this title be the one a role noun ("the secretary") means? */
function roleFits(role: string, label: string | null): boolean {
	const wanted = officesIn(role);
	const held = label ? officesIn(label) : [];
	return wanted.length === 0 || held.length === 0 || wanted.some(w => held.includes(w));
}

/** Remember names mentioned in passing, so "he said" after "Minister Ada Obi arrived" finds her. */
export function rememberMentions(carry: CarryState, body: string, from: number, to: number, mentions: RawMention[]): void {
	// The first of each kind: a sentence's subject comes before the names in its predicate.
	let person = false;
	let group = false;
	// Only people and organisations are remembered: the names the tagger did not type are not looked for.
	for (const hit of taggedNamesIn(body, from, to, mentions)) {
		if (hit.kind === 'person') {
			// Each labelled person is remembered for role nouns ("Front spokesman Nasr Okafor arrived").
			const label = titleBefore(body, hit) ?? premodifier(body, from, hit) ?? appositiveAfter(body, hit, to);
			if (label) rememberLabelled(carry, {name: hit.name, kind: 'person', label, at: hit.start});
		}
		if (hit.kind === 'person' && !person) {
			carry.mentionedPerson = {name: hit.name, kind: 'person', label: titleBefore(body, hit), described: titleText(body, hit) !== null, at: hit.start};
			person = true;
		} else if (hit.kind === 'organization' && !group) {
			carry.mentionedGroup = {name: hit.name, kind: 'organization', label: null, at: hit.start};
			group = true;
		}
	}
}

/** "Nasr Okafor, a spokesman for the Front, arrived": the appositive after a name, up to its comma. */
function appositiveAfter(body: string, hit: NameHit, to: number): string | null {
	const m = /^,\s+((?:a|an|the)\s[^,;:.!?“”"()]{2,80}),/u.exec(body.slice(hit.end, Math.min(to, hit.end + 100)));
	return m ? appositivePhrase(m[1], false) : null;
}
