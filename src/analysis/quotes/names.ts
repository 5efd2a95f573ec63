// Named speakers near a cue verb: the entity tagger's mentions first, then capitalised name-like
// runs as a fallback (a lone surname such as "Okafor said" is often missed by taggers).
import type {RawMention} from '../mentions.js';
import {GROUP_ADJECTIVES, NON_NAME_WORDS, PERSON_ROLES, TITLES as TITLE_WORDS, lexiconTags} from '../entities/lexicon.js';
import {pluralCommonNoun} from '../entities/common-words.js';

export type NameKind = 'person' | 'organization' | 'unknown';

export interface NameHit {
	name: string;
	start: number;
	end: number;
	kind: NameKind;
	/** Tagged as a place: a speaker only when it stands alone as the subject ("Moscow said"). */
	place?: boolean;
}

// Capitalised words that open sentences or name times, not speakers.
const NOT_NAMES = new Set(
	(
		'The A An In On At By For From With Without And But Or So Yet If When While After Before Since As This That These Those ' +
		'There Here It Its He She They We I You His Her Their Our My Your Who What Where Why How Meanwhile However Also Earlier ' +
		'Later Last Next Now Then Still Some Many Most All No Not One Two Both Such Other Another According Despite During ' +
		'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
		'September October November December Mr Mrs Ms Dr Sheikh Secretary-General President Prime Minister Foreign ' +
		'Speaking Asked Expressing Commenting Regarding Surprisingly Ultimately Similar Summing ' +
		// Month abbreviations ("on Nov. 11, Obi said") and words that open sentences, not names.
		'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Just Only Even Indeed Instead Perhaps Overall Yet ' +
		'Three Four Five Six Seven Eight Nine Ten Several Few Each Every Any'
	).split(/\s+/),
);

const TITLES = new Set(
	'Sheikh Sheik Imam Ayatollah President Minister Secretary-General Secretary General Gen Col Maj Capt Lt Sgt Dr Mr Mrs Ms Prof Rev Sen Rep Gov Judge King Queen Prince Princess Emir Sultan Chancellor Premier Commander Chief Director Spokesman Spokeswoman Ambassador Adviser Advisor Mayor Governor Senator Representative Congressman Congresswoman'.split(' '),
);

const PARTICLE = "(?:(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu|abd|bint|de|da|del|della|di|du|van|von|der|den|la|le)[-‑ ])";
const CAP_WORD = "\\p{Lu}[\\p{L}\\p{M}’'.-]*";
const NAME_RUN = new RegExp(`(?<![\\p{L}\\p{M}’'-])(?:${PARTICLE}?${CAP_WORD})(?:\\s+${PARTICLE}?${CAP_WORD})*`, 'gu');

// What the lexicon says a capitalised word is when it is no name: a sentence opens with it
// ("Critics said", "Turning to …", "Though …", "Americans say"), and it speaks for nobody in particular.
// Adjectives and past tenses stay out: they are surnames too often ("Young", "Black").
const COMMON_WORD_TAG = /^(?:Plural|Conjunction|Preposition|Pronoun|Determiner|Gerund|Demonym|Adverb|Infinitive|QuestionWord)$/;

/** A lone capitalised word the lexicon knows as a common word, never as a name. */
function commonWord(name: string): boolean {
	if (/\s/.test(name)) return false;
	const lower = name.toLowerCase().replace(/’/g, "'");
	if (NON_NAME_WORDS.has(lower) || NON_NAME_WORDS.has(name.toLowerCase()) || GROUP_ADJECTIVES.has(lower)) return true;
	// A lone title or role noun ("Justice said", "Speaker told"): whose, the text does not say here.
	if (TITLE_WORDS.has(lower) || PERSON_ROLES.has(lower)) return true;
	const tags = lexiconTags(lower);
	return tags.some(t => COMMON_WORD_TAG.test(t)) && !tags.some(t => /Name|Person|Organization|Country|City|Place|Region/.test(t));
}

function fallbackNames(body: string, from: number, to: number, mentions: RawMention[]): NameHit[] {
	// A plural that is also someone's surname here ("Bill Gates … Gates said") stays a name.
	const surnameHere = (word: string): boolean => mentions.some(m => m.type === 'person' && (m.name || m.text).endsWith(` ${word}`));
	const out: NameHit[] = [];
	const slice = body.slice(from, to);
	NAME_RUN.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = NAME_RUN.exec(slice))) {
		let text = m[0];
		let offset = m.index;
		// Drop leading sentence words ("The", "Meanwhile") and trailing possessives.
		const parts = text.split(/(\s+)/);
		while (parts.length > 0 && NOT_NAMES.has(parts[0])) {
			offset += parts[0].length + (parts[1]?.length ?? 0);
			parts.splice(0, 2);
		}
		// Titles inside a run separate names: "Movement Sheikh Ada Obi" holds "Ada Obi".
		let piece = '';
		let pieceStart = offset;
		let cursor = offset;
		const flush = (): void => {
			const name = piece.replace(/[’']s$|[.’'-]+$/u, '').trimEnd();
			if (name && !NOT_NAMES.has(name) && !((commonWord(name) || pluralCommonNoun(name, body)) && !surnameHere(name))) out.push({name, start: from + pieceStart, end: from + pieceStart + name.length, kind: 'unknown'});
			piece = '';
		};
		for (const part of parts) {
			if (/^\s+$/.test(part)) {
				if (piece) piece += part;
			} else if (TITLES.has(part.replace(/\.$/, ''))) {
				flush();
			} else {
				if (!piece) pieceStart = cursor;
				piece += part;
			}
			cursor += part.length;
		}
		flush();
	}
	return out;
}

// The head noun that ends an organisation's name ("Foreign Ministry", "Popular Mobilization Forces").
const BODY_HEAD = /\b(?:Ministry|Office|Council|Agency|Movement|Party|Forces|Army|Guards|Corps|Brigades?|Front|Committee|Authority|Organi[sz]ation|Department|Government|Embassy|Commission|Presidency|Cabinet|Bureau|Parliament|Assembly)$/u;
const NAME_WORD = /^\p{Lu}[\p{Ll}’'-]+$|^(?:al|el|bin|ibn|abu|abd)-\p{Lu}[\p{Ll}’'-]+$/u;

/**
 * "Spokesman for the Foreign Ministry Ada Obi Tomas": a tagger that runs the body's name into the
 * person's gives one organisation; the person after its head noun is who speaks. Two to four name
 * words must follow the head, none of them another organisation word.
 */
function personAfterBody(hit: NameHit, body: string): NameHit {
	if (hit.kind !== 'organization') return hit;
	const text = body.slice(hit.start, hit.end);
	const words = [...text.matchAll(/\S+/g)];
	for (let i = 1; i < words.length; i++) {
		if (!BODY_HEAD.test(text.slice(0, words[i - 1].index! + words[i - 1][0].length))) continue;
		const tail = words.slice(i);
		if (tail.length < 2 || tail.length > 4 || !tail.every(w => NAME_WORD.test(w[0]) && !BODY_HEAD.test(w[0]))) return hit;
		const start = hit.start + tail[0].index!;
		return {name: body.slice(start, hit.end), start, end: hit.end, kind: 'person'};
	}
	return hit;
}

/** The people and organisations the tagger found within body[from, to), in the order namesIn gives them. */
export function taggedNamesIn(body: string, from: number, to: number, mentions: RawMention[]): NameHit[] {
	return tagged(body, from, to, mentions).sort((a, b) => a.start - b.start);
}

function tagged(body: string, from: number, to: number, mentions: RawMention[]): NameHit[] {
	// "Opponents said": a plural common noun the tagger took for a name speaks for no one in particular.
	const surnameHere = (word: string): boolean => mentions.some(m => m.type === 'person' && (m.name || m.text).endsWith(` ${word}`));
	return mentions
		.filter(m => m.field === 'body' && m.start >= from && m.end <= to && (m.type === 'person' || m.type === 'organization'))
		.filter(m => !(pluralCommonNoun(m.name || m.text, body) && !surnameHere(m.name || m.text)))
		.map(m => personAfterBody({name: m.name || m.text, start: m.start, end: m.end, kind: m.type as NameKind}, body));
}

/** Names within body[from, to): tagged mentions, plus untagged capitalised runs. */
export function namesIn(body: string, from: number, to: number, mentions: RawMention[]): NameHit[] {
	const named = tagged(body, from, to, mentions);
	// Places are kept (taggers mistype transliterated names as places, and "Moscow said" happens),
	// marked, so that the speaker step can refuse a place inside a phrase ("Cornyn (R-Texas)").
	const places: NameHit[] = mentions
		.filter(m => m.field === 'body' && m.type !== 'person' && m.type !== 'organization' && m.start >= from && m.end <= to)
		.map(m => ({name: m.name || m.text, start: m.start, end: m.end, kind: 'unknown' as NameKind, place: true}));
	const known = [...named, ...places];
	const extra = fallbackNames(body, from, to, mentions).filter(f => !known.some(t => t.start < f.end && f.start < t.end));
	return [...known, ...extra].sort((a, b) => a.start - b.start);
}
