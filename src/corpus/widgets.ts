// Inline "hover card" widgets that some sites put after a person's name and scrapers flatten into
// the sentence: "President Trump Donald John TrumpSenate passes bill … Headline two MORE on Monday".
// The card repeats the full name, glues its first headline to the surname, and ends with "MORE".
// Its headlines hold quotes of their own, so left in place they become false statements.

const GLUE = /\p{Ll}(?=\p{Lu})/gu;
const NAME_WORD = /^(?:\p{Lu}[\p{L}.'’-]*|\([\p{L} .'’-]+\))$/u;
const MAX_NAME_WORDS = 6;
/** A card's headlines fit in this many characters; text further back is not searched. */
const MAX_CARD = 700;

/** Removes every such card whose full name repeats the name just before it; other text is untouched. */
export function stripNameCards(paragraph: string): string {
	if (!paragraph.includes(' MORE')) return paragraph;
	let out = '';
	let from = 0;
	for (const more of paragraph.matchAll(/ MORE\b/g)) {
		const window = Math.max(from, more.index - MAX_CARD);
		let start: number | null = null;
		// The card begins at the first glued case change ("TrumpSenate", "McConnellGOP") that follows a repeated name.
		for (const glue of paragraph.slice(window, more.index).matchAll(GLUE)) {
			start = cardStart(paragraph, window + glue.index + 1);
			if (start !== null && start >= from) break;
			start = null;
		}
		if (start === null) continue;
		out += paragraph.slice(from, start).replace(/\s+$/, '');
		from = more.index + more[0].length;
	}
	return from === 0 ? paragraph : out + paragraph.slice(from);
}

/**
 * Walks back from the glued surname over the card's name words ("Donald John Trump") to the same
 * surname standing before the card ("President Trump"); null when the text does not look so.
 */
function cardStart(text: string, fused: number): number | null {
	const before = text.slice(0, fused);
	const surname = /(\p{Lu}[\p{L}'’-]*)$/u.exec(before)?.[1];
	if (!surname) return null;
	const words = [...before.slice(0, before.length - surname.length).matchAll(/\S+/g)];
	for (let k = words.length - 1, seen = 0; k >= 0 && seen <= MAX_NAME_WORDS; k--, seen++) {
		const word = words[k][0].replace(/[’']s$|[,.;:]$/u, '');
		if (word === surname) return k + 1 < words.length ? words[k + 1].index! : null;
		if (!NAME_WORD.test(words[k][0])) return null;
	}
	return null;
}
