// Words of running text for the full-text index: runs of letters, digits and combining marks,
// folded as search folds them (lower case, accents off). One pass over character codes with a
// class table, so a corpus of bodies is split without a regular expression per word.
import {foldText} from '../text/fold.js';

/** Longer runs are not words anyone types (encoded blobs, URLs glued together). */
export const MAX_WORD = 40;

const UNSEEN = 0;
const PLAIN = 1; // a-z, 0-9: taken as is
const FOLD = 2; // A-Z and letters beyond ASCII: folded
const GAP = 3;
const classes = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function classOf(unit: number): number {
	let c = classes[unit];
	if (c === UNSEEN) {
		if ((unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39)) c = PLAIN;
		else if (unit >= 0x41 && unit <= 0x5a) c = FOLD;
		// Surrogate halves (emoji and rare scripts) separate words: they are not typed into a search.
		else if (unit < 0x80 || (unit >= 0xd800 && unit <= 0xdfff)) c = GAP;
		else c = WORD_CHAR.test(String.fromCharCode(unit)) ? FOLD : GAP;
		classes[unit] = c;
	}
	return c;
}

/** Calls `visit` with each folded word of `text` and where it starts and ends in `text`; `true` from it stops. */
export function forEachWord(text: string, visit: (word: string, start: number, end: number) => boolean | void): void {
	const n = text.length;
	let k = 0;
	while (k < n) {
		let c = classOf(text.charCodeAt(k));
		if (c === GAP) {
			k++;
			continue;
		}
		const start = k;
		let fold = false;
		while (k < n && (c = classOf(text.charCodeAt(k))) !== GAP) {
			if (c === FOLD) fold = true;
			k++;
		}
		if (k - start > MAX_WORD) continue;
		const raw = text.slice(start, k);
		const word = fold ? foldText(raw).replace(/[^\p{L}\p{N}]+/gu, '') : raw;
		if (word && visit(word, start, k) === true) return;
	}
}

/** The folded words of `text`, in order. */
export function wordsOf(text: string): string[] {
	const out: string[] = [];
	forEachWord(text, (w) => {
		out.push(w);
	});
	return out;
}
