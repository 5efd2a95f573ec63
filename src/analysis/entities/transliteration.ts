// Keys that tell whether two spellings of a name are transliterations of one name. Arabic and
// Persian names reach English copy through several conventions at once (al-Kadhimi / Al-Kazemi,
// Qasim / Qassim / Ghasem, Hussein / Husayn, Ja'afari / Jaafari, Abdul-Mahdi / Abdulmahdi), so a
// key erases what those conventions vary (doubled letters, apostrophes, article prefixes, q/k/gh,
// dh/z/d, v/w) but keeps what tells names apart: the consonants, and the vowel's quality where no
// convention varies it. Hassan is not Hussein, Omar is not Amir, Ali is not Alaa, Saad is not
// Saeed, though every one of those pairs shares its consonants.
import {ARTICLE_PREFIX} from './lexicon.js';

const APOSTROPHES = /[’'‘ʼʿʾ`´]/g;

/**
 * Vowel classes, written as capitals inside a key: A (a), I (i, y), U (u, o, ou, oo, ow), E (an
 * "e", which writes a fatha in one convention and a kasra in another: Ahmed = Ahmad, Kazemi =
 * Kadhimi), Y (a diphthong or a vowel pair before an i: Husayn = Hussein = Hussain, Qays = Qais),
 * W (a diphthong before a u: Mawsili). D is the consonant that the conventions write dh, z or d.
 */
const COMPATIBLE: Record<string, string> = {
	A: 'AE',
	E: 'AEIY',
	I: 'IEY',
	U: 'UW',
	Y: 'YEI',
	W: 'WU',
	D: 'Ddz',
	d: 'dD',
	z: 'zD',
};
const VOWEL_CLASS = /[AEIUYW]/;

function same(a: string, b: string): boolean {
	return a === b || (COMPATIBLE[a]?.includes(b) ?? false);
}

function stripAccents(s: string): string {
	return s.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** One run of vowel letters (with a y or w that is no consonant) as its class letters. */
function vowelClasses(run: string): string {
	if (/^[ae][iye]+$/.test(run)) return 'Y';
	if (/^a[uwo]+$/.test(run)) return 'W';
	let out = '';
	for (const ch of run) {
		const c = ch === 'a' ? 'A' : ch === 'e' ? 'E' : ch === 'i' || ch === 'y' ? 'I' : 'U';
		if (!out.endsWith(c)) out += c;
	}
	return out;
}

/**
 * The key of one name token: consonants in lower case (dh as D), vowel runs as classes. "Kadhimi"
 * → "kADImI", "Kazemi" → "kAzEmI", "Qassim" → "kAsIm", "Hussein" → "hUsYn", "Abdul-" → "Abd".
 */
export function translitToken(token: string): string {
	let t = stripAccents(token).toLowerCase().replace(APOSTROPHES, '');
	t = t.replace(ARTICLE_PREFIX, '');
	if (t === '') return '';
	// "Abdul", "Abdel", "Abdol", "Abd al-": the article inside "servant of" is written every way.
	t = t.replace(/^abd[aeiou]?l(?=.)|^abd[aeiou]?l$/, 'abd');
	t = t
		.replace(/dh/g, 'D')
		.replace(/kh/g, 'k')
		.replace(/gh/g, 'k')
		.replace(/dj/g, 'j')
		.replace(/ph/g, 'f')
		.replace(/q/g, 'k')
		.replace(/ck/g, 'k')
		.replace(/c(?=[aou])/g, 'k')
		.replace(/v/g, 'w')
		.replace(/([a-z])\1+/g, '$1');
	// A y or w is a consonant before a vowel ("Yusuf", "Nawaf"), else part of the vowel ("Qays", "Rowhani").
	t = t.replace(/[aeiou](?:[aeiou]|[yw](?![aeiou]))*|y(?![aeiou])/g, vowelClasses);
	// A final h after a vowel is silent: "Fatimah" = "Fatima", "Abdullah" = "Abdulla".
	return t.replace(/(?<=[AEIUYW])h$/, '');
}

/** A token key with every vowel and the dh/z/d distinction erased: a block of candidates, never proof. */
export function skeletonOfToken(key: string): string {
	if (key.length <= 1) return key;
	// A first vowel counts as one, whatever its class ("Esmail" / "Ismail", "Omar" / "Umar").
	return ((VOWEL_CLASS.test(key[0]) ? 'a' : key[0]) + key.slice(1).replace(/[AEIUYW]/g, '')).replace(/[Dz]/g, 'd');
}

/**
 * True when two token keys (translitToken) are spellings of one name: letter for letter the same
 * or compatible (see COMPATIBLE), or so after one vowel inserted between two consonants of the
 * longer ("Nasr" / "Nasser", "Hashd" / "Hashed"). One vowel is the most a transliteration adds;
 * more would join other names, and never at either end ("Brittany" is not "Bretton").
 */
export function sameTokenKey(ka: string, kb: string): boolean {
	if (ka === kb) return true;
	if (ka.length === kb.length) {
		for (let i = 0; i < ka.length; i++) if (!same(ka[i], kb[i])) return false;
		return true;
	}
	if (Math.abs(ka.length - kb.length) !== 1) return false;
	const [short, long] = ka.length < kb.length ? [ka, kb] : [kb, ka];
	if (skeletonOfToken(short).length < 3) return false;
	for (let i = 1; i < long.length - 1; i++) {
		if (!VOWEL_CLASS.test(long[i]) || VOWEL_CLASS.test(long[i - 1]) || VOWEL_CLASS.test(long[i + 1])) continue;
		let ok = true;
		for (let j = 0; j < short.length && ok; j++) ok = same(short[j], long[j < i ? j : j + 1]);
		if (ok) return true;
	}
	return false;
}

/** True when two keys of whole names agree token by token, in order (sameTokenKey). */
export function sameNameKey(a: string, b: string): boolean {
	if (a === b) return true;
	const ta = a.split(' ');
	const tb = b.split(' ');
	return ta.length === tb.length && ta.every((t, i) => sameTokenKey(t, tb[i]));
}

/** True when two keys of whole names hold the same tokens (sameTokenKey) in any order. */
export function sameNameAnyOrder(a: string, b: string): boolean {
	if (a === b) return true;
	const ta = a.split(' ');
	const tb = b.split(' ');
	if (ta.length !== tb.length) return false;
	const used = new Array<boolean>(tb.length).fill(false);
	return ta.every((t) => {
		const k = tb.findIndex((u, i) => !used[i] && sameTokenKey(t, u));
		if (k < 0) return false;
		used[k] = true;
		return true;
	});
}

/**
 * Name tokens as transliteration keys: particles joined to the word they belong to, so that
 * "Abdul Mahdi", "Abdul-Mahdi" and "Abdulmahdi" are one token, and "ibn" written as "bin".
 */
export function translitTokens(tokens: string[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < tokens.length; i++) {
		let k = translitToken(tokens[i]);
		if (k === '') continue;
		if (k === 'Abd' && i + 1 < tokens.length) k += translitToken(tokens[++i]);
		else if (k === 'Ibn') k = 'bIn';
		out.push(k);
	}
	return out;
}
