// Word tokens with offsets, tuned for names in scraped news text.
import {isLetterOrDigit, isLowerLetter, isUpperLetter, isWordPart, unitsAt} from '../letters.js';
import {lexiconTags} from './lexicon.js';

export interface Token {
	text: string;
	start: number;
	end: number;
	/** First token of its sentence (or of a quotation that opens one). */
	sentenceStart: boolean;
}

// A word token is letters and digits with inner apostrophes, hyphens and dots ("Wala’i",
// "al-Nujaba", "U.S"): a match of /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}&]|[’'\-‐‑.](?=[\p{L}\p{N}]))*\/gu,
// read by wordEnd.

/**
 * Scrapers fuse words when they drop markup ("(NewsweekNasr Al-Shammari"): split a token at an
 * inner lower→upper case change when the left part is not an ordinary word, both parts are long,
 * and the right part starts a new capitalised name.
 */
function fusedSplit(text: string, token: string, end: number): number | null {
	const m = /^(\p{Lu}\p{Ll}{3,})(\p{Lu}\p{Ll}{3,})$/u.exec(token);
	if (!m) return null;
	const left = m[1].toLowerCase();
	const tags = lexiconTags(left);
	const ordinary = tags.length > 0 && !tags.some((t) => /Organization|Place|Country|City|Region|Person|Name|ProperNoun/.test(t));
	if (ordinary) return null;
	if (!/^ \p{Lu}/u.test(text.slice(end, end + 2))) return null;
	return m[1].length;
}

/** Offsets where a sentence's first word begins, past any opening quotes or brackets. */
export function sentenceStartOffsets(text: string, starts: number[]): Set<number> {
	const out = new Set<number>();
	for (let s of starts) {
		while (s < text.length && /[\s“"‘'«(\[*•–—-]/.test(text[s])) s++;
		out.add(s);
	}
	return out;
}

const OPENING_QUOTES = new Set(['“', '‘', '«']);
// Inside a word before a letter or digit: apostrophes, hyphens, a dot ("Wala’i", "al-Nujaba", "U.S").
const JOINERS = new Set([0x2019, 0x27, 0x2d, 0x2010, 0x2011, 0x2e]);
const AMPERSAND = 0x26;

/** Does a lower-case letter precede an upper-case one in `word` (/\p{Ll}\p{Lu}/u)? Asked of every token. */
export function lowerThenUpper(word: string): boolean {
	let lowerBefore = false;
	for (let i = 0; i < word.length; ) {
		const c = word.codePointAt(i)!;
		if (lowerBefore && isUpperLetter(c)) return true;
		lowerBefore = isLowerLetter(c);
		i += unitsAt(c);
	}
	return false;
}

/**
 * Where the word token starting with the letter or digit at `i` ends: letters, marks, digits and
 * "&", and a joiner (apostrophe, hyphen, dot) when a letter or digit follows it. Read from the
 * class table, not by the pattern: its matches were a tenth of the name finder's time.
 */
export function wordEnd(text: string, i: number): number {
	let j = i + unitsAt(text.codePointAt(i)!);
	while (j < text.length) {
		const d = text.codePointAt(j)!;
		if (isWordPart(d) || d === AMPERSAND) j += unitsAt(d);
		else if (JOINERS.has(d) && j + 1 < text.length && isLetterOrDigit(text.codePointAt(j + 1)!)) j++;
		else break;
	}
	return j;
}

export function tokenize(text: string, sentenceStarts: Set<number>): Token[] {
	const out: Token[] = [];
	for (let i = 0; i < text.length; ) {
		const c = text.codePointAt(i)!;
		if (!isLetterOrDigit(c)) {
			i += unitsAt(c);
			continue;
		}
		const start = i;
		i = wordEnd(text, start);
		let word = text.slice(start, i);
		let end = i;
		// Keep a final dot of an initialism ("U.S.") and an ayn/hamza apostrophe inside a name ("Ala’ al-").
		// A middle initial keeps its dot so the name runs on: "Donald J. Trump".
		if (text[end] === '.' && ((word.includes('.') && /^(?:\p{L}\.)+\p{L}$/u.test(word)) || (word.length <= 2 && /^\p{Lu}$/u.test(word) && /^\. \p{Lu}/u.test(text.slice(end, end + 3))))) {
			word += '.';
			end++;
		} else if ((text[end] === '’' || text[end] === "'") && !/s$/i.test(word) && /^ (?:al|el|ad|as|ash|at|az|ar|an)?[-]?\p{Lu}|^ al-/u.test(text.slice(end + 1, end + 5)) && /^\p{Lu}/u.test(word)) {
			word += text[end];
			end++;
		}
		// The first word inside an opening quotation is capitalised like a sentence's first word.
		const atStart = sentenceStarts.has(start) || OPENING_QUOTES.has(text[start - 1]);
		const cut = lowerThenUpper(word) ? fusedSplit(text, word, end) : null;
		if (cut !== null) {
			out.push({text: word.slice(0, cut), start, end: start + cut, sentenceStart: atStart});
			out.push({text: word.slice(cut), start: start + cut, end, sentenceStart: false});
			continue;
		}
		out.push({text: word, start, end, sentenceStart: atStart});
	}
	return out;
}
