// Sentence splitting for news prose. Intl.Segmenter splits after "Col." and "U.S.", which cuts
// names and attributions in half, so this splitter uses explicit rules: a sentence ends at . ! ?
// (plus closing quotes/brackets) followed by whitespace and something that can start a sentence,
// unless the word before the period is a known abbreviation, an initial or an initialism.

export interface Sentence {
	/** Offsets into the text given to splitSentences; text === input.slice(start, end). */
	start: number;
	end: number;
	text: string;
}

// Abbreviations that are (almost) never sentence-final in news copy: titles and ranks before names.
const TITLE_ABBREVIATIONS = new Set([
	'mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'fr', 'sr', 'jr', 'st', 'mt', 'ft',
	'col', 'lt', 'gen', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'brig', 'cmdr', 'cdr', 'comdr',
	'gov', 'sen', 'rep', 'reps', 'pres', 'amb', 'hon', 'messrs', 'mme', 'mlle', 'supt', 'insp', 'det',
	'lieut', 'atty', 'esq', 'dept', 'univ', 'assn', 'bros', 'vs', 'cf', 'approx', 'al',
	'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** A title's abbreviation ("Sen", "Dr", "Lt"), as written before its period. */
export function isTitleAbbreviation(word: string): boolean {
	return TITLE_ABBREVIATIONS.has(word.toLowerCase());
}

// Abbreviations that precede a number ("No. 10", "Art. 5"), but are ordinary words elsewhere.
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'vol', 'vols', 'p', 'pp', 'fig', 'figs', 'art', 'para', 'sec', 'op']);

// Abbreviations that often do end a sentence ("... Apple Inc. The company"): split only when the
// next word is a typical sentence opener.
const AMBIGUOUS_ABBREVIATIONS = new Set(['inc', 'corp', 'ltd', 'co', 'llc', 'plc', 'etc', 'am', 'pm', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u']);

// Words that begin a new sentence far more often than they continue a name after an abbreviation.
const SENTENCE_OPENERS = new Set([
	'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
	'you', 'his', 'her', 'their', 'our', 'but', 'and', 'or', 'so', 'yet', 'however', 'in', 'on', 'at',
	'for', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'there', 'here', 'what', 'who',
	'why', 'how', 'meanwhile', 'also', 'according', 'earlier', 'later', 'last', 'now', 'still',
	'some', 'many', 'most', 'all', 'no', 'not', 'one', 'two', 'both', 'such', 'other', 'another',
	'instead', 'although', 'though', 'because', 'despite', 'during', 'with', 'without', 'by', 'from',
]);

const CLOSERS = '"\'”’»)]';

function isSpace(ch: string | undefined): boolean {
	return ch !== undefined && /\s/.test(ch);
}

/** The word (letters and inner dots) ending just before position `dot`. */
function wordBefore(text: string, dot: number): string {
	let i = dot;
	while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1])) i--;
	return text.slice(i, dot);
}

/** The word starting at position `from` (after spaces and opening quotes). */
function wordAfter(text: string, from: number): {word: string; at: number} {
	let i = from;
	while (i < text.length && (isSpace(text[i]) || '"\'“‘«(['.includes(text[i]))) i++;
	let j = i;
	while (j < text.length && /[\p{L}\p{N}'’-]/u.test(text[j])) j++;
	return {word: text.slice(i, j), at: i};
}

function startsLikeSentence(text: string, from: number): boolean {
	const {word, at} = wordAfter(text, from);
	if (at >= text.length) return false;
	const first = text[at];
	if (/[\p{Lu}\p{N}]/u.test(first)) return true;
	// Scripts without case (Arabic, CJK) and opening quotes/dashes: accept.
	if (/\p{L}/u.test(first) && first.toLowerCase() === first.toUpperCase()) return true;
	return word === '' && /[“"‘'«(\[—–-]/.test(text[from] ?? '');
}

function isBoundary(text: string, punct: number, after: number): boolean {
	const mark = text[punct];
	if (!isSpace(text[after])) return false;
	if (!startsLikeSentence(text, after)) return false;
	if (mark !== '.') return true;
	// Ellipsis or ". . .": accept as a boundary when followed by a capital.
	if (text[punct - 1] === '.') return true;
	const before = wordBefore(text, punct);
	if (before === '') return true;
	const lower = before.toLowerCase();
	const next = wordAfter(text, after).word.toLowerCase();
	if (TITLE_ABBREVIATIONS.has(lower)) return false;
	if (NUMBER_ABBREVIATIONS.has(lower) && /^\d/.test(next)) return false;
	if (AMBIGUOUS_ABBREVIATIONS.has(lower)) return SENTENCE_OPENERS.has(next);
	// Initialisms like "U.S." and "D.C.": letters separated by dots.
	if (/^(\p{L}\.)+\p{L}$/u.test(before)) return SENTENCE_OPENERS.has(next);
	// A single capital letter is a middle initial ("John F. Kennedy").
	if (/^\p{Lu}$/u.test(before)) return false;
	return true;
}

/** Split text into sentences; line breaks always end a sentence. Offsets exclude surrounding space. */
export function splitSentences(text: string): Sentence[] {
	const out: Sentence[] = [];
	let start = 0;
	const push = (end: number): void => {
		let s = start;
		let e = end;
		while (s < e && isSpace(text[s])) s++;
		while (e > s && isSpace(text[e - 1])) e--;
		if (e > s) out.push({start: s, end: e, text: text.slice(s, e)});
	};
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '\n') {
			push(i);
			start = i + 1;
			continue;
		}
		if (ch !== '.' && ch !== '!' && ch !== '?') continue;
		let j = i + 1;
		while (j < text.length && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
		while (j < text.length && CLOSERS.includes(text[j])) j++;
		if (j >= text.length) break;
		if (isBoundary(text, lastPunct(text, i, j), j)) {
			push(j);
			start = j;
		}
		i = j - 1;
	}
	push(text.length);
	return out;
}

function lastPunct(text: string, from: number, to: number): number {
	let p = from;
	for (let k = from; k < to; k++) if (/[.!?]/.test(text[k])) p = k;
	return p;
}
