// Unicode character classes the analysis asks of every character of every article (letter, digit,
// mark, lower and upper case), read from a table instead of a pattern: /\p{L}/u and its kind cost a
// pattern match per character, and the name finder's scans were among its costliest lines. Each
// answer is exactly the pattern's: the table is filled from the patterns themselves, one Basic
// Multilingual Plane character at a time as it is first seen; characters beyond it (rare) are
// answered by the patterns.

const LETTER = 1;
const DIGIT = 2;
const MARK = 4;
const LOWER = 8;
const UPPER = 16;
// Set in the table once a character is classified (0 there means not yet).
const KNOWN = 32;

const PATTERNS: Array<[number, RegExp]> = [
	[LETTER, /\p{L}/u],
	[DIGIT, /\p{N}/u],
	[MARK, /\p{M}/u],
	[LOWER, /\p{Ll}/u],
	[UPPER, /\p{Lu}/u],
];

const table = new Uint8Array(0x10000);

function classify(c: number): number {
	let bits = 0;
	const ch = String.fromCodePoint(c);
	for (const [bit, pattern] of PATTERNS) if (pattern.test(ch)) bits |= bit;
	return bits;
}

/** The class bits of code point `c`. */
function classes(c: number): number {
	if (c > 0xffff) return classify(c);
	let bits = table[c];
	if (bits === 0) table[c] = bits = classify(c) | KNOWN;
	return bits;
}

/** \p{L} or \p{N}. */
export const isLetterOrDigit = (c: number): boolean => (classes(c) & (LETTER | DIGIT)) !== 0;
/** \p{L}. */
export const isLetter = (c: number): boolean => (classes(c) & LETTER) !== 0;
/** \p{Ll}. */
export const isLowerLetter = (c: number): boolean => (classes(c) & LOWER) !== 0;
/** \p{Lu}. */
export const isUpperLetter = (c: number): boolean => (classes(c) & UPPER) !== 0;
/** \p{L}, \p{M} or \p{N}. */
export const isWordPart = (c: number): boolean => (classes(c) & (LETTER | DIGIT | MARK)) !== 0;

/** Code units code point `c` takes in a string (2 beyond the Basic Multilingual Plane). */
export const unitsAt = (c: number): number => (c > 0xffff ? 2 : 1);

/** Runs of letters and digits in `text`: `text.match(/[\p{L}\p{N}]+/gu).length`. */
export function wordCount(text: string): number {
	let count = 0;
	let inWord = false;
	for (let i = 0; i < text.length; ) {
		const c = text.codePointAt(i)!;
		const word = isLetterOrDigit(c);
		if (word && !inWord) count++;
		inWord = word;
		i += unitsAt(c);
	}
	return count;
}
