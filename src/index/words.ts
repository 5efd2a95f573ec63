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

/** How a word is written: plain (a-z, 0-9), with ASCII capitals, or with letters beyond ASCII. */
export const PLAIN_WORD = 0;
export const ASCII_WORD = 1;
export const WIDE_WORD = 2;

/**
 * Calls `visit` with where each word of `text` starts and ends and how it is written, without
 * making a string of it (the body index hashes the characters in place); `true` from it stops.
 */
export function scanWords(text: string, visit: (start: number, end: number, kind: number, hash: number) => boolean | void): void {
	const n = text.length;
	let k = 0;
	while (k < n) {
		let unit = text.charCodeAt(k);
		let c = classOf(unit);
		if (c === GAP) {
			k++;
			continue;
		}
		const start = k;
		let kind = PLAIN_WORD;
		let hash = HASH_SEED;
		while (c !== GAP) {
			if (c === FOLD) {
				if (unit >= 0x80) kind = WIDE_WORD;
				else {
					if (kind === PLAIN_WORD) kind = ASCII_WORD;
					unit |= 0x20;
				}
			}
			hash = Math.imul(hash ^ unit, HASH_PRIME);
			if (++k >= n) break;
			unit = text.charCodeAt(k);
			c = classOf(unit);
		}
		if (k - start > MAX_WORD) continue;
		if (visit(start, k, kind, hash) === true) return;
	}
}

/** FNV-1a over a word's code units, ASCII capitals lowered: what scanWords hands over with each word. */
export const HASH_SEED = 0x811c9dc5 | 0;
export const HASH_PRIME = 0x01000193;

export function hashWord(word: string): number {
	let hash = HASH_SEED;
	for (let k = 0; k < word.length; k++) {
		const unit = word.charCodeAt(k);
		hash = Math.imul(hash ^ (unit >= 0x41 && unit <= 0x5a ? unit | 0x20 : unit), HASH_PRIME);
	}
	return hash;
}

/** A word beyond ASCII folded as search folds it (accents off), only letters and digits kept. */
export function foldWide(raw: string): string {
	return foldText(raw).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Calls `visit` with each folded word of `text` and where it starts and ends in `text`; `true` from it stops. */
export function forEachWord(text: string, visit: (word: string, start: number, end: number) => boolean | void): void {
	scanWords(text, (start, end, kind) => {
		const raw = text.slice(start, end);
		const word = kind === PLAIN_WORD ? raw : kind === ASCII_WORD ? raw.toLowerCase() : foldWide(raw);
		return word ? visit(word, start, end) : false;
	});
}

/** The folded words of `text`, in order. */
export function wordsOf(text: string): string[] {
	const out: string[] = [];
	forEachWord(text, (w) => {
		out.push(w);
	});
	return out;
}
