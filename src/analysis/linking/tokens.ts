// Word tokens for comparing renderings: case, quote marks, apostrophes and inflection are noise
// when two outlets print (or translate) the same words, so they are normalised away here.

/** Function words: shared by every pair of English sentences, so they prove nothing. */
const STOPWORDS = new Set(
	(
		'a an the and or but nor so yet of to in on at by for with from into onto upon about as than then ' +
		'that this these those there here it its it\'s he she they we i you him her them us me our ours your ' +
		'his hers their theirs my mine who whom whose which what when where why how is are was were be been ' +
		'being am do does did done have has had having will would shall should can could may might must not ' +
		'no any all some each every both either neither such own same other another very too also just only ' +
		'even still again ever never now today if because while although though since until unless whether ' +
		'over under after before between against during without within through up down out off more most ' +
		'much many few less least one two s said says say saying told tell'
	).split(/\s+/),
);

/**
 * Common reporting-language synonyms that two translations of one utterance swap freely. General
 * English, not tied to any corpus; each group maps to its first member.
 */
const SYNONYM_GROUPS: string[][] = [
	['continue', 'remain', 'stay', 'keep'],
	['withdraw', 'withdrawal', 'pullout', 'pull', 'leave', 'exit', 'depart', 'departure'],
	['create', 'form', 'establish'],
	['fight', 'battle', 'combat', 'struggle'],
	['crime', 'massacre', 'atrocity'],
	['attack', 'strike', 'assault', 'raid'],
	['country', 'nation'],
	['troop', 'soldier', 'force'],
	['big', 'large', 'great', 'huge'],
	['begin', 'start', 'launch'],
	['end', 'finish', 'conclude', 'conclusion'],
	['near', 'approach', 'close'],
	['everyday', 'daily'],
	['help', 'assist', 'assistance', 'aid', 'support'],
	['show', 'demonstrate', 'indicate', 'reveal'],
	['talk', 'negotiation', 'negotiate', 'dialogue'],
	['kill', 'murder', 'assassinate', 'assassination'],
	['enemy', 'foe', 'adversary'],
	['weapon', 'arm', 'arms'],
	['agreement', 'deal', 'accord'],
	['government', 'administration'],
	['american', 'us', 'u.s'],
	['interest', 'benefit'],
	['inside', 'within'],
	['regardless', 'notwithstanding', 'despite'],
	['demand', 'require', 'request'],
	['reject', 'refuse', 'dismiss', 'oppose'],
];

const SYNONYM = new Map<string, string>();
for (const group of SYNONYM_GROUPS) for (const word of group) if (!SYNONYM.has(word)) SYNONYM.set(word, group[0]);

/** Number words up to twenty and the tens, as digits: outlets write "ten" and "10" alike. */
const NUMBER_WORDS = new Map(
	'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
		.split(' ')
		.map((w, i) => [w, i] as [string, number])
		.concat('thirty forty fifty sixty seventy eighty ninety'.split(' ').map((w, i) => [w, 30 + 10 * i])),
);
const SCALES = new Map([
	['hundred', 1e2],
	['thousand', 1e3],
	['k', 1e3],
	['million', 1e6],
	['m', 1e6],
	['mln', 1e6],
	['billion', 1e9],
	['bn', 1e9],
	['b', 1e9],
	['trillion', 1e12],
]);

function numberValue(word: string): number | null {
	const c = word.charCodeAt(0);
	if (c >= 48 && c <= 57) return /^\d+(?:\.\d+)?$/.test(word) ? Number(word) : null;
	return NUMBER_WORDS.get(word) ?? null;
}

/** Words of a text, and for each whether it was printed in lower case (not part of a name). */
interface Tokens {
	words: string[];
	lower: boolean[];
}

/**
 * One form per number: "10,000", "ten thousand" and "10k" all become "10000", and "1.5 million"
 * becomes "1500000", so that renderings that print a figure differently still share it.
 */
function foldNumbers(t: Tokens): Tokens {
	const out: Tokens = {words: [], lower: []};
	const {words, lower} = t;
	for (let i = 0; i < words.length; i++) {
		const glued = /^\d/.test(words[i]) ? /^(\d+(?:\.\d+)?)(k|m|mln|bn|b)$/.exec(words[i]) : null;
		let value = glued ? Number(glued[1]) * SCALES.get(glued[2])! : numberValue(words[i]);
		if (value === null) {
			out.words.push(words[i]);
			out.lower.push(lower[i]);
			continue;
		}
		while (i + 1 < words.length && !glued && SCALES.has(words[i + 1]) && words[i + 1].length > 2) value *= SCALES.get(words[++i])!;
		out.words.push(String(Math.round(value * 1000) / 1000));
		out.lower.push(false);
	}
	return out;
}

/** One pass over a text: its words (see `words`) and how each was printed. */
function tokens(text: string): Tokens {
	const cleaned = text
		.normalize('NFKC')
		.replace(/[‘’‛′`]/g, "'")
		// Thousands separators join their digits ("1,500"); other commas separate words.
		.replace(/(\d)[,\u00a0\u202f](?=\d{3}(?!\d))/g, '$1')
		.replace(/%/g, ' percent ')
		.replace(/[^\p{L}\p{N}'.-]+/gu, ' ')
		.replace(/(^|\s)[.'-]+|[.'-]+(?=\s|$)/g, '$1');
	const out: Tokens = {words: [], lower: []};
	for (const chunk of cleaned.split(/\s+/)) {
		if (chunk.length === 0) continue;
		// A hyphenated word printed in lower case ("well-established") is wording throughout.
		const lower = /^\p{Ll}/u.test(chunk);
		for (const w of chunk.toLowerCase().split('-')) {
			if (w.length === 0) continue;
			out.words.push(w);
			out.lower.push(lower);
		}
	}
	return foldNumbers(out);
}

/** Lower-case words with quote marks, brackets and punctuation removed; apostrophes unified; numbers folded. */
export function words(text: string): string[] {
	return tokens(text).words;
}

/** A number of one digit says nothing ("two reasons"); a figure ("1500", "2021") says much. */
const isWeakNumber = (w: string): boolean => /^\d$/.test(w);

/** A light stemmer (possessive, plural, -ed, -ing, -ly): enough to match inflected translations. */
export function stem(word: string): string {
	let w = word.replace(/'s$|'$/, '');
	if (w.length <= 3) return w;
	if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
	else if (/(ss|us|sis)$/.test(w)) {
		// "press", "status", "crisis" keep their final s
	} else if (/(xes|ches|shes|sses)$/.test(w)) w = w.slice(0, -2);
	else if (w.endsWith('s')) w = w.slice(0, -1);
	if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
	else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
	else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2));
	else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
	if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
	return w;
}

function undouble(w: string): string {
	// "planned" → "plan", but "pulled" → "pull" and "passed" → "pass".
	return /([bdfgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

const STEMMED_SYNONYM = new Map<string, string>();
for (const [word, head] of SYNONYM) STEMMED_SYNONYM.set(stem(word), stem(head));

/** The comparable form of a word: stemmed and mapped to its synonym group. */
export function term(word: string): string {
	let t = terms.get(word);
	if (t === undefined) {
		const s = stem(word);
		t = STEMMED_SYNONYM.get(s) ?? s;
		// A corpus has far fewer distinct words than words; past this many, stop remembering.
		if (terms.size < MAX_REMEMBERED) terms.set(word, t);
	}
	return t;
}

const terms = new Map<string, string>();
const MAX_REMEMBERED = 500_000;

export function isStopword(word: string): boolean {
	return STOPWORDS.has(word.endsWith("'s") ? word.slice(0, -2) : word);
}

export interface Terms {
	/** Every word as a term (function words as they are), in order: for alignment. */
	all: string[];
	/** The content words' terms (function words and single digits dropped), in order. */
	content: string[];
	/**
	 * The content terms of words printed in lower case: what was said, as opposed to the names of
	 * who and where it concerns, which two different statements on one story share.
	 */
	common: string[];
}

/** A text's terms, from one pass over it. */
export function termsOf(text: string): Terms {
	const t = tokens(text);
	const out: Terms = {all: [], content: [], common: []};
	for (let i = 0; i < t.words.length; i++) {
		const w = t.words[i];
		if (isStopword(w)) {
			out.all.push(w);
			continue;
		}
		const x = term(w);
		out.all.push(x);
		if (isWeakNumber(w)) continue;
		out.content.push(x);
		if (t.lower[i]) out.common.push(x);
	}
	return out;
}

/** Terms of the content words of a text (function words dropped), in order. */
export function contentTerms(text: string): string[] {
	return termsOf(text).content;
}

/**
 * Numbers for terms: a large corpus holds millions of term occurrences but few distinct terms, and
 * sorted integer arrays compare faster and weigh far less than sets of strings.
 */
export class Vocabulary {
	private readonly ids = new Map<string, number>();

	id(term: string): number {
		let id = this.ids.get(term);
		if (id === undefined) this.ids.set(term, (id = this.ids.size));
		return id;
	}

	get size(): number {
		return this.ids.size;
	}
}

/**
 * Term ids: plain arrays of small integers, or views of the packed lists of a large corpus made when
 * read (packed-comparables.ts). Never held as typed arrays, one per list: each costs about a hundred
 * bytes of bookkeeping, and linking has three lists per rendering, hundreds of thousands of them.
 */
export type TermIds = ArrayLike<number> & Iterable<number>;

/** Ascending distinct values. */
export function sortedIds(ids: number[]): TermIds {
	const sorted = ids.sort((a, b) => a - b);
	let n = 0;
	for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i];
	sorted.length = n;
	return sorted;
}
