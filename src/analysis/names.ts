// Normal forms of names: what to show, what to compare, and how to compare transliterations.
import {ARTICLE_PREFIX, GENERIC_ORG_WORDS, NAME_PARTICLES, NICKNAMES} from './entities/lexicon.js';
import {skeletonOfToken, translitTokens} from './entities/transliteration.js';

export {sameNameAnyOrder, sameNameKey, sameTokenKey, translitToken} from './entities/transliteration.js';

const QUOTES = /[“”„‟"«»‘’‛`']/g;
const APOSTROPHES = /[’'‘ʼʿʾ`´]/g;

/**
 * Strings a memo holds before it starts again. The AllSides corpus (37,554 articles) prints 191,406
 * distinct names in 2.5 million mentions: a limit of 100,000 emptied the memos again and again
 * while merging, so most names were cleaned and keyed many times over.
 */
const MEMO_LIMIT = 1_000_000;

/** Memoises a string function; names repeat across a corpus, so the cache stays small and hot. */
function memo(fn: (s: string) => string): (s: string) => string {
	let cache = new Map<string, string>();
	return (s: string): string => {
		let v = cache.get(s);
		if (v === undefined) {
			if (cache.size > MEMO_LIMIT) cache = new Map();
			v = fn(s);
			cache.set(s, v);
		}
		return v;
	};
}

/** Display form of a name: no outer quotes or punctuation, no possessive, no leading "the". */
export const cleanName = memo(cleanNameUncached);

function cleanNameUncached(surface: string): string {
	let s = surface.normalize('NFC').replace(/\s+/g, ' ').trim();
	// An opening quote stays when the name quotes part of itself ("“Sayyid al-Shuhada” Brigades").
	const innerQuote = /^[“«][^”»]+[”»]\s\S/u.test(s);
	if (!innerQuote) s = s.replace(/^[\s"'“”‘’«»(\[{*•·–—-]+/, '');
	s = s.replace(/[\s"“”«»)\]}*•·.,;:!?–—-]+$/, '');
	s = s.replace(/(?:['’]s|s['’])$/u, (m) => (m.startsWith('s') ? 's' : ''));
	s = s.replace(/^the\s+/i, '');
	// Balance inner quotes: a name may quote part of itself ("“Sayyid al-Shuhada” Brigades").
	const opens = (s.match(/[“«]/g) ?? []).length;
	const closes = (s.match(/[”»]/g) ?? []).length;
	if (opens !== closes) s = s.replace(/[“”«»]/g, '');
	return s.trim();
}

function stripAccents(s: string): string {
	return s.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** Case-, quote-, accent- and hyphen-insensitive key: "Al-Nujaba" = "al-Nujaba" = "al Nujaba". */
export const nameKey = memo(nameKeyUncached);

function nameKeyUncached(name: string): string {
	return stripAccents(cleanName(name))
		.toLowerCase()
		.replace(QUOTES, '')
		.replace(/[-‐‑–—.]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Name tokens as printed, split on spaces and hyphens. */
export function nameTokens(name: string): string[] {
	return cleanName(name)
		.replace(QUOTES, (q) => (q === '’' || q === "'" ? q : ''))
		.split(/[\s\-‐‑–—]+/)
		.filter(Boolean);
}

/** Tokens without article particles ("al", "el"); "Abu", "bin" stay (they distinguish people). */
export function contentTokens(name: string): string[] {
	const tokens = nameTokens(name).filter((t) => t !== '' && !/^(?:al|el|ul|ad|ar|as|ash|at|az|an|of|the|and|for)$/i.test(t));
	// Middle initials do not tell people apart: "Donald J. Trump" = "Donald Trump".
	return tokens.length >= 3 ? tokens.filter((t, i) => i === 0 || !/^\p{Lu}\.?$/u.test(t)) : tokens;
}

/**
 * Transliteration key of the content tokens (see transliteration.ts): "Mustafa al-Kadhimi" and
 * "Mustafa Al-Kazemi" get keys that sameNameKey finds compatible, as do "Qasim" and "Qassim";
 * particles do not count.
 */
export const translitKey = memo(translitKeyUncached);

function translitKeyUncached(name: string): string {
	return translitTokens(contentTokens(name)).join(' ');
}

/** Key of a name's consonant skeleton, token by token: candidates for sameNameKey, never proof. */
export const skeletonKey = memo(skeletonKeyUncached);

function skeletonKeyUncached(name: string): string {
	return translitTokens(contentTokens(name)).map(skeletonOfToken).join(' ');
}

/** The transliteration key with a short given name written in full: "Mike Bloomberg" = "Michael Bloomberg". */
export const personKey = memo(personKeyUncached);

function personKeyUncached(name: string): string {
	const tokens = contentTokens(name);
	const full = tokens.length >= 2 ? NICKNAMES.get(tokens[0].toLowerCase()) : undefined;
	if (full) tokens[0] = full;
	return translitTokens(tokens).join(' ');
}

/** personKey with its tokens in order of their letters: "Xi Jinping" = "Jinping Xi" (compare spellings with sameNameAnyOrder). */
export const unorderedKey = memo(unorderedKeyUncached);

function unorderedKeyUncached(name: string): string {
	return personKey(name).split(' ').sort().join(' ');
}

/**
 * The parts of a compound of several names written as one hyphenated word ("Pelosi-Schumer",
 * "Biden-Harris"), or null. Whether the parts are names of their own is for the corpus to say.
 */
export function compoundParts(name: string): string[] | null {
	if (/\s/.test(name) || ARTICLE_PREFIX.test(name)) return null;
	const parts = name.split(/[-‐‑]/);
	if (parts.length < 2 || !parts.every((p) => /^\p{Lu}\p{Ll}{1,}/u.test(p) && !NAME_PARTICLES.has(p.toLowerCase()))) return null;
	return parts;
}

/** True for names written in a transliteration of Arabic or Persian ("al-Wali", "Wala’i", "Abu Ala"). */
export function looksTransliterated(name: string): boolean {
	return nameTokens(name).some((t) => ARTICLE_PREFIX.test(t) || /^(?:al|el|abu|bin|ibn|bint|abd|abdul)$/i.test(t) || /\p{L}[’'ʿʾ]\p{L}/u.test(t));
}

/** Key of an organisation's distinctive words: "Harakat al-Nujaba" and "al-Nujaba Movement" → "nujaba". */
export function orgCoreTokens(name: string): string[] {
	return nameKey(name)
		.split(' ')
		.filter((t) => t !== '' && !GENERIC_ORG_WORDS.has(t) && !NAME_PARTICLES.has(t) && !/^(?:the|and)$/.test(t))
		.map((t) => t.replace(/^(?:al|el)\s*/, ''));
}

/** True for all-capital abbreviations: "PMF", "U.S.", "NYT", "AT&T". */
export function isAcronym(name: string): boolean {
	const s = name.replace(/\./g, '');
	return /^[\p{Lu}][\p{Lu}&\d]{1,7}$/u.test(s) && /\p{Lu}.*\p{Lu}/u.test(s);
}

/** The letters an acronym of this name would have (with and without its small words). */
export function acronymsOf(name: string): string[] {
	const tokens = nameTokens(name).map((t) => t.replace(ARTICLE_PREFIX, ''));
	const big = tokens.filter((t) => /^\p{Lu}/u.test(t));
	const all = tokens.filter((t) => !/^(?:the)$/i.test(t));
	const initials = (ts: string[]): string => ts.map((t) => t[0].toUpperCase()).join('');
	// "Centers for Disease Control and Prevention" is the CDC: acronyms often stop before an "and".
	const and = tokens.findIndex((t, i) => i >= 2 && /^(?:and|&)$/i.test(t));
	const lead = and > 0 ? tokens.slice(0, and).filter((t) => /^\p{Lu}/u.test(t)) : [];
	return [...new Set([initials(big), initials(all), ...(lead.length >= 2 ? [initials(lead)] : [])])].filter((a) => a.length >= 2);
}

/** Letters of an acronym as written: "U.S." → "US". */
export function acronymLetters(name: string): string {
	return name.replace(/[.\s]/g, '').toUpperCase();
}

/** URL-safe slug for entity ids. */
export function slugify(name: string): string {
	const slug = stripAccents(name)
		.toLowerCase()
		.replace(APOSTROPHES, '')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
	return slug === '' ? 'entity' : slug;
}
