// Word classes the name finder asks about one token at a time: name-like, title, common word,
// demonym, headline line. Pure functions of the word (and the article's lower-case words), and the
// scans of a text they need (its lower-case words, a word printed after a name).
import type {Token} from './tokens.js';
import {isLetter, isLetterOrDigit, isLowerLetter, unitsAt} from '../letters.js';
import {ARTICLE_PREFIX, GROUP_ADJECTIVES, NON_NAME_WORDS, TITLE_MODIFIERS, TITLES, lexiconTags} from './lexicon.js';

export const isUpperStart = (t: string): boolean => /^\p{Lu}/u.test(t);
export const lower = (t: string): string => {
	const l = t.toLowerCase();
	return l.includes('’') ? l.replace(/’/g, "'") : l;
};

/**
 * The lower-case words of a text: each run of letters (and ’ ' -) that opens with a lower-case
 * letter after no letter or digit, lowered. The same as
 * `text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}’'\-]*\/gu).map(lower)`, read a character at a time:
 * that pattern's look-behind made it one of the analysis's costliest lines.
 */
export function lowercaseWords(text: string): Set<string> {
	const out = new Set<string>();
	const inWord = (c: number): boolean => isLetter(c) || c === 0x2019 || c === 0x27 || c === 0x2d;
	let afterWordChar = false;
	for (let i = 0; i < text.length; ) {
		const c = text.codePointAt(i)!;
		if (!afterWordChar && isLowerLetter(c)) {
			let j = i + unitsAt(c);
			// Words of ASCII lower-case letters, hyphens and straight apostrophes are lowered already.
			let plain = c < 128;
			for (let d: number; j < text.length && inWord((d = text.codePointAt(j)!)); j += unitsAt(d)) if (d >= 128 || (d >= 65 && d <= 90)) plain = false;
			out.add(plain ? text.slice(i, j) : lower(text.slice(i, j)));
			// The character that ended the word is no letter (a digit, perhaps): it opens no word.
			if (j >= text.length) break;
			const d = text.codePointAt(j)!;
			afterWordChar = isLetterOrDigit(d);
			i = j + unitsAt(d);
			continue;
		}
		afterWordChar = isLetterOrDigit(c);
		i += unitsAt(c);
	}
	return out;
}

// A capitalised word and one space before the place it is tried at.
const AFTER_CAPITALISED_WORD = /(?<=\p{Lu}\p{Ll}+\s)/uy;
const ASCII_WORD_CHAR = /[A-Za-z0-9_]/;

/** Is `name`, a word of letters, printed somewhere as the last word of a longer name: `/\p{Lu}\p{Ll}+\s${name}\b/u`? */
export function wordAfterName(text: string, name: string): boolean {
	for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
		// The pattern's \b is ASCII's: a word character on one side of it only.
		const next = text[at + name.length];
		if ((next !== undefined && ASCII_WORD_CHAR.test(next)) === ASCII_WORD_CHAR.test(name[name.length - 1])) continue;
		AFTER_CAPITALISED_WORD.lastIndex = at;
		if (AFTER_CAPITALISED_WORD.test(text)) return true;
	}
	return false;
}

export function nameLike(t: Token): boolean {
	// "Beirut-based", "US-led": a compound adjective, not a name.
	if (/[-‐‑]\p{Ll}+$/u.test(t.text) && !ARTICLE_PREFIX.test(t.text)) return false;
	// "Anti-Trump", "Pro-Russian": an adjective made of a name, not the name.
	if (/^(?:anti|pro|ex|non|post|pre|neo|never)[-‐‑]/i.test(t.text)) return false;
	return isUpperStart(t.text) || (ARTICLE_PREFIX.test(t.text) && /[-‐‑]\p{Lu}/u.test(t.text));
}

// Titles written as capital initials ("Manhattan DA Cy Vance"); matched as printed, since "da" is also a particle.
export const TITLE_INITIALS = new Set(['DA', 'AG', 'CEO', 'CFO', 'COO', 'CTO', 'MP', 'MEP']);
// Title words that only qualify another ("Former Minneapolis police officer"): no evidence of a person by themselves.
export const QUALIFIERS = new Set(['former', 'acting', 'interim', 'emeritus']);
// Institutions named by their head word alone, capitalised mid-sentence ("the Senate", "the House").
export const INSTITUTIONS = new Set(['senate', 'house', 'parliament', 'cabinet', 'knesset', 'duma', 'politburo']);
export const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);
export const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

export function isTitleWord(t: string): boolean {
	// Plurals before several names: "CEOs Mark Zuckerberg, ...", "Sens. Ann Lo and ...".
	if (TITLE_INITIALS.has(t) || (/s$/.test(t) && TITLE_INITIALS.has(t.slice(0, -1)))) return true;
	const l = lower(t);
	if (l.length > 3 && l.endsWith('s') && TITLES.has(l.slice(0, -1)) && !TITLE_MODIFIERS.has(l.slice(0, -1))) return true;
	return TITLES.has(l) || l.split(/[-‐‑]/).every((p) => TITLES.has(p));
}

/** Ordinary words that are capitalised only because they open a sentence. */
export function commonWord(word: string, lowerWords: Set<string>): boolean {
	const l = lower(word);
	if (NON_NAME_WORDS.has(l) || GROUP_ADJECTIVES.has(l)) return true;
	const tags = lexiconTags(l);
	if (tags.length > 0 && !tags.some((t) => /Organization|Place|Country|City|Region|Person|Name|ProperNoun|SportsTeam/.test(t))) return true;
	if (/^\p{Lu}\p{Ll}+ly$/u.test(word)) return true;
	// Seen lowercase elsewhere in this article: a common word.
	return lowerWords.has(l) && !/^\p{Lu}{2,}/u.test(word);
}

export function isDemonym(word: string): boolean {
	const l = lower(word);
	if (GROUP_ADJECTIVES.has(l)) return true;
	// "British", "Lebanese": nationality adjectives the lexicon misses.
	if (/^\p{Lu}\p{Ll}{3,}(?:ish|ese)$/u.test(word)) return true;
	const tags = lexiconTags(l);
	if (tags.includes('Demonym')) return true;
	return l.endsWith('s') && lexiconTags(l.slice(0, -1)).includes('Demonym');
}

/** A line that reads like a headline (no final punctuation, mostly capitalised words). */
export function headlineLines(text: string): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	let pos = 0;
	for (const line of text.split('\n')) {
		// A line ending as a sentence ends is no headline: its words are not counted.
		if (!/[.!?”"]\s*$/.test(line)) {
			const words = line.match(/[\p{L}][\p{L}’'\-]*/gu) ?? [];
			const caps = words.filter((w) => isUpperStart(w)).length;
			if (words.length >= 2 && caps / words.length >= 0.6) out.push([pos, pos + line.length]);
		}
		pos += line.length + 1;
	}
	return out;
}
