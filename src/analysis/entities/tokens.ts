// Word tokens with offsets, tuned for names in scraped news text.
import {lexiconTags} from './lexicon.js';

export interface Token {
	text: string;
	start: number;
	end: number;
	/** First token of its sentence (or of a quotation that opens one). */
	sentenceStart: boolean;
}

// Letters and digits with inner apostrophes, hyphens and dots ("Wala’i", "al-Nujaba", "U.S").
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}&]|[’'\-‐‑.](?=[\p{L}\p{N}]))*/gu;

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
const LOWER_THEN_UPPER = /\p{Ll}\p{Lu}/u;

/** Does a lower-case letter precede an upper-case one in `word`? ASCII is read without the pattern (asked of every token). */
export function lowerThenUpper(word: string): boolean {
	for (let i = 0; i + 1 < word.length; i++) {
		const a = word.charCodeAt(i);
		const b = word.charCodeAt(i + 1);
		if (a >= 128 || b >= 128) return LOWER_THEN_UPPER.test(word);
		if (a >= 97 && a <= 122 && b >= 65 && b <= 90) return true;
	}
	return false;
}

export function tokenize(text: string, sentenceStarts: Set<number>): Token[] {
	const out: Token[] = [];
	for (const m of text.matchAll(WORD)) {
		let word = m[0];
		const start = m.index;
		let end = start + word.length;
		// Keep a final dot of an initialism ("U.S.") and an ayn/hamza apostrophe inside a name ("Ala’ al-").
		// A middle initial keeps its dot so the name runs on: "Donald J. Trump".
		if ((/^(?:\p{L}\.)+\p{L}$/u.test(word) || (/^\p{Lu}$/u.test(word) && /^\. \p{Lu}/u.test(text.slice(end, end + 3)))) && text[end] === '.') {
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
