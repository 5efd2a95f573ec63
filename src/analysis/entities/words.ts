// Word classes the name finder asks about one token at a time: name-like, title, common word,
// demonym, headline line. Pure functions of the word (and the article's lower-case words).
import type {Token} from './tokens.js';
import {ARTICLE_PREFIX, GROUP_ADJECTIVES, NON_NAME_WORDS, TITLE_MODIFIERS, TITLES, lexiconTags} from './lexicon.js';

export const isUpperStart = (t: string): boolean => /^\p{Lu}/u.test(t);
export const lower = (t: string): string => {
	const l = t.toLowerCase();
	return l.includes('’') ? l.replace(/’/g, "'") : l;
};

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
		const words = line.match(/[\p{L}][\p{L}’'\-]*/gu) ?? [];
		const caps = words.filter((w) => isUpperStart(w)).length;
		if (words.length >= 2 && !/[.!?”"]\s*$/.test(line) && caps / words.length >= 0.6) out.push([pos, pos + line.length]);
		pos += line.length + 1;
	}
	return out;
}
