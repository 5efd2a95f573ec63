// Per-article entity extraction: name mentions (offsets into body or title), alias evidence found
// in the article itself ("Daesh (ISIS)", "better known as"), and descriptors. Pure and serialisable:
// it reads one Article and nothing else, so it can run in workers and be cached.
import type {Article} from '../corpus/types.js';
import type {EntityType} from './types.js';
import {splitSentences} from './sentences.js';
import {nlp} from './nlp.js';
import {sentenceStartOffsets, tokenize, type Token} from './entities/tokens.js';
import {
	ARTICLE_PREFIX,
	CONNECTORS,
	FOR_HEADS,
	INNER_PARTICLES,
	NAME_PARTICLES,
	NON_NAME_WORDS,
	ORG_HEADS,
	ORG_LEADS,
	PLACE_HEADS,
	PERSON_ROLES,
	THING_HEADS,
	TITLES,
	TITLE_ABBREVIATIONS,
	TITLE_MODIFIERS,
	lexiconTags,
} from './entities/lexicon.js';
import {addVotes, bestType, isFirstName, knownEntity, nameVotes, type Votes} from './entities/typing.js';
import {describe, type DescriptorKind} from './entities/descriptors.js';
import {isUpperStart, lower, lowercaseWords, wordAfterName, nameLike, TITLE_INITIALS, QUALIFIERS, INSTITUTIONS, ORDINALS, WEEKDAYS, isTitleWord, commonWord, isDemonym, headlineLines} from './entities/words.js';
import {cleanName, isAcronym, nameKey} from './names.js';
import {lowercaseWordIn, pluralCommonNoun} from './entities/common-words.js';

export interface RawMention {
	/** Cleaned name (no title, possessive or punctuation). */
	name: string;
	type: EntityType;
	field: 'body' | 'title';
	start: number;
	end: number;
	/** Surface text as printed. */
	text: string;
	/** Type evidence from the name and this context; summed over mentions when merging. */
	votes?: Votes;
	/** Preceded by a personal title ("President", "Sheikh"). */
	titled?: boolean;
	/** A lone capitalised word opening a sentence: weak evidence that it is a name at all. */
	initial?: boolean;
}

export interface ArticleMentions {
	mentions: RawMention[];
	/** Alias evidence found in this article ("Daesh (ISIS)"): pairs of names. */
	aliasPairs: Array<[string, string]>;
	descriptors: Array<{name: string; text: string; kind: DescriptorKind; start?: number}>;
}

interface Candidate {
	start: number;
	end: number;
	name: string;
	titled: boolean;
	initial: boolean;
	votes: Votes;
	headline: boolean;
	/** Start of a title phrase split off the name ("Secretary-General of X Sheikh"), for descriptors. */
	labelStart?: number;
}

const KIN_LEADS = ['abu', 'abd', 'abdul', 'bin', 'ibn'];

/**
 * "abu", "bin" and the like, in any case, which lead a name though written in lower case. Asked of
 * every token: a word of another length is none of them (only ASCII letters and the Kelvin sign
 * lower to ASCII, one code unit each), so most are answered without lowering them.
 */
function kinParticle(word: string): boolean {
	if (word.length < 3 || word.length > 5) return false;
	const l = lower(word);
	return NAME_PARTICLES.has(l) && KIN_LEADS.includes(l);
}

/** Runs of name-like tokens joined by single spaces, with particles and connectors inside. */
function runs(text: string, tokens: Token[]): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	let i = 0;
	// An abbreviated title runs on past its dot ("Sen. Joe Manchin"), so it is split off like "Senator".
	const joined = (a: Token, b: Token): boolean =>
		(b.start === a.end + 1 && text.charCodeAt(a.end) === 32) ||
		(b.start === a.end + 2 && text.charCodeAt(a.end) === 46 && text.charCodeAt(a.end + 1) === 32 && TITLE_ABBREVIATIONS.has(lower(a.text)) && isUpperStart(b.text));
	while (i < tokens.length) {
		if (!nameLike(tokens[i]) && !(kinParticle(tokens[i].text) && tokens[i + 1] && nameLike(tokens[i + 1]))) {
			i++;
			continue;
		}
		let j = i;
		let connected = false;
		// A possessive ends a name: "Lebanon’s al-Mayadeen" is two names.
		while (j + 1 < tokens.length && joined(tokens[j], tokens[j + 1]) && !/[’']s$/u.test(tokens[j].text)) {
			const next = tokens[j + 1];
			if (nameLike(next)) {
				j++;
				continue;
			}
			const l = lower(next.text);
			// Particles inside a name: "Osama bin Laden", "Ludwig van Beethoven".
			if (INNER_PARTICLES.has(l) && tokens[j + 2] && joined(next, tokens[j + 2]) && nameLike(tokens[j + 2])) {
				j += 2;
				continue;
			}
			// "Committee of the Iraqi Resistance", "Secretary of State": connectors after a head word.
			const head = lower(tokens[j].text);
			const headOk = l === 'for' ? FOR_HEADS.has(head) : ORG_HEADS.has(head) || ORG_LEADS.has(head) || PLACE_HEADS.has(head) || TITLES.has(head) || head === 'republic' || head === 'kingdom';
			if (CONNECTORS.has(l) && headOk) {
				let k = j + 2;
				if (tokens[k] && lower(tokens[k].text) === 'the' && joined(tokens[k - 1], tokens[k])) k++;
				if (tokens[k] && joined(tokens[k - 1], tokens[k]) && nameLike(tokens[k])) {
					j = k;
					connected = true;
					continue;
				}
			}
			// "Centers for Disease Control and Prevention", "Bill and Melinda Gates Foundation": "and" inside
			// an organisation's name, after "of"/"for" or when the words after it end in a head noun.
			if (l === 'and' && tokens[j + 2] && joined(next, tokens[j + 2]) && nameLike(tokens[j + 2]) && j - i < 4) {
				let m = j + 2;
				while (m + 1 < tokens.length && joined(tokens[m], tokens[m + 1]) && nameLike(tokens[m + 1]) && !/[’']s$/u.test(tokens[m].text)) m++;
				// Before a head noun, "and" joins one word ("Bill and Melinda ...") or words after a country
				// ("U.S. Fish and Wildlife Service"), not two names ("Qasem Soleimani and the X Forces").
				const lead = /^the$/i.test(tokens[i].text) ? i + 1 : i;
				const shortLead = j === lead || (j === lead + 1 && (isAcronym(tokens[lead].text) || knownEntity(tokens[lead].text) !== undefined));
				if (connected || (shortLead && ORG_HEADS.has(lower(tokens[m].text)))) {
					j = m;
					continue;
				}
			}
			break;
		}
		out.push([i, j]);
		i = j + 1;
	}
	return out;
}

// Prepositions and conjunctions capitalised before a name, as a sentence or a headline opens ("Under
// Obama, the deficit rose"; "With Ada Obi at the Helm"): closed-class words of English, never a
// name's first word.
const OPENING_FUNCTION_WORDS = new Set(
	'under as with in on at by from after before like unlike than for to over against without since until during through despite amid among behind beyond within about into upon via toward towards if when while although though because and but or so nor unless whether once per'.split(' '),
);

/**
 * One run of capitalised tokens cut where it glues several names together, as scraped pages do
 * with link lists and bylines: before a token that repeats one of the run ("Julian Ada Obi Obi",
 * "Ada Obi Ada Obi Lindqvist" → "Ada Obi" | "Ada Obi" | "Lindqvist"), and after a word with
 * digits glued on ("Obi2020 Democrats" → "Obi"). A name that doubles a single word ("Abdullah
 * Abdullah") stays whole.
 */
export function splitRun(toks: Token[]): Token[][] {
	const out: Token[][] = [];
	let seg: Token[] = [];
	const flush = (): void => {
		if (seg.length > 0) out.push(seg);
		seg = [];
	};
	for (const t of toks) {
		const glued = /^(\p{L}[\p{L}’'.-]*?\p{Ll})\d+$/u.exec(t.text);
		if (glued) {
			seg.push({...t, text: glued[1], end: t.start + glued[1].length});
			flush();
			continue;
		}
		// A word doubled in place ("Abdullah Abdullah") is a name; after a given name and a surname it is a repeat.
		const adjacent = seg.at(-1)?.text === t.text;
		if (seg.length >= 2 && t.text.length >= 2 && seg.some((s) => s.text === t.text) && (!adjacent || isFirstName(seg.at(-2)!.text))) flush();
		seg.push(t);
		// The repeat of the whole previous segment is a name of its own ("Ada Obi" again), then what follows.
		const before = out.at(-1);
		if (before && before.length >= 2 && seg.length === before.length && seg.every((s, k) => s.text === before[k].text)) flush();
	}
	flush();
	return out;
}

/**
 * Words that read as a person's full name with no help from the lexicon: two to four capitalised
 * words or initials, none a title, a particle, a connector or a common word of the article, none
 * ending a name of an organisation, a place or a thing ("Dhu Okafor", "E.W. Okafor", not "National
 * Committee", "Political Bureau" or "al-Nujaba").
 */
function personLike(toks: Token[], lowerWords: Set<string>): boolean {
	if (toks.length < 2 || toks.length > 4) return false;
	const last = lower(toks[toks.length - 1].text);
	if (ORG_HEADS.has(last) || PLACE_HEADS.has(last) || THING_HEADS.has(last)) return false;
	const whole = toks.map((t) => t.text).join(' ');
	if (knownEntity(whole) || lexiconTags(lower(whole)).length > 0) return false;
	const shaped = toks.every((t, i) => {
		const l = lower(t.text);
		if (!/^\p{Lu}[\p{L}.’'-]*$/u.test(t.text) || isTitleWord(t.text) || TITLE_MODIFIERS.has(l) || NAME_PARTICLES.has(l) || CONNECTORS.has(l) || ARTICLE_PREFIX.test(t.text)) return false;
		if (/^(?:\p{Lu}\.)+$/u.test(t.text)) return i < toks.length - 1;
		return !commonWord(t.text, lowerWords) || lexiconTags(l).some((x) => /Name|Person/.test(x));
	});
	if (!shaped) return false;
	// The tagger reads no word of it as an adjective or an organisation ("Intergovernmental Panel").
	const terms = (nlp()(whole).json() as Array<{terms?: Array<{tags?: string[]}>}>).flatMap((d) => d.terms ?? []);
	return !terms.some((t) => (t.tags ?? []).some((x) => x === 'Adjective' || x === 'Organization'));
}

// Capitalised role nouns that are no title of their own but label the person after them inside a
// run ("White House Counsel Ada Obi", "CNN Legal Analyst Ada Obi", "PM Ada Obi").
const RUN_ROLES = new Set(['counsel', 'administrator', 'sheriff', 'agent', 'contributor', 'pm', 'vp', 'ig', 'democrat', 'republican']);

/**
 * A role noun at `k` of a run, mid-run, before a given name and at least one more word: a label
 * of the person named after it, which the name does not include ("Massachusetts Democrat Ada Obi").
 */
function roleBeforeName(toks: Token[], k: number): boolean {
	if (k + 2 >= toks.length) return false;
	const l = lower(toks[k].text);
	return (PERSON_ROLES.has(l) || RUN_ROLES.has(l)) && /^\p{Lu}/u.test(toks[k].text) && isFirstName(toks[k + 1].text);
}

const KIN_PARTICLES = new Set(['abu', 'umm', 'um', 'bin', 'ibn', 'bint', 'abd', 'abdul', 'abdel']);

/**
 * Where a person's name starts after an organisation's head noun inside one run ("Popular
 * Mobilization Commission | Falih al-Fayyadh", "Badr Organization | Hadi al-Amiri"), or -1. The
 * rest must read as a person's name of two to four words: a given name first, or the shape of an
 * Arabic name (a kin word such as "Abu", or an "al-" surname after a first word), and no group's
 * name of its own (no head noun or group word at either end).
 */
function personAfterGroup(toks: Token[]): number {
	for (let k = 1; k + 2 < toks.length; k++) {
		if (!ORG_HEADS.has(lower(toks[k].text)) || !/^\p{Lu}\p{Ll}/u.test(toks[k].text)) continue;
		const rest = toks.slice(k + 1);
		if (rest.length < 2 || rest.length > 4) continue;
		const first = lower(rest[0].text);
		const last = lower(rest[rest.length - 1].text);
		if (ORG_HEADS.has(last) || ORG_LEADS.has(first) || THING_HEADS.has(last) || PLACE_HEADS.has(last) || isTitleWord(rest[0].text)) continue;
		const arabic = KIN_PARTICLES.has(first) || rest.slice(1).some((t) => ARTICLE_PREFIX.test(t.text));
		if (isFirstName(rest[0].text) || arabic) return k + 1;
	}
	return -1;
}

function extractCandidates(text: string, titleLike: boolean): Candidate[] {
	const sentences = splitSentences(text);
	const starts = sentenceStartOffsets(text, sentences.map((s) => s.start));
	const tokens = tokenize(text, starts);
	const lowerWords = lowercaseWords(text);
	const heads = titleLike ? [[0, text.length] as [number, number]] : headlineLines(text);
	const inHeadline = (pos: number): boolean => heads.some(([a, b]) => pos >= a && pos < b);
	const out: Candidate[] = [];
	// Does a capitalised word and a space come before `name` somewhere (`/\p{Lu}\p{Ll}+\s${name}\b/u`)?
	// Asked of lone plural words (letters only); an article repeats its names: one answer per name.
	const endings = new Map<string, boolean>();
	const fullNameEndsWith = (name: string): boolean => {
		let known = endings.get(name);
		if (known === undefined) endings.set(name, (known = wordAfterName(text, name)));
		return known;
	};

	const emit = (toks: Token[], opts: {titled: boolean; initial: boolean; labelStart?: number}): void => {
		// Drop determiners, demonyms and stray titles at the edges.
		let a = 0;
		let b = toks.length - 1;
		// An ordinal before a single head word is part of the name ("First Street", "Second Amendment").
		const ordinalName = b === a + 1 && ORDINALS.has(lower(toks[a].text)) && (PLACE_HEADS.has(lower(toks[b].text)) || ORG_HEADS.has(lower(toks[b].text)) || THING_HEADS.has(lower(toks[b].text)));
		while (!ordinalName && a <= b && (/^(?:the|a|an)$/i.test(toks[a].text) || (b > a && NON_NAME_WORDS.has(lower(toks[a].text))))) a++;
		// A weekday after a name is the date of the news ("recalled ambassador Philippe Etienne Friday").
		while (b > a && WEEKDAYS.test(toks[b].text)) b--;
		const endsWithOrgHead = b >= a && ORG_HEADS.has(lower(toks[b].text));
		while (a <= b && !endsWithOrgHead && isDemonym(toks[a].text) && !knownEntity(toks[a].text)) a++;
		while (a <= b && (CONNECTORS.has(lower(toks[b].text)) || NAME_PARTICLES.has(lower(toks[b].text)) || /^the$/i.test(toks[b].text))) b--;
		while (a <= b && (CONNECTORS.has(lower(toks[a].text)) || /^the$/i.test(toks[a].text) || (NAME_PARTICLES.has(toks[a].text) && !['abu', 'abd', 'abdul', 'bin', 'ibn'].includes(toks[a].text)))) a++;
		if (a > b) return;
		const part = toks.slice(a, b + 1);
		let start = part[0].start;
		let end = part[part.length - 1].end;
		let surface = text.slice(start, end);
		// A name may quote part of itself: “Sayyid al-Shuhada” Brigades.
		const quoted = /^” (\p{Lu}\p{Ll}+)/u.exec(text.slice(end, end + 30));
		if (quoted && text[start - 1] === '“' && ORG_HEADS.has(lower(quoted[1]))) {
			start -= 1;
			end += 2 + quoted[1].length;
			surface = text.slice(start, end);
		}
		// Possessive: "Iraq’s" → "Iraq".
		const poss = /[’']s$/u.exec(surface);
		if (poss && part.length >= 1) {
			end -= 2;
			surface = text.slice(start, end);
		}
		const name = cleanName(surface);
		if (name === '' || !/\p{L}{2}/u.test(name)) return;
		const single = part.length === 1;
		const l = lower(name);
		if (single) {
			// "(R-Virginia)": a party-and-state label.
			if (/^[RDI]-\p{Lu}/u.test(name)) return;
			// A shouted common word ("ATTACKER") is not an acronym.
			if (/^\p{Lu}{4,}$/u.test(name) && (lowerWords.has(l) || (lexiconTags(l).length > 0 && !lexiconTags(l).some((t) => /Organization|Place|Country|City|Region|Person|Name/.test(t))))) return;
			const institution = !opts.initial && INSTITUTIONS.has(l) && /^\p{Lu}\p{Ll}+$/u.test(name);
			if (!institution && (NON_NAME_WORDS.has(l) || isDemonym(name) || isTitleWord(name) || TITLE_MODIFIERS.has(l) || ORG_HEADS.has(l) || PLACE_HEADS.has(l))) return;
			if (lexiconTags(l).some((t) => t === 'Month' || t === 'WeekDay' || t === 'Pronoun' || t === 'Determiner')) return;
			// "Opponents said", "Retailers warn": a plural common noun, unless a full name here ends with it ("Bill Gates").
			if (!isAcronym(name) && pluralCommonNoun(name, text) && !fullNameEndsWith(name)) return;
			if (opts.initial && !knownEntity(name) && !ARTICLE_PREFIX.test(name) && commonWord(name, lowerWords)) return;
			if (!institution && !opts.initial && !isAcronym(name) && !knownEntity(name) && !ARTICLE_PREFIX.test(name) && commonWord(name, lowerWords) && !lexiconTags(l).some((t) => /Name|Person|Place|Country|City|Region|Organization/.test(t))) {
				// Mid-sentence capitals of words used lowercase in the same article ("Resistance") are emphasis.
				return;
			}
		} else if (part.every((t) => isTitleWord(t.text) || TITLE_MODIFIERS.has(lower(t.text)) || CONNECTORS.has(lower(t.text)) || isDemonym(t.text) || NON_NAME_WORDS.has(lower(t.text)))) {
			return;
		}
		const headline = inHeadline(start);
		const votes = nameVotes(name);
		if (opts.titled) addVotes(votes, {person: 5});
		else if (single && INSTITUTIONS.has(l)) addVotes(votes, {organization: 4});
		out.push({start, end, name, titled: opts.titled, initial: opts.initial && single, votes, headline, ...(opts.labelStart !== undefined ? {labelStart: opts.labelStart} : {})});
	};

	for (const segment of runs(text, tokens).flatMap(([i, j]) => splitRun(tokens.slice(i, j + 1)))) {
		let toks = segment;
		const initial = toks[0].sentenceStart;
		// A sentence-opening function word is not part of the name ("After Qasim ...", "Under Obama").
		if (toks.length > 1 && OPENING_FUNCTION_WORDS.has(lower(toks[0].text))) toks = toks.slice(1);
		if (initial && toks.length > 1 && (/^(?:the|a|an)$/i.test(toks[0].text) || commonWord(toks[0].text, new Set()) && !isTitleWord(toks[0].text) && !isDemonym(toks[0].text) && lexiconTags(lower(toks[0].text)).some((t) => /Preposition|Conjunction|Adverb|Pronoun|QuestionWord|Determiner|Copula|Modal|Possessive|PastTense|PresentTense|Infinitive/.test(t)))) {
			toks = toks.slice(1);
		}
		// "Journalist Nikole Hannah-Jones said": a role noun capitalised only because it opens the
		// sentence (or stands in a headline), before a name, is a label, not part of the name. The
		// given name need not be a known one ("Nikole"); a name ending in an organisation's head
		// ("Editor Media Group") is the organisation's.
		const nameAfterRole = isFirstName(toks[1]?.text ?? '') || !ORG_HEADS.has(lower(toks[toks.length - 1].text));
		if (toks.length > 2 && (initial || inHeadline(toks[0].start)) && PERSON_ROLES.has(lower(toks[0].text)) && !isTitleWord(toks[0].text) && nameAfterRole) {
			emit(toks.slice(1), {titled: true, initial: false, labelStart: toks[0].start});
			continue;
		}
		// "Secretary-General of the X Brigades": a role of an organisation, not a name.
		// A group's name may hold an honorific ("of the Sayyid al-Shuhada Brigades", "of the “Sayyid al-Shuhada” Brigades").
		const quotedHead = /^[”"] (\p{Lu}\p{Ll}+)/u.exec(text.slice(toks[toks.length - 1].end, toks[toks.length - 1].end + 30));
		const groupAfter = ORG_HEADS.has(lower(toks[toks.length - 1].text)) || (quotedHead !== null && ORG_HEADS.has(lower(quotedHead[1])));
		if (toks.length > 2 && isTitleWord(toks[0].text) && CONNECTORS.has(lower(toks[1].text)) && (groupAfter || !toks.slice(2).some((t) => isTitleWord(t.text)))) {
			// "Secretary of Defense James Mattis": the role's office, then the person from a given name on;
			// "Secretary-General of the Badr Organization Hadi al-Amiri": the group, then the person.
			const given = toks.findIndex((t, k) => k > 2 && k < toks.length - 1 && isFirstName(t.text));
			const person = personAfterGroup(toks.slice(2));
			if (person > 0) {
				emit(toks.slice(2, 2 + person), {titled: false, initial: false});
				emit(toks.slice(2 + person), {titled: true, initial: false, labelStart: toks[0].start});
			} else if (given > 0 && !groupAfter) {
				emit(toks.slice(2, given), {titled: false, initial: false});
				emit(toks.slice(given), {titled: true, initial: false, labelStart: toks[0].start});
			} else emit(toks.slice(2), {titled: false, initial: false});
			continue;
		}
		// "Democrat Bernie Sanders", "Republican Mark Harris": a party or a people before a given name,
		// or a party before a name the lexicon does not know ("Republican Dhu Okafor", "E.W. Okafor").
		const partyWord = knownEntity(toks[0].text)?.type === 'organization' && !isFirstName(toks[0].text);
		if (toks.length > 2 && ((partyWord || isDemonym(toks[0].text)) && isFirstName(toks[1].text) && !isFirstName(toks[0].text) || (partyWord && personLike(toks.slice(1), lowerWords)))) {
			if (knownEntity(toks[0].text)) emit(toks.slice(0, 1), {titled: false, initial});
			emit(toks.slice(1), {titled: false, initial: false, labelStart: toks[0].start});
			continue;
		}
		// "the head of the Popular Mobilization Commission Falih al-Fayyadh": a group's name, then the
		// name of the person it introduces, with no title between them.
		const person = personAfterGroup(toks);
		if (person > 0) {
			emit(toks.slice(0, person), {titled: false, initial});
			emit(toks.slice(person), {titled: false, initial: false, labelStart: toks[0].start});
			continue;
		}
		// Titles split a run: "US President Joe Biden" → "US" | title | "Joe Biden".
		let lastTitle = -1;
		for (let k = 0; k < toks.length - 1; k++) if (isTitleWord(toks[k].text) || roleBeforeName(toks, k)) lastTitle = k;
		const whole = cleanName(text.slice(toks[0].start, toks[toks.length - 1].end));
		// "Kataib Sayyid al-Shuhada": a group's name (its first word says so) may hold an honorific before
		// an "al-" word ("master of the martyrs"); "House Speaker John Obi" is a title and a person.
		const honorificInGroup = lastTitle > 0 && ORG_LEADS.has(lower(toks[0].text)) && ARTICLE_PREFIX.test(toks[lastTitle + 1].text);
		const wholeIsOrg = groupAfter || honorificInGroup || knownEntity(whole) !== undefined || lexiconTags(lower(whole)).length > 0;
		if (lastTitle >= 0 && !wholeIsOrg) {
			let nameFrom = lastTitle + 1;
			// "Secretary of State Antony Blinken": the name starts at a first name after a connector.
			if (CONNECTORS.has(lower(toks[nameFrom].text))) {
				const first = toks.findIndex((t, k) => k > nameFrom && isFirstName(t.text));
				nameFrom = first > 0 ? first : Math.max(nameFrom + 1, toks.length - 2);
			}
			const prefix = toks.slice(0, nameFrom);
			// Names inside the title phrase: "US" in "US President", "al-Nujaba Movement" in "Secretary-General of ...".
			let seg: Token[] = [];
			const flush = (): void => {
				if (seg.length) emit(seg, {titled: false, initial: false});
				seg = [];
			};
			for (const [k, t] of prefix.entries()) {
				if (isTitleWord(t.text) || roleBeforeName(toks, k) || TITLE_MODIFIERS.has(lower(t.text)) || CONNECTORS.has(lower(t.text)) || /^the$/i.test(t.text)) flush();
				else seg.push(t);
			}
			flush();
			const personal = prefix.some((t, k) => (isTitleWord(t.text) && !QUALIFIERS.has(lower(t.text))) || roleBeforeName(toks, k));
			emit(toks.slice(nameFrom), {titled: personal, initial: false, labelStart: toks[0].start});
			continue;
		}
		emit(toks, {titled: false, initial});
	}
	return out;
}

/**
 * "KHAZALI: We will not allow it." at the start of a line: a transcript's speaker label, a person
 * (however the capitals make it look like an acronym), unless its words are ordinary ones or a
 * role ("HOST:", "NEWS ANALYSIS:").
 */
const TRANSCRIPT_ROLES = new Set(['host', 'interviewer', 'moderator', 'anchor', 'reporter', 'correspondent', 'caller', 'narrator', 'announcer', 'translator', 'interpreter', 'unidentified', 'voice', 'audience', 'crowd', 'question', 'answer', 'panelist', 'guest', 'speaker', 'male', 'female']);

const LABEL_LINE = /^[^\S\n]*(\p{Lu}[\p{Lu} .’'-]{1,40}):/gmu;

/** Words of a label that may be a name: no role, no ordinary word (of the lexicon, or in lower case in the text: "MYTH:", "the myth"). */
function nameLabel(text: string, label: string): boolean {
	return label
		.split(/\s+/)
		.map((w) => lower(w).replace(ARTICLE_PREFIX, ''))
		.every((l) => l.length >= 3 && !PERSON_ROLES.has(l) && !TRANSCRIPT_ROLES.has(l) && !NON_NAME_WORDS.has(l) && !lexiconTags(l).some((t) => !/Name|Person|ProperNoun/.test(t)) && !lowercaseWordIn(text, l));
}

/**
 * A transcript gives turns to several speakers: another speaker's label (a name, or a role such
 * as "HOST") opens a line too. Section labels ("ANALYSIS:", "STORY:", a list's "TARGET:") do not.
 */
function otherSpeaker(text: string, name: string): boolean {
	for (const m of text.matchAll(LABEL_LINE)) {
		const label = m[1].trim();
		// One label in the singular and the plural ("ATTACKER:", "ATTACKERS:") is a list's field, not two speakers.
		if (label.startsWith(name) || name.startsWith(label)) continue;
		if (label.split(/\s+/).every((w) => TRANSCRIPT_ROLES.has(lower(w)) || PERSON_ROLES.has(lower(w))) || nameLabel(text, label)) return true;
	}
	return false;
}

function transcriptSpeaker(text: string, c: Candidate): boolean {
	if (text[c.end] !== ':' || !/(?:^|\n)[^\S\n]*$/.test(text.slice(Math.max(0, c.start - 4), c.start))) return false;
	if (/\p{Ll}/u.test(c.name)) return false;
	return nameLabel(text, c.name) && otherSpeaker(text, c.name);
}

function contextVotes(text: string, c: Candidate): Votes {
	const votes: Votes = {};
	if (transcriptSpeaker(text, c)) votes.person = 3;
	const before = text.slice(Math.max(0, c.start - 24), c.start);
	const after = text.slice(c.end, c.end + 40);
	if (/\b(?:in|at|from|across|near|into|throughout|inside|outside)\s+(?:the\s+)?$/i.test(before) && !ARTICLE_PREFIX.test(c.name)) votes.place = 1;
	if (/^(?:[’']s?)?,?\s+(?:said|says|told|added|stressed|noted|warned|wrote|explained|argued|claimed|insisted|tweeted|asked|replied|recalled|announced)\b/.test(after)) votes.person = 1;
	if (/\b(?:spokes(?:man|woman|person) for|member of|members of|leader of|head of|chief of|founder of|affiliated with|part of)\s+(?:the\s+)?$/i.test(before)) votes.organization = 2;
	if (/^\s+(?:group|movement|militia|network|magazine|newspaper|channel|agency|party|organi[sz]ation|company|television|broadcaster|militias|forces|faction)\b/.test(after)) votes.organization = 3;
	if (/^(?:[’']s)?\s+(?:spokes(?:man|woman|person)|chief|leader|members?|official|officials|fighters)\b/.test(after) && !c.titled) votes.organization = (votes.organization ?? 0) + 1;
	if (/^(?:[’']s)?\s+(?:administration|wife|husband|son|daughter|campaign)\b/.test(after)) votes.person = (votes.person ?? 0) + 2;
	if (/\b(?:he|she|his|her)\b/i.test(after.slice(0, 20)) && /^,\s/.test(after)) votes.person = (votes.person ?? 0) + 0.5;
	// "commander Qasem Soleimani", "[Quds Force commander] Qasem Soleimani": a person's role before the name.
	const role = /(\p{Ll}[\p{Ll}-]+)\]?\s+$/u.exec(before);
	if (role && !c.titled && (TITLES.has(role[1]) || PERSON_ROLES.has(role[1]))) votes.person = (votes.person ?? 0) + 1;
	// "Santa Monica, California, resident", "Dayton, Ohio.": a town and the state or country it is in.
	const within = /^,\s+(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?|\p{Lu}\p{Ll}{1,4}\.)(?=\s*[,.;)]|\s*$)/u.exec(after);
	if (within && (/\.$/.test(within[1]) || lexiconTags(lower(within[1])).some((t) => t === 'Region' || t === 'Country'))) votes.place = (votes.place ?? 0) + 2;
	// "the state of Virginia", "northern Virginia", "Virginia Gov. Ralph Northam".
	if (/\b(?:state of|governor of|northern|southern|eastern|western|central|rural|suburban|downtown)\s+$/i.test(before)) votes.place = (votes.place ?? 0) + 1;
	if (/^\s+(?:Gov\.|Lt\. Gov\.|legislature|state (?:legislature|senator|lawmakers)|General Assembly|residents)/.test(after)) votes.place = (votes.place ?? 0) + 1;
	return votes;
}

const ALIAS_PHRASE = /^[)\]]?(?:\s*[(\[][^)\]\n]{1,40}[)\]])?\*?,?\s+(?:(?:better|also|commonly|widely|formerly|previously|otherwise)\s+)?known(?:\s+by\s+(?:the|its|their)\s+(?:\p{L}+\s+)?(?:name|acronym)s?)?\s+as\s+(?:the\s+)?$/iu;

/** Alias evidence inside one text: "Name (ALT)", "Name [ALT]", "X, better known as Y", "acronym for ‘A/B’". */
function aliasEvidence(text: string, cands: Candidate[]): Array<[string, string]> {
	const pairs: Array<[string, string]> = [];
	const byStart = new Map(cands.map((c) => [c.start, c]));
	for (let n = 0; n < cands.length; n++) {
		const c = cands[n];
		const after = text.slice(c.end, c.end + 160);
		// "Daesh (ISIS)", "Popular Mobilization Units [PMU]": the bracket holds exactly one name.
		const br = /^\s?[(\[]\s*[“"‘']?([^()\[\]\n]{2,60}?)[”"’']?\s*[)\]]/u.exec(after);
		if (br) {
			const innerStart = c.end + br[0].indexOf(br[1]);
			const inner = byStart.get(innerStart);
			// After a person the bracket holds a place, party or age ("Ilse Varga (Velmora)"), not another name.
			const person = c.titled || bestType(c.votes) === 'person';
			// "WASHINGTON (CNN) —": a dateline and its agency, not two names for one thing.
			const lineStart = /(?:^|\n)\s*$/.test(text.slice(Math.max(0, c.start - 40), c.start));
			const dateline = lineStart || /^\s*[—–-]/.test(after.slice(br[0].length));
			if (inner && !person && !dateline && inner.end === innerStart + br[1].length && !(c.votes.place && inner.votes.place && !isAcronym(inner.name))) {
				pairs.push([c.name, inner.name]);
			}
			// "[the Arabic acronym for ‘ISIS/ISIL’ terrorist group]".
			const gloss = /(?:acronym|abbreviation|short|name|stands?)\s+(?:for|of)\s+[“"‘']?([\p{Lu}][\p{L}\s./-]{1,60}?)[”"’']?(?:\s|$)/u.exec(br[1]);
			if (gloss) for (const alt of gloss[1].split('/')) if (alt.trim().length > 1) pairs.push([c.name, cleanName(alt)]);
		}
		// "X, better known (by the Arabic name) as Y" / "X, also known as Y".
		const next = cands[n + 1];
		if (next && next.start > c.end) {
			const between = text.slice(c.end, next.start);
			if (ALIAS_PHRASE.test(between)) pairs.push([c.name, next.name]);
		}
	}
	return pairs;
}

function analyseText(text: string, titleLike: boolean): {cands: Candidate[]; pairs: Array<[string, string]>} {
	const cands = extractCandidates(text, titleLike);
	for (const c of cands) addVotes(c.votes, contextVotes(text, c));
	return {cands, pairs: aliasEvidence(text, cands)};
}

/**
 * Headlines name people by surname ("Trump sues CEOs Dorsey, Zuckerberg"): the last words of people
 * the running text names in full (given name first), as candidates of their own.
 */
function surnamesOf(bodyCands: Candidate[]): Map<string, Candidate> {
	const out = new Map<string, Candidate>();
	for (const c of bodyCands) {
		const words = c.name.split(' ');
		const last = words[words.length - 1];
		if (words.length >= 2 && bestType(c.votes) === 'person' && isFirstName(words[0]) && /^\p{Lu}\p{Ll}{2,}$/u.test(last)) out.set(last, {...c, name: last, votes: {person: 1}, titled: false});
	}
	return out;
}

/**
 * Headline capitals do not mark names, so a title's mentions are the running text's names found in
 * it, plus candidates that are names on their own (known entities, acronyms, countries).
 */
function titleCandidates(title: string, cands: Candidate[], bodyCands: Candidate[], confirmed: (c: Candidate) => boolean): Candidate[] {
	const out: Candidate[] = cands.filter(confirmed);
	const taken = (s: number, e: number): boolean => out.some((c) => s < c.end && e > c.start);
	const bySurface = new Map<string, Candidate>();
	for (const c of bodyCands) if (!bySurface.has(c.name)) bySurface.set(c.name, c);
	for (const [last, c] of surnamesOf(bodyCands)) if (!bySurface.has(last)) bySurface.set(last, c);
	for (const [surface, c] of [...bySurface].sort((a, b) => b[0].length - a[0].length)) {
		let from = 0;
		for (;;) {
			const at = title.indexOf(surface, from);
			if (at < 0) break;
			from = at + surface.length;
			const before = title[at - 1] ?? ' ';
			const after = title[at + surface.length] ?? ' ';
			if (/[\p{L}\p{N}]/u.test(before) || /[\p{Ll}\p{N}]/u.test(after) || taken(at, at + surface.length)) continue;
			out.push({...c, start: at, end: at + surface.length, headline: true, labelStart: undefined});
		}
	}
	return out.sort((a, b) => a.start - b.start);
}

export function extractMentions(article: Article): ArticleMentions {
	const body = analyseText(article.body, false);
	const title = article.title ? analyseText(article.title, true) : {cands: [], pairs: []};
	// Headlines capitalise every word: trust their names only when the running text confirms them.
	const running = new Set(body.cands.filter((c) => !c.headline).map((c) => nameKey(c.name)));
	for (const last of surnamesOf(body.cands.filter((c) => !c.headline)).keys()) running.add(nameKey(last));
	const confirmed = (c: Candidate): boolean =>
		!c.headline || running.has(nameKey(c.name)) || knownEntity(c.name) !== undefined || isAcronym(c.name) || lexiconTags(lower(c.name)).some((t) => /Country|City|Region|Organization|Place/.test(t));
	if (article.title) title.cands = titleCandidates(article.title, title.cands, body.cands.filter((c) => !c.headline), confirmed);
	const mentions: RawMention[] = [];
	const descriptors: ArticleMentions['descriptors'] = [];
	const seenDescriptor = new Set<string>();
	for (const [list, field, text] of [
		[body.cands, 'body', article.body],
		[title.cands, 'title', article.title ?? ''],
	] as const) {
		for (const c of list) {
			if (!confirmed(c)) continue;
			mentions.push({
				name: c.name,
				type: bestType(c.votes),
				field,
				start: c.start,
				end: c.end,
				text: text.slice(c.start, c.end),
				votes: c.votes,
				...(c.titled ? {titled: true} : {}),
				...(c.initial ? {initial: true} : {}),
			});
			if (field !== 'body' || c.headline) continue;
			const type = bestType(c.votes);
			if (type === 'place') continue;
			for (const d of describe(text, c.start, c.end, type !== 'person', c.labelStart)) {
				const k = `${c.name}\u0000${d.text}`;
				if (seenDescriptor.has(k)) continue;
				seenDescriptor.add(k);
				descriptors.push({name: c.name, text: d.text, kind: d.kind, start: d.start});
			}
		}
	}
	const aliasPairs = [...body.pairs, ...title.pairs].filter(([a, b]) => a !== '' && b !== '' && nameKey(a) !== nameKey(b));
	return {mentions, aliasPairs, descriptors};
}
