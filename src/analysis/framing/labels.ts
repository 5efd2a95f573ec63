// The label words of one descriptor phrase: its head noun and the modifiers that characterise the
// entity ("a 10,000 militiamen-strong Iraqi Shia militia movement" → Iraqi, militia, movement),
// lemmatised so that "militias" and "militia" count as one. What the phrase says of someone else
// ("Hamas official", "the Trump administration") gives nothing, a negated phrase ("not a terrorist
// group") gives nothing, and a label the phrase attributes ("designated a terrorist group by
// Washington") is returned with the one who gave it.
import {lexiconTags, NAME_PARTICLES, ROLE_NOUNS, TITLE_MODIFIERS, TITLES} from '../entities/lexicon.js';
import {
	canHead,
	canModify,
	DETERMINERS,
	expand,
	isFunctionWord,
	HONORIFICS,
	isGroupNoun,
	isPersonRole,
	isProperAdjective,
	isTitle,
	lemma,
	NEGATIONS,
	OPENERS,
	PREPOSITIONS,
	RELATIVES,
	TEMPORAL,
} from './words.js';

/** Who the labels are about: the entity's names (to tell its own words from the label's) and its kind. */
export interface Subject {
	names: readonly string[];
	organisation: boolean;
	/**
	 * Names of other entities (lowercase), so that a phrase that ends on someone else's name ("New
	 * York Times reporter Jane Roe") or opens with it gives this entity nothing.
	 */
	namesOther?: (lower: string) => boolean;
	/**
	 * Two adjacent lowercase words that the corpus writes as one compound ("real estate"): counted
	 * as one label, not two. Absent: words are counted one by one.
	 */
	compound?: (first: string, second: string) => boolean;
}

export interface LabelReading {
	labels: string[];
	/** Who gave the labels, when the phrase attributes them ("by Washington"); null: the outlet's own words. */
	by: string | null;
	/** The head noun's label, when the phrase has one (not when the name ends it: "militant Hamas"). */
	head: string | null;
	/** The phrase spells one of the entity's names ("President Trump"; not "the president"). */
	named?: boolean;
}

const NONE: LabelReading = {labels: [], by: null, head: null};

export interface ReadOptions {
	/** The phrase is someone's attributed words: its quoted words count too (for the one who gave them). */
	quoted?: boolean;
}

// An object pronoun after a designating verb: the verb is active ("called him a loser").
const OBJECT_PRONOUN = /^(?:him|her|them|it|me|us|you|himself|herself|themselves|itself)\b/i;
// Degree words that deny the modifier after them ("the least libertarian candidate").
const DENYING = new Set(['least', 'less', 'not', 'never', 'hardly', 'barely', 'scarcely']);
const EMPTY = {labels: [], head: null};

// Past participles of verbs that designate or characterise ("designated", "branded", "seen as").
const DESIGNATED = 'designated|listed|blacklisted|label(?:l)?ed|branded|called|considered|deemed|classified|described|regarded|dubbed|recogni[sz]ed|declared|viewed|seen|named';
// A relative pronoun before the participle needs an auxiliary for the passive ("who was called a
// ..."): "who called him a loser" is active, its subject the one who gives the label.
const AUXILIARY = String.raw`(?:is|was|are|were|has\s+been|have\s+been|had\s+been|being|been|remains)`;
const PASSIVE = new RegExp(
	`^(?:(?:which|who|that)\\s+${AUXILIARY}\\s+|${AUXILIARY}\\s+)?(?:\\p{L}+ly\\s+)?(?:${DESIGNATED})\\s+(?:by\\s+(?<by1>.+?)\\s+as\\s+)?(?:as\\s+)?(?<np>.+?)(?:\\s+by\\s+(?<by2>.+))?$`,
	'iu',
);
const COPULA = /^(?:(?:which|who|that)\s+)?(?:is|was|are|were|has\s+been|have\s+been|had\s+been|remains|remained|serves\s+as|served\s+as|became|becomes)\s+/i;
// "one of the", "dozens of", "a number of": the noun phrase after them is the label.
const PARTITIVE = /^(?:(?:one|some|many|several|dozens|hundreds|thousands|scores|most|all|each|any|both|none|a\s+(?:number|handful|couple|few))\s+of\s+)+/i;
// Nouns that only say "a piece of" what follows ("a part of the movement", "a member of the militia").
const PART_NOUNS = new Set(['part', 'member', 'one', 'kind', 'type', 'sort', 'piece', 'portion']);
// Light nouns: they head a phrase without saying what anyone is ("the only way to ...", "the head of
// the agency", "a kind of ..."). Never a label; what follows their "of" is another thing's name.
const LIGHT_NOUNS = new Set(['way', 'kind', 'part', 'head', 'sort', 'type', 'piece', 'portion', 'lot', 'bit', 'thing', 'stuff', 'matter', 'fact', 'case', 'point', 'side', 'end', 'time', 'place', 'deal', 'manner', 'form', 'version', 'sense', 'number', 'couple', 'handful', 'rest', 'half', 'share', 'source', 'back', 'top', 'bottom', 'middle', 'center', 'centre', 'heart', 'wake']);
// Words that rank or place a label without characterising anyone ("the first president", "the only candidate").
const RANKING = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'only', 'next', 'same', 'latest', 'such', 'other', 'very', 'own', 'main', 'sole', 'lone', 'true', 'real', 'actual', 'so-called']);
// Bodies inside an organisation, named after it ("the House intelligence committee", "the Hamas
// political bureau"): the phrase names that body, not the organisation.
const SUB_BODIES = new Set(['committee', 'subcommittee', 'council', 'unit', 'ministry', 'department', 'administration', 'wing', 'branch', 'bureau', 'office', 'caucus', 'delegation', 'panel', 'leadership', 'division', 'chapter', 'cell']);
// Possessive determiners: "his campaign", "their leader" name something of someone's, not the entity.
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
// Phrases that give another name or a circumstance, not a label ("better known as ...", "led by ...").
const NOT_A_LABEL = /^(?:(?:better|also|formerly|widely|commonly|now|once)\s+)?known\s+|^(?:aka|a\.k\.a\.)\s|^(?:led|based|backed|founded|formed|headed|run|funded|established|created|set|affiliated|allied|linked|tied|accused|suspected|alleged|reported|said|believed|thought)\b/i;

interface Token {
	/** As printed, outer punctuation removed. */
	text: string;
	lower: string;
	/** Part of one of the entity's names. */
	name: boolean;
	/** Ends a clause (a comma or semicolon after it). */
	stop: boolean;
	/** Inside quotation marks: someone else's word, or a word held at a distance ("a ‘chaos candidate’"). */
	quoted: boolean;
	/**
	 * Ends a quotation whose opening mark is not in the phrase (`Minister,” Trump said`): the words
	 * before it were someone's quoted speech.
	 */
	closes: boolean;
	/** Part of another entity's name. */
	other: boolean;
	/** Denied by the degree word before it ("least", "less"): no label. */
	denied?: boolean;
}

const OPEN_QUOTE = /^[(\[*]*[“‘«"]/u;
const CLOSE_QUOTE = /[”’»"][),.;:!?\]*]*$/u;

function tokenize(phrase: string): Token[] {
	const out: Token[] = [];
	let open = false;
	for (const raw of phrase.split(/\s+/)) {
		const text = raw.replace(/^[“"‘'(\[«*]+|[”"’'),.;:!?\]»*]+$/gu, '');
		const opens = OPEN_QUOTE.test(raw);
		// A closing ’ is an apostrophe ("militants’") unless a ‘ opened a quotation.
		const closing = CLOSE_QUOTE.test(raw) && !(/’[),.;:!?\]*]*$/u.test(raw) && !open && !/[,.!?]’/u.test(raw));
		const quoted = open || opens;
		if (opens && !closing) open = true;
		const closes = closing && !quoted;
		if (closing) open = false;
		if (!text) continue;
		out.push({text, lower: text.toLowerCase(), name: false, stop: /[,;:)\]]$/.test(raw.replace(/[”"’»*]+$/u, '')), quoted, closes, other: false});
	}
	return out;
}

/** Marks the tokens that spell another entity's name of two words or more (or one capitalised word that is no adjective). */
function markOthers(tokens: Token[], namesOther: (lower: string) => boolean): void {
	for (let i = 0; i < tokens.length; i++) {
		if (tokens[i].name || !isCapitalised(tokens[i])) continue;
		for (let n = Math.min(4, tokens.length - i); n >= 1; n--) {
			const span = tokens.slice(i, i + n);
			if (span.some((t) => t.name || !isCapitalised(t))) continue;
			const lower = span.map((t) => t.lower.replace(/[’']s$/, '')).join(' ');
			if (n === 1 && (isTitle(lower) || isProperAdjective(span[0].text) || /[-‐‑]\p{Ll}/u.test(span[0].text))) continue;
			if (!namesOther(lower)) continue;
			for (const t of span) t.other = true;
			i += n - 1;
			break;
		}
	}
}

/**
 * Single-word names that come in a singular and a plural ("Republican", "Republicans"): nouns for
 * the organisation's members, made once per list of names.
 */
const MEMBERS = new WeakMap<readonly string[], Set<string>>();

export function memberForms(names: readonly string[]): Set<string> {
	let forms = MEMBERS.get(names);
	if (!forms) {
		const single = new Set(names.filter((n) => !/\s/.test(n.trim())).map((n) => n.trim().toLowerCase()));
		forms = new Set([...single].filter((n) => single.has(`${n}s`) || (n.endsWith('s') && single.has(n.slice(0, -1)))));
		MEMBERS.set(names, forms);
	}
	return forms;
}

/** Marks the tokens that spell one of the names (longest names first; a possessive form counts). */
// The names as lowercase word lists, longest first: made once per list of names.
const FORMS = new WeakMap<readonly string[], string[][]>();

function markNames(tokens: Token[], names: readonly string[]): void {
	let forms = FORMS.get(names);
	if (!forms) {
		forms = names.map((n) => n.toLowerCase().split(/\s+/).filter(Boolean)).filter((f) => f.length > 0).sort((a, b) => b.length - a.length);
		FORMS.set(names, forms);
	}
	const bare = (t: Token) => t.lower.replace(/[’']s$/, '');
	for (let i = 0; i < tokens.length; i++) {
		if (tokens[i].name) continue;
		for (const form of forms) {
			if (i + form.length > tokens.length) continue;
			let ok = true;
			for (let k = 0; k < form.length && ok; k++) ok = (k === form.length - 1 ? bare(tokens[i + k]) : tokens[i + k].lower) === form[k];
			if (!ok) continue;
			// Proper names are written with capitals: a lowercase noun inside a matched alias ("the
			// al-Nujaba movement") is the outlet's label, not the name.
			for (let k = 0; k < form.length; k++) if (/\p{Lu}/u.test(tokens[i + k].text) || NAME_PARTICLES.has(tokens[i + k].lower)) tokens[i + k].name = true;
			break;
		}
	}
}

/**
 * The words of a phrase that are the outlet's own: none before a quotation's end whose start is not
 * in the phrase (`Prime Minister,” Trump said`); next to a name, the unquoted words beside it (“stop”
 * candidate Trump → candidate); elsewhere, the unquoted words.
 */
function unquoted(tokens: Token[]): Token[] {
	let from = 0;
	for (let i = 0; i < tokens.length; i++) if (tokens[i].closes) from = i + 1;
	const rest = from > 0 ? tokens.slice(from) : tokens;
	if (!rest.some((t) => t.quoted)) return rest;
	const name = rest.findIndex((t) => t.name);
	if (name < 0) return rest.filter((t) => !t.quoted);
	let start = name;
	while (start > 0 && !rest[start - 1].quoted) start--;
	let end = name;
	while (end + 1 < rest.length && !rest[end + 1].quoted) end++;
	return rest.slice(start, end + 1);
}

/** Who a "by ..." names: the words up to a preposition or clause break, without a leading "the". */
function designator(text: string | undefined): string | null {
	if (!text) return null;
	const words: string[] = [];
	for (const w of text.trim().split(/\s+/)) {
		const bare = w.replace(/[,;:.)\]”"’]+$/u, '');
		if (words.length > 0 && (PREPOSITIONS.has(bare.toLowerCase()) || RELATIVES.has(bare.toLowerCase()) || /^\d/.test(bare))) break;
		words.push(bare);
		if (bare !== w || words.length >= 6) break;
	}
	const by = words.join(' ').replace(/^the\s+/i, '').trim();
	return by || null;
}

const isNumber = (t: Token) => /\d/.test(t.text);
const isPossessive = (t: Token) => /\p{L}[’']s$/u.test(t.text) || /s[’']$/u.test(t.text);
// "al-Nujaba", "McCain" and "Iran-backed" are written as names are.
const isCapitalised = (t: Token) => /\p{Lu}/u.test(t.text);
const isAllCaps = (t: Token) => /^[\p{Lu}\d.&-]+$/u.test(t.text) && /\p{Lu}{2}/u.test(t.text);

/**
 * A word before the head as a label, or null: titles lowercased ("President" → president), proper
 * adjectives kept as written ("Iraqi"), names, numbers, possessives and words of time dropped.
 */
function modifier(tokens: Token[], i: number): string | null {
	const t = tokens[i];
	if (t.name || t.other || t.quoted || isNumber(t) || isPossessive(t) || HONORIFICS.has(t.lower)) return null;
	// "a 10,000 militiamen-strong": a compound after a number measures, it does not characterise.
	if (i > 0 && isNumber(tokens[i - 1]) && /[-‐‑]/.test(t.text)) return null;
	const lower = expand(t.lower.replace(/^(?:then|ex|former|now)[-‐‑]/, ''));
	if (TEMPORAL.has(lower) || RANKING.has(lower)) return null;
	// "force President Trump": a lowercase word does not qualify a title written with a capital.
	const next = tokens[i + 1];
	if (!isCapitalised(t) && next && /^\p{Lu}\p{Ll}/u.test(next.text) && isTitle(expand(next.lower))) return null;
	if (isAllCaps(t)) return isTitle(lower) ? lower : null;
	if (isCapitalised(t)) {
		if (isTitle(lower)) return lower;
		// "Concerning President Trump", "Speaking ...": a capitalised participle opens the sentence.
		if (/^\p{Lu}\p{Ll}+ing$/u.test(t.text)) return null;
		// A capitalised word before another capitalised word is part of a name ("Islamic State").
		if (next && isCapitalised(next) && !isTitle(next.lower)) return null;
		if (/[-‐‑]/.test(t.text) && /[-‐‑]\p{Ll}/u.test(t.text)) return t.text; // "Iran-backed"
		return isProperAdjective(t.text) ? t.text : null;
	}
	return canModify(lower) ? lower : null;
}

/** Joins a title's qualifiers to it ("prime minister", "national security adviser"). */
function compounds(words: string[]): string[] {
	const out: string[] = [];
	let pending: string[] = [];
	for (let i = 0; i < words.length; i++) {
		const w = words[i];
		const next = words[i + 1];
		if (TITLE_MODIFIERS.has(w) && next !== undefined && (TITLE_MODIFIERS.has(next) || isPersonRole(lemma(next)))) {
			pending.push(w);
			continue;
		}
		if (pending.length > 0) {
			out.push([...pending, w].join(' '));
			pending = [];
		} else out.push(w);
	}
	for (const p of pending) out.push(p);
	return out;
}

/** The last word of a compound lemmatised ("prime ministers" → "prime minister"). */
function lemmaOf(label: string): string {
	const parts = label.split(' ');
	parts[parts.length - 1] = lemma(parts[parts.length - 1]);
	return parts.join(' ');
}

/** The noun phrase's tokens: after openers and determiners, up to a relative clause, preposition or clause break. */
function nounPhrase(tokens: Token[]): Token[] {
	return nounPhraseOf(tokens).np;
}

/** Is the token a lowercase noun (so that an -ed word after it opens a clause: "the president lambasted him")? */
const isLowerNoun = (t: Token) => {
	if (isCapitalised(t)) return false;
	if (ROLE_NOUNS.has(lemma(t.lower))) return true;
	const tags = lexiconTags(t.lower);
	return tags.length === 0 ? canHead(t.lower) : tags.some((tag) => tag === 'Singular' || tag === 'Plural' || tag === 'Actor' || tag === 'Uncountable');
};

/**
 * The noun phrase's tokens, and whether a preposition came before it (`object`: "speaking to
 * reporters", "with the militia": the phrase names what the preposition governs, not the entity).
 */
function nounPhraseOf(tokens: Token[]): {np: Token[]; object: boolean; possessed: boolean} {
	let i = 0;
	let object = false;
	let possessed = false;
	while (i < tokens.length && !tokens[i].name && (OPENERS.has(tokens[i].lower) || DETERMINERS.has(tokens[i].lower) || PREPOSITIONS.has(tokens[i].lower) || isFunctionWord(tokens[i].lower))) {
		if (PREPOSITIONS.has(tokens[i].lower) && tokens[i].lower !== 'as') object = true;
		if (POSSESSIVES.has(tokens[i].lower)) possessed = true;
		i++;
	}
	const out: Token[] = [];
	for (; i < tokens.length; i++) {
		const t = tokens[i];
		if (!t.name && out.length > 0 && (RELATIVES.has(t.lower.replace(/[’']s$/, '')) || PREPOSITIONS.has(t.lower))) break;
		// "militant and political group" keeps both; "the group and its allies" stops.
		if (!t.name && (t.lower === 'and' || t.lower === 'or' || t.lower === '&') && (!tokens[i + 1] || DETERMINERS.has(tokens[i + 1].lower) || isPossessive(tokens[i + 1]))) break;
		// A participle after a noun opens a clause ("the militias targeted by ...").
		if (!t.name && out.length > 0 && /\p{Ll}(?:ed|ing)$/u.test(t.text) && (!tokens[i + 1] || PREPOSITIONS.has(tokens[i + 1].lower))) break;
		// A past tense after a noun is the clause's verb ("the president lambasted him", "the magnate turned president").
		if (!t.name && out.length > 0 && /^\p{Ll}[\p{Ll}-]*ed$/u.test(t.text) && isLowerNoun(out[out.length - 1])) break;
		// A word between a noun and a determiner is a verb ("the country wants the president ...").
		if (!t.name && out.length > 0 && /^\p{Ll}+$/u.test(t.text) && !DETERMINERS.has(t.lower) && tokens[i + 1] && DETERMINERS.has(tokens[i + 1].lower) && !RELATIVES.has(tokens[i + 1].lower) && isLowerNoun(out[out.length - 1])) break;
		if (t.lower !== 'and' && t.lower !== 'or' && t.lower !== '&' && !DETERMINERS.has(t.lower)) out.push(t);
		if (t.stop) break;
	}
	return {np: out, object, possessed};
}

// Abstract nouns and gerunds: what a person does or has, never what a person is ("the only way", "a meeting").
const ABSTRACT = /(?:tion|sion|ment|ness|ity|ance|ence|ship|ism|ing|acy|ogy)$/;
// The last part of a hyphenated word that makes it an adverb or a particle compound ("head-on", "tie-in").
const PARTICLE_END = /[-‐‑](?:on|off|up|in|out|down|over|back|away|by)$/;

/** Labels of one noun phrase (already cut to its own words), and its head's label. */
function readNounPhrase(tokens: Token[], subject: Subject): {labels: string[]; head: string | null} {
	const {np, object, possessed} = nounPhraseOf(tokens);
	if (np.length === 0 || possessed) return EMPTY;
	// Someone else's name ends the phrase ("New York Times reporter Jane Roe"): its words are theirs.
	if (np[np.length - 1].other) return EMPTY;
	// "the President's daughter", "the group's leader": the phrase says what someone else has.
	if (np.some((t) => !t.name && isPossessive(t) && (isTitle(t.lower.replace(/[’']s?$/, '')) || ROLE_NOUNS.has(lemma(t.lower.replace(/[’']s?$/, '')))))) return EMPTY;
	const first = np.findIndex((t) => t.name);
	if (first >= 0) {
		let last = first;
		for (let k = first; k < np.length; k++) if (np[k].name) last = k;
		const after = np.slice(last + 1).filter((t) => !t.name);
		const before = np.slice(0, first);
		if (after.length > 0) {
			// "the al-Nujaba movement" names the group; "Hamas official", "the Trump campaign" name someone else.
			const head = lemma(after[after.length - 1].lower);
			// "the House committee", "the party's youth wing": a body inside the organisation, not the organisation.
			if (!subject.organisation || !isGroupNoun(head) || isPersonRole(head) || SUB_BODIES.has(head) || isCapitalised(after[after.length - 1])) return EMPTY;
			return labelWords([...before, ...after], before.length + after.length - 1, subject);
		}
		// An organisation named by its members' noun ("the first-term Republican", "rank-and-file
		// Democrats"): the words describe a member, not the organisation.
		if (subject.organisation && first === last && memberForms(subject.names).has(np[last].lower.replace(/[’']s$/, ''))) return EMPTY;
		// The name ends the phrase: the words before it label it ("militia spokesman Nasr al-Shammari").
		const lastBefore = before[before.length - 1];
		if (lastBefore && !subject.organisation && isGroupNoun(lemma(lastBefore.lower)) && !isTitle(lastBefore.lower)) return EMPTY;
		// The word before a person's name heads the label: a noun, not a verb or an adverb ("fact-check Trump", "head-on Trump").
		if (lastBefore && !subject.organisation && !isCapitalised(lastBefore) && !isTitle(expand(lastBefore.lower)) && !isPersonNoun(lastBefore.lower)) return EMPTY;
		const read = labelWords(before, before.length - 1, subject);
		// A person's modifiers without the noun they qualify ("the federal judge Trump" → "federal") say nothing.
		return !subject.organisation && read.head === null ? EMPTY : read;
	}
	if (object) return EMPTY;
	// A capitalised word that is no title or adjective ends the phrase: someone else's name ("the
	// careerist Brennan", "the liberal group Acorn"), which the words before it describe.
	const end = np[np.length - 1];
	if (isCapitalised(end) && !end.quoted && !isTitle(expand(end.lower)) && !isProperAdjective(end.text) && !(/[-‐‑]\p{Ll}/u.test(end.text))) return EMPTY;
	// No name: the last word that can head the phrase is its head.
	let head = np.length - 1;
	while (head >= 0 && (isCapitalised(np[head]) && !isTitle(np[head].lower) ? true : !canHead(np[head].lower.replace(/^(?:then|ex|former)[-‐‑]/, '')))) head--;
	if (head < 0) return EMPTY;
	const noun = lemma(np[head].lower);
	if (subject.organisation ? isPersonRole(noun) && !isGroupNoun(noun) : isGroupNoun(noun) && !isPersonRole(noun)) return EMPTY;
	if (LIGHT_NOUNS.has(noun)) return EMPTY;
	if (!subject.organisation) {
		// One person is not a plural ("India's leaders reacted"), nor a thing ("the only way", "the country").
		if (noun !== np[head].lower && !isCapitalised(np[head])) return EMPTY;
		if (!isCapitalised(np[head]) && !isPersonHead(noun)) return EMPTY;
	}
	return labelWords(np.slice(0, head + 1), head, subject);
}

// Endings of nouns for people ("strategist", "magnate", "nominee", "billionaire", "Democrat").
const PERSON_ENDING = /(?:er|or|ar|ist|ian|ant|ent|man|woman|ee|aire|ate|ic|ive|ite|crat|ogue|ard|ier|eur)$/;

/** Can this lowercase noun, heading a phrase without a name, say what a person is? */
function isPersonHead(noun: string): boolean {
	if (isTitle(noun) || isPersonRole(noun)) return true;
	if (ABSTRACT.test(noun)) return false;
	const base = noun.split(/[-‐‑]/).pop()!;
	return lexiconTags(base).includes('Actor') || PERSON_ENDING.test(base);
}

/** Can this lowercase word name what a person is (a title, a role, a noun, not a verb or an adverb)? */
function isPersonNoun(lower: string): boolean {
	if (PARTICLE_END.test(lower)) return false;
	if (isPersonRole(lemma(lower)) || isTitle(lower)) return true;
	const tags = lexiconTags(lower.replace(/^(?:then|ex|former)[-‐‑]/, ''));
	if (tags.length > 0) return tags.some((t) => t === 'Actor' || t === 'Singular' || t === 'Noun');
	return /[-‐‑]/.test(lower) ? !ABSTRACT.test(lower) : canHead(lower) && !ABSTRACT.test(lower);
}

/** A lowercase word of letters, unquoted: the parts of a compound noun. */
const isPlainWord = (t: Token) => !t.name && !t.other && !t.quoted && /^\p{Ll}+$/u.test(t.text) && !isGroupNoun(lemma(t.lower)) && !isPersonRole(lemma(t.lower));

/** The label words of `tokens` where `head` is the index of the head noun (lemmatised). */
function labelWords(tokens: Token[], head: number, subject: Subject): {labels: string[]; head: string | null} {
	const words: string[] = [];
	let headWord: string | null = null;
	let skip = -1;
	tokens.forEach((_, i) => {
		if (i === skip) return;
		// "the least libertarian candidate": the degree word and the modifier it denies give nothing.
		if (DENYING.has(tokens[i].lower) || (tokens[i].denied && i !== head)) return;
		// Two lowercase words the corpus writes as one ("real estate"): one label.
		const next = tokens[i + 1];
		if (subject.compound && next && i < head && isPlainWord(tokens[i]) && isPlainWord(next) && subject.compound(tokens[i].lower, lemma(next.lower))) {
			const joined = `${tokens[i].lower} ${i + 1 === head ? lemma(next.lower) : next.lower}`;
			words.push(joined);
			if (i + 1 === head) headWord = joined;
			skip = i + 1;
			return;
		}
		if (i === head) {
			const m = modifier(tokens, i);
			// A head written as a name stays as written ("Islamist"); a noun is counted in the singular.
			headWord = m === null ? null : m === tokens[i].text ? m : lemma(m);
			if (headWord !== null && !canHead(headWord.toLowerCase()) && !isProperAdjective(headWord)) headWord = null;
			if (headWord) words.push(headWord);
			return;
		}
		const m = modifier(tokens, i);
		if (m) words.push(m);
	});
	const joined = compounds(words).map((w) => (headWord !== null && headWord === headWord.toLowerCase() && w.endsWith(headWord) ? lemmaOf(w) : w));
	// "Shi’ite" and "Shiite" are one word.
	const fold = (w: string) => w.replace(/(\p{L})[’'](\p{L})/gu, '$1$2');
	const last = joined[joined.length - 1];
	return {labels: [...new Set(joined.map(fold))].filter((w) => w.length > 1), head: headWord !== null && last !== undefined ? fold(last) : null};
}

/**
 * The labels a descriptor phrase gives its entity. `subject` says which words are the entity's own
 * names and whether it is a group (whose members' roles are not its labels) or a person.
 */
export function readLabels(phrase: string, subject: Subject, options: ReadOptions = {}): LabelReading {
	let text = phrase
		.trim()
		.replace(/^\[(.*)\]$/su, '$1')
		.replace(/\s*\([^)]*\)\*?/g, '')
		.replace(/\*/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	if (!text) return NONE;
	const copula = COPULA.exec(text);
	const negated = NEGATIONS.exec(copula ? text.slice(copula[0].length) : text);
	if (negated) {
		// "not a terrorist group but a resistance movement": only what follows "but" is said of it.
		const but = /\bbut\s+(?:rather\s+)?(.+)$/i.exec(text);
		if (!but) return NONE;
		text = but[1];
	}
	const passive = PASSIVE.exec(text);
	if (passive?.groups) {
		// "called him a loser": an object after the verb makes it active, the label someone else's.
		if (OBJECT_PRONOUN.test(passive.groups.np)) return NONE;
		const by = designator(passive.groups.by1 ?? passive.groups.by2) ?? 'unnamed';
		// The designator's words, quoted or not ("branded a ‘terrorist’ group by ...").
		const inner = readLabels(passive.groups.np, subject, {quoted: true});
		return {labels: inner.labels, by, head: inner.head};
	}
	const predicate = negated ? null : COPULA.exec(text);
	if (predicate) {
		text = text.slice(predicate[0].length);
		// "who is a militant", "which is one of the militias": a noun phrase; "who was shut down",
		// "which is affiliated with": a verb or an adjective, no label.
		if (!/^(?:a|an|the|one|among|some|many|several|his|her|its|their|\p{L}+[’']s)\s/iu.test(text)) return NONE;
	} else if (/^(?:who|which|that|whose|whom)\s/i.test(text)) return NONE;
	if (NOT_A_LABEL.test(text)) return NONE;
	text = text.replace(PARTITIVE, '');
	let tokens = tokenize(text);
	markNames(tokens, subject.names);
	if (subject.namesOther) markOthers(tokens, subject.namesOther);
	if (options.quoted) for (const t of tokens) t.quoted = false;
	else tokens = unquoted(tokens);
	// "the least libertarian candidate": the word a degree word denies is no label.
	for (let i = 0; i + 1 < tokens.length; i++) if (DENYING.has(tokens[i].lower) && !tokens[i + 1].name) tokens[i + 1].denied = true;
	// "a part of the movement", "a loyal member of ...": the phrase after "of" is the label.
	const np = nounPhrase(tokens);
	const last = np[np.length - 1];
	if (last && !last.name && PART_NOUNS.has(lemma(last.lower))) {
		const at = tokens.indexOf(last);
		if (tokens[at + 1]?.lower === 'of') return {...readNounPhrase(tokens.slice(at + 2), subject), by: null};
		if (np.length === 1) return NONE;
	}
	// "the parent company of X", "a fact-check of X", "a group that X leads": the name comes after
	// the head, in a phrase or clause that qualifies it; the head is something else, not the entity.
	if (last && !np.some((t) => t.name) && tokens.slice(tokens.indexOf(last) + 1).some((t) => t.name)) return NONE;
	return {...readNounPhrase(tokens, subject), by: null, named: tokens.some((t) => t.name)};
}

// A phrase's tokens with the names marked, by list of names and phrase: the context tests read them
// for each occurrence of a phrase ("President Trump" comes back hundreds of times). Read only.
const NAMED = new WeakMap<readonly string[], Map<string, readonly Token[]>>();

function namedTokens(phrase: string, names: readonly string[]): readonly Token[] {
	let byPhrase = NAMED.get(names);
	if (!byPhrase) NAMED.set(names, (byPhrase = new Map()));
	let tokens = byPhrase.get(phrase);
	if (!tokens) {
		const made = tokenize(phrase);
		markNames(made, names);
		byPhrase.set(phrase, (tokens = made));
	}
	return tokens;
}

/**
 * Does the phrase end on one of the names and the text after it go on with a noun ("long-time
 * Trump backer", "Blue-collar Trump voters", "the weekly GOP address")? Then the name qualifies
 * that noun, and the words before it describe the noun, not the entity. A verb after the name ("President Trump said") or
 * nothing keeps the phrase.
 */
export function nameQualifiesNext(phrase: string, after: string, subject: Subject): boolean {
	const tokens = namedTokens(phrase, subject.names);
	if (tokens.length < 2) return false;
	const last = tokens[tokens.length - 1];
	if (!last.name || isPossessive(last)) return false;
	// "Republican Gov. Scott Walker": a title after the name opens another name, which the name qualifies.
	const capital = /^\s+(\p{Lu}[\p{L}-]*)\.?(?=\s)/u.exec(after)?.[1];
	if (capital) return isTitle(expand(lemma(capital))) && !isTitle(expand(last.lower));
	const next = /^\s+(\p{Ll}[\p{Ll}-]*)\b/u.exec(after)?.[1];
	if (!next || isFunctionWord(next) || OPENERS.has(next) || PREPOSITIONS.has(next) || RELATIVES.has(next)) return false;
	const tags = lexiconTags(next);
	if (tags.some((t) => t === 'Singular' || t === 'Plural' || t === 'Actor')) return true;
	// An adjective and a noun after it: the name qualifies that noun ("GOP presidential hopeful", "GOP
	// political figures"); not a participle ("President Trump used the words") nor a word of time ("last week").
	if (isAdjectiveBeforeNoun(next, tags, after)) return true;
	if (tags.length > 0) return false;
	// Unknown: an abstract noun's ending ("election", "movements"), a verb ending ("hates",
	// "portrayed") after a verb's base form, else a noun by its ending.
	if (/(?:tion|sion|ment|ness|ity|ance|ence|ship|ism|acy|ogy)s?$/.test(next)) return true;
	// A word with no inflection at all after a name is no verb of its own (a verb after a subject
	// ends in -s or -ed): a noun ("the official GOP response", "GOP tax-reform advocates").
	// Not a contraction ("isn’t") nor a verb with its object or adverb after it ("withheld the aid").
	if (!/(?:s|ed|ly|ing)$/.test(next)) {
		const rest = after.replace(/^\s+/, '').slice(next.length);
		if (/^[’']/u.test(rest)) return false;
		const then = (/^\s*(\S*)/u.exec(rest)?.[1] ?? '').toLowerCase().replace(/[^\p{L}-]+$/u, '');
		return !/ly$/.test(then) && !DETERMINERS.has(then) && !OBJECT_PRONOUN.test(then) && !POSSESSIVES.has(then);
	}
	const base = next.replace(/(?:es|s|ed|d)$/, '');
	if (lexiconTags(base).some((t) => t === 'Infinitive' || t === 'Verb')) return false;
	// A plural the lexicon does not know, of a base it does not know either, closing the clause
	// ("Russian-stolen Democratic Party emails."): a noun; a verb in -s takes an object or an adverb.
	if (/[^s]s$/.test(next) && lexiconTags(base).length === 0 && /^[.,;:!?)”"]+(?:\s|$)/u.test(after.replace(/^\s+/, '').slice(next.length))) return true;
	return lexiconTags(lemma(next)).some((t) => t === 'Singular' || t === 'Actor') || PERSON_ENDING.test(lemma(next));
}

/** Is `next` (with its lexicon `tags`) an adjective whose next word in `after` is a noun? */
function isAdjectiveBeforeNoun(next: string, tags: readonly string[], after: string): boolean {
	if (/(?:ed|ing|ly)$/.test(next) || RANKING.has(next) || TEMPORAL.has(next)) return false;
	const adjective = tags.length > 0 ? tags.includes('Adjective') && !tags.some((t) => t === 'Adverb' || t === 'PastTense' || t === 'PresentTense') : /(?:al|ic|ive|ous|ary)$/.test(next);
	if (!adjective) return false;
	const noun = /^\s+\p{Ll}[\p{Ll}-]*\s+(\p{Ll}[\p{Ll}-]{2,})/u.exec(after)?.[1];
	if (!noun) return false;
	const nounTags = lexiconTags(noun);
	return nounTags.length > 0 ? nounTags.some((t) => t === 'Singular' || t === 'Plural' || t === 'Actor') : !/(?:ed|ly|ing)$/.test(noun);
}

// Determiners of an indefinite noun phrase: "a foreign leader Trump hates", "one failed president
// Trump is honored to call his friend" are a noun and a relative clause whose subject is the name;
// a close apposition ("the billionaire Donald Trump", "President Trump") is definite or bare.
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'any', 'no', 'every', 'each', 'some', 'many', 'several']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
// Auxiliaries and copulas: after "the leader Trump" they say nothing of a gap after the verb.
const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'does', 'did', 'do']);
// Verbs that report speech with a clause after them ("the billionaire Trump said ..."): no gap.
const SPEECH = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'tweeted', 'tweets', 'announced', 'announces', 'declared', 'insisted', 'argued', 'claimed', 'noted', 'warned', 'explained', 'replied', 'responded', 'asked', 'stated']);

/** The noun phrase's determiner: its first word, else the nearest word before it in `before` (the descriptor may start after it). */
function determinerOf(tokens: Token[], before: string): string | null {
	for (const t of tokens) {
		if (t.name) break;
		if (INDEFINITE.has(t.lower) || DEFINITE.has(t.lower) || isPossessive(t) || POSSESSIVES.has(t.lower)) return t.lower;
	}
	// Lowercase words between it and the phrase are its other premodifiers ("one failed", "the global testing").
	const words = before.split(/\s+/).filter(Boolean).slice(-4).reverse();
	for (const w of words) {
		if (/[,.;:!?)\]”"]$/u.test(w)) break;
		const lower = w.toLowerCase();
		if (INDEFINITE.has(lower) || DEFINITE.has(lower)) return lower;
		if (PREPOSITIONS.has(lower) || OPENERS.has(lower) || !/^\p{Ll}[\p{Ll}-]*$/u.test(w)) break;
	}
	return null;
}

const isVerbForm = (word: string) => {
	const tags = lexiconTags(word);
	if (tags.some((t) => t === 'PastTense' || t === 'PresentTense')) return true;
	if (tags.some((t) => t === 'Adjective' || t === 'Singular' || t === 'Actor' || t === 'Preposition' || t === 'Conjunction' || t === 'Adverb' || t === 'Determiner')) return false;
	return /\p{Ll}(?:ed|es|s)$/u.test(word) && !/(?:ss|us|is)$/.test(word);
};

/**
 * Does the name that ends the phrase open a relative clause on the noun before it, rather than
 * stand beside that noun as a close apposition? "a foreign leader Trump hates", "the federal judge
 * Trump accused of bias": the noun is the clause's object, someone else. Indefinite: any verb after
 * the name. Definite: a one-word name (the entity already named), a verb of its own after it that
 * takes an object (not an auxiliary, not "said"), and that object missing: a clause break, a
 * preposition or "it" (the gap). `before` and `after` are the text on each side of the phrase.
 */
export function nameOpensClause(before: string, phrase: string, after: string, subject: Subject): boolean {
	const tokens = namedTokens(phrase, subject.names);
	const end = tokens.length - 1;
	if (end < 0 || !tokens[end].name || isPossessive(tokens[end])) return false;
	let first = end;
	while (first > 0 && tokens[first - 1].name) first--;
	const noun = tokens[first - 1];
	// The noun the clause would qualify is a lowercase word ("a President Trump" is a title).
	if (!noun || isCapitalised(noun) || noun.quoted) return false;
	const m = /^\s+(\p{Ll}[\p{Ll}’'-]*)(.{0,24})/u.exec(after);
	if (!m) return false;
	const [, verb, rest] = m;
	if (PREPOSITIONS.has(verb) || RELATIVES.has(verb) || (OPENERS.has(verb) && !AUXILIARIES.has(verb))) return false;
	const det = determinerOf(tokens.slice(0, first), before);
	if (det !== null && INDEFINITE.has(det)) return AUXILIARIES.has(verb) || isVerbForm(verb);
	if (det === null || !DEFINITE.has(det) || first !== end) return false;
	if (AUXILIARIES.has(verb) || SPEECH.has(verb) || !isVerbForm(verb)) return false;
	const following = /^\s*([^\s]*)/u.exec(rest)![1].replace(/[’']s$/, '');
	return following === '' || /^[,.;:!?)—–-]/u.test(rest.trimStart()) || PREPOSITIONS.has(following.toLowerCase()) || /^(?:it|as|to|so)$/i.test(following) || /\p{Ll}ly$/u.test(following);
}

// Words after which a bare word is a verb, not a title: "to", a modal or auxiliary, a subject
// pronoun ("will host Trump", "to fact-check Trump", "we judge Trump").
const VERB_BEFORE = new Set(['to', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'did', 'does', 'do', 'didn’t', "didn't", 'don’t', "don't", 'won’t', "won't", 'cannot', 'i', 'we', 'you', 'they']);

/**
 * Does the phrase open with a verb that governs the name rather than a title that describes it?
 * True when its first word is lowercase and comes after "to", a modal or a subject pronoun in the
 * text before it ("will host Trump", "to fact-check Trump"), except a title after "to" ("a threat to
 * leader Kim").
 */
export function opensWithVerb(before: string, phrase: string): boolean {
	const first = /^\s*(\p{Ll}[\p{Ll}’'-]*)\s/u.exec(phrase)?.[1];
	if (!first || DETERMINERS.has(first) || POSSESSIVES.has(first)) return false;
	const prev = /(\S+)\s+$/u.exec(before)?.[1]?.toLowerCase();
	if (!prev || !VERB_BEFORE.has(prev)) return false;
	return prev !== 'to' || !TITLES.has(first);
}
