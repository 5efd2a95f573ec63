// Quoted names and titles (a brigade's name, a book's title) are not statements.

// Short function words a title keeps in lower case ("Notes on the Future of Our Democracy").
const TITLE_SMALL = /^(?:a|an|the|and|or|but|of|on|in|at|to|for|by|with|from|as|nor|vs)$/i;

/** A quoted name or title (“Operation Allies Refuge”, a book's title): capitalised words, no sentence end. */
export function isTitleLike(text: string): boolean {
	// A comma inside the closing mark is punctuation style, not a sentence (“…Democracy,” it said).
	if (/[.!?;…]["'”’]?$/.test(text.trim())) return false;
	const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];
	if (words.length === 0) return false;
	return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL.test(w)));
}

// A preposition right before the opening mark: "told X on “Morning Show.”", "wrote in “The Ledger.”"
const PREPOSITION_BEFORE = /\b(?:on|in|at|to|for|from|of|by|with|into|about|titled|called|named|dubbed)\s*$/i;

/**
 * A quoted title in its sentence: title-like words, or title-like words with the sentence's final
 * period placed inside the closing mark (US style) when a preposition introduces them, as a
 * programme or a paper is named ("she told Ada Obi on “Morning Harbour.”").
 */
export function isQuotedTitle(text: string, before: string): boolean {
	if (isTitleLike(text)) return true;
	return /[^.]\.$/.test(text.trim()) && PREPOSITION_BEFORE.test(before) && isTitleLike(text.trim().slice(0, -1));
}
