// Who said it: a name in the subject of the cue verb, or a pronoun / role noun ("he", "the
// spokesman", "the group") that carries a speaker named earlier in the article.
import type {RawMention} from '../mentions.js';
import {ADVERBIAL, GROUP_ROLE, PERSON_ROLE} from './cues.js';
import {namesIn, type NameHit, type NameKind} from './names.js';

export interface Speaker {
	name: string;
	kind: NameKind;
	/** How the article labels the speaker here ("militia spokesman"), if it does. */
	label: string | null;
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

// "Nujaba spokesman, Nasr Okafor" / "militia spokesman Nasr Okafor": the words before the name.
function premodifier(body: string, regionStart: number, name: NameHit): string | null {
	const before = body.slice(regionStart, name.start).replace(/,\s*$/, '');
	const tail = clean(before.split(/[,.;:“”"«»()[\]]|\s[–—]\s/).at(-1) ?? '');
	const words = wordCount(tail);
	if (words === 0 || words > 6) return null;
	// An honorific alone ("Mr", "Dr") says nothing of who the speaker is.
	if (/^(?:mr|mrs|ms|miss|mx|dr|sir|madam)\.?$/i.test(tail)) return null;
	if (!/\p{Ll}/u.test(tail) && !PERSON_ROLE.test(tail)) return null;
	if (/^(?:in|on|at|by|for|from|after|before|meanwhile|earlier|later|and|but|while|when|as)\b/i.test(tail)) return null;
	return tail;
}

// "Nasr Okafor, a spokesman for the Front, said": the appositive between the name and the cue.
function appositive(body: string, name: NameHit, cueStart: number): string | null {
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
		for (let n = i + 1; n < Math.min(tokens.length, i + 5); n++) {
			if (STOP_ROLE.test(tokens[n][0])) break;
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
		return {name: hit.name, kind: hit.kind, label: appositive(body, hit, cueStart) ?? premodifier(body, from, hit), at: hit.start};
	}
	const role = chosen.role;
	// An unnamed source is its own speaker, shown as the article describes it; several are nobody.
	if (role.indefinite) return role.plural || role.kind === 'group' ? null : {name: role.text, kind: 'unknown', label: role.text};
	if (role.kind === 'person') {
		if (/^(?:he|she)$/i.test(role.text)) {
			const earlier = names.filter(n => n.kind !== 'organization' && n.end <= chosen.start).at(-1);
			if (earlier) return {name: earlier.name, kind: earlier.kind, label: premodifier(body, from, earlier), at: earlier.start};
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
			const unlabelled = carried !== null && !carried.label && (fitting === null || fitting === undefined || carried.at === undefined || fitting.at === undefined || fitting.at < carried.at);
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
	for (const hit of namesIn(body, from, to, mentions)) {
		if (hit.kind === 'person') {
			// Each labelled person is remembered for role nouns ("Front spokesman Nasr Okafor arrived").
			const label = titleBefore(body, hit) ?? premodifier(body, from, hit) ?? appositiveAfter(body, hit, to);
			if (label) rememberLabelled(carry, {name: hit.name, kind: 'person', label, at: hit.start});
		}
		if (hit.kind === 'person' && !person) {
			carry.mentionedPerson = {name: hit.name, kind: 'person', label: titleBefore(body, hit), at: hit.start};
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
	return m ? m[1] : null;
}
