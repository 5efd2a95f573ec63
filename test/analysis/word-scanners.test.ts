// The analysis's scanners that stand in for Unicode patterns it asked of every token or text
// (the word tokens, word counts, lower-case words, lower-then-upper, a word after a name): each
// must answer exactly as its pattern does, on ASCII and on the letters, marks, digits and astral
// characters scraped news holds.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {lower, lowercaseWords, wordAfterName} from '../../src/analysis/entities/words.js';
import {lowerThenUpper, tokenize, wordEnd} from '../../src/analysis/entities/tokens.js';
import {wordCount} from '../../src/analysis/letters.js';

// Characters of every class the patterns tell apart: ASCII letters and digits, apostrophes and
// hyphens, spaces of several kinds, accented and non-Latin letters of both cases, a combining mark,
// letters and a digit outside the Basic Multilingual Plane, and a lone surrogate.
const CHARS = ['a', 'b', 's', 'A', 'B', 'S', '0', '7', '_', ' ', '\n', '\u00a0', '-', "'", '’', '.', ',', '“', 'é', 'É', 'ß', 'ж', 'Ж', 'ا', '\u0301', '𝐀', '𝐚', '𝟘', '\ud800'];
const text = fc.array(fc.constantFrom(...CHARS), {maxLength: 40}).map((cs) => cs.join(''));

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}&]|[’'\-‐‑.](?=[\p{L}\p{N}]))*/gu;

describe('word scanners', () => {
	it('word tokens end where the word pattern ends, and start where it starts', () => {
		fc.assert(
			fc.property(text, (t) => {
				const matches = [...t.matchAll(WORD)];
				for (const m of matches) expect(wordEnd(t, m.index)).toBe(m.index + m[0].length);
				// Without dots, apostrophes and case changes a token is exactly a match.
				if (!/[.'’]|\p{Ll}\p{Lu}/u.test(t)) expect(tokenize(t, new Set()).map((k) => [k.start, k.text])).toEqual(matches.map((m) => [m.index, m[0]]));
			}),
			{numRuns: 3000},
		);
		expect(tokenize('U.S. envoy Wala’i met al-Nujaba & co', new Set()).map((k) => k.text)).toEqual(['U.S.', 'envoy', 'Wala’i', 'met', 'al-Nujaba', 'co']);
	});

	it('wordCount counts the runs of letters and digits', () => {
		fc.assert(
			fc.property(text, (t) => {
				expect(wordCount(t)).toBe((t.match(/[\p{L}\p{N}]+/gu) ?? []).length);
			}),
			{numRuns: 3000},
		);
	});

	it('lowercaseWords finds the words the look-behind pattern finds', () => {
		fc.assert(
			fc.property(text, (t) => {
				const expected = new Set(t.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}’'\-]*/gu)?.map(lower) ?? []);
				expect(lowercaseWords(t)).toEqual(expected);
			}),
			{numRuns: 3000},
		);
	});

	it('lowercaseWords on prose', () => {
		expect([...lowercaseWords('The senator’s aides, 3rd-term Rep. iPhone users and x2y said')]).toEqual(['senator\'s', 'aides', 'term', 'iphone', 'users', 'and', 'x', 'said']);
	});

	it('lowerThenUpper answers as /\\p{Ll}\\p{Lu}/u', () => {
		fc.assert(
			fc.property(text, (t) => {
				expect(lowerThenUpper(t)).toBe(/\p{Ll}\p{Lu}/u.test(t));
			}),
			{numRuns: 3000},
		);
		expect(lowerThenUpper('NewsweekNasr')).toBe(true);
		expect(lowerThenUpper('Newsweek')).toBe(false);
		expect(lowerThenUpper('жЖ')).toBe(true);
	});

	it('wordAfterName answers as the pattern built from the name', () => {
		const name = fc.array(fc.constantFrom('a', 's', 'S', 'é', 'Ж', 'ж', '𝐚'), {minLength: 1, maxLength: 3}).map((cs) => cs.join(''));
		fc.assert(
			fc.property(text, name, (t, n) => {
				const haystack = `${t}${n}${t}`;
				expect(wordAfterName(haystack, n)).toBe(new RegExp(`\\p{Lu}\\p{Ll}+\\s${n}\\b`, 'u').test(haystack));
			}),
			{numRuns: 3000},
		);
		expect(wordAfterName('Bill Gates met them; Gates said', 'Gates')).toBe(true);
		expect(wordAfterName('Opponents said; the Opponents', 'Opponents')).toBe(false);
		expect(wordAfterName('Ann Smithson', 'Smith')).toBe(false);
	});
});
