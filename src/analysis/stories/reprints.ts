// Reprints: the same text published twice (a re-crawl under another id, wire copy run by several
// outlets, one outlet republishing another's article). Each body becomes a bottom-k MinHash sketch
// of its word shingles; articles meet through their few smallest shingle hashes (an inverted
// index, never all pairs) and are reprints when their sketches estimate the shingle sets as nearly
// the same. Linear in the corpus's words: one hash per shingle, one small sort per article.
import type {Article} from '../../corpus/types.js';
import {byDate} from './dates.js';

/** Words per shingle: long enough that two different reports rarely share one by chance. */
const SHINGLE = 5;
/** Hashes kept per article (the sketch): the estimate's error is about 1/sqrt(SKETCH). */
const SKETCH = 64;
/** Smallest hashes an article is indexed under: two near-copies share one of them almost surely. */
const KEYS = 4;
/** A hash more articles hold than this is boilerplate ("Sign up for our newsletter"), no key. */
const KEY_LIMIT = 32;
/** Estimated resemblance (Jaccard of the shingle sets) from which two bodies are one text. */
const SAME_TEXT = 0.7;
/** Shingles a body needs to be compared: a line or two of text is not an article one can reprint. */
const MIN_SHINGLES = 20;
/** Characters of a body read: a reprint is the same from its opening on, so its opening tells it (and keeps the cost bounded per article). */
const READ_CHARS = 6_000;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The words of a text as FNV-1a hashes of their lowercase letters, read char by char: no strings
 * are made (this runs over every body of the corpus).
 */
function wordHashes(text: string): number[] {
	const out: number[] = [];
	let h = 0;
	let inWord = false;
	const end = Math.min(text.length, READ_CHARS);
	for (let i = 0; i < end; i++) {
		let c = text.charCodeAt(i);
		let word: boolean;
		if (c < 128) {
			word = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
			if (c >= 65 && c <= 90) c |= 0x20;
		} else {
			const ch = text[i];
			word = LETTER_OR_DIGIT.test(ch);
			if (word) c = ch.toLowerCase().charCodeAt(0);
		}
		if (word) {
			if (!inWord) {
				h = 0x811c9dc5;
				inWord = true;
			}
			h = Math.imul(h ^ c, 0x01000193);
		} else if (inWord) {
			out.push(h >>> 0);
			inWord = false;
		}
	}
	if (inWord) out.push(h >>> 0);
	return out;
}

/** The SKETCH smallest distinct shingle hashes of a text, ascending (empty when too short). */
export function sketch(text: string): Uint32Array {
	const words = wordHashes(text);
	if (words.length - SHINGLE + 1 < MIN_SHINGLES) return new Uint32Array(0);
	const all = new Uint32Array(words.length - SHINGLE + 1);
	for (let i = 0; i < all.length; i++) {
		let h = 0x9747b28c;
		for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ words[i + k], 0x5bd1e995) ^ (h >>> 15);
		// A final mix, so that the smallest hashes are a fair sample of the shingles.
		h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
		h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
		all[i] = (h ^ (h >>> 16)) >>> 0;
	}
	all.sort();
	const out: number[] = [];
	for (let i = 0; i < all.length && out.length < SKETCH; i++) if (i === 0 || all[i] !== all[i - 1]) out.push(all[i]);
	return Uint32Array.from(out);
}

/**
 * The resemblance of two shingle sets estimated from their sketches: of the SKETCH smallest
 * hashes of the union, the share both hold.
 */
export function resemblance(a: Uint32Array, b: Uint32Array): number {
	const size = Math.min(SKETCH, a.length, b.length);
	if (size === 0) return 0;
	let i = 0;
	let j = 0;
	let both = 0;
	for (let taken = 0; taken < size && i < a.length && j < b.length; taken++) {
		if (a[i] === b[j]) {
			both++;
			i++;
			j++;
		} else if (a[i] < b[j]) i++;
		else j++;
	}
	return both / size;
}

/**
 * Reprints of a corpus: the position of each reprint → the position of its original, the earliest
 * published copy of the text (then the first by id). Articles that are no copy are absent.
 */
export function findReprints(articles: readonly Pick<Article, 'id' | 'published' | 'body'>[]): Map<number, number> {
	const sketches = articles.map((a) => sketch(a.body));
	const postings = new Map<number, number[]>();
	sketches.forEach((s, i) => {
		for (let k = 0; k < Math.min(KEYS, s.length); k++) {
			let list = postings.get(s[k]);
			if (!list) postings.set(s[k], (list = []));
			list.push(i);
		}
	});
	// Copies joined through any verified pair (three copies of one wire story are one text).
	const parent = Int32Array.from(articles, (_, i) => i);
	const find = (i: number): number => {
		while (parent[i] !== i) i = parent[i] = parent[parent[i]];
		return i;
	};
	const seen = new Int32Array(articles.length).fill(-1);
	sketches.forEach((s, a) => {
		for (let k = 0; k < Math.min(KEYS, s.length); k++) {
			const list = postings.get(s[k])!;
			if (list.length > KEY_LIMIT) continue;
			for (const b of list) {
				if (b <= a || seen[b] === a) continue;
				seen[b] = a;
				if (resemblance(s, sketches[b]) >= SAME_TEXT) parent[find(b)] = find(a);
			}
		}
	});
	const copies = new Map<number, number[]>();
	// Each group starts with its root; every other member adds itself.
	for (let i = 0; i < articles.length; i++) {
		const root = find(i);
		if (root !== i) (copies.get(root) ?? copies.set(root, [root]).get(root)!).push(i);
	}
	const reprints = new Map<number, number>();
	for (const group of copies.values()) {
		const [original, ...rest] = group.sort((x, y) => byDate(articles[x], articles[y]));
		for (const r of rest) reprints.set(r, original);
	}
	return reprints;
}
