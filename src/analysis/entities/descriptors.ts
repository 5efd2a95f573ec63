// How an article labels a person or organisation: the noun phrase around a name that carries a
// role or a characterisation ("militia spokesman Nasr al-Shammari", "Nasr al-Shammari, a spokesman
// for al-Nujaba", "the Daesh terrorist group", "X is one of the militias ...").
import {GROUP_NOUNS, ROLE_NOUNS, TITLES, TITLE_MODIFIERS, lexiconTags} from './lexicon.js';

export type DescriptorKind = 'appositive' | 'premodifier' | 'group' | 'other';

export interface FoundDescriptor {
	text: string;
	kind: DescriptorKind;
	start: number;
	end: number;
}

const DETERMINERS = /^(?:the|a|an|his|her|its|their|our|former|late)$/i;
const HONORIFICS = /^(?:mr|mrs|ms|miss|dr|mx)\.?$/i;
// Nouns that make an appositive a label ("a spokesman for ...", "the official name for ...").
const LABEL_NOUNS = new Set([
	'name', 'acronym', 'nickname', 'term', 'city', 'capital', 'country', 'town', 'province', 'region', 'state', 'site',
	'daughter', 'son', 'wife', 'husband', 'father', 'mother', 'brother', 'sister', 'friend', 'ally', 'rival', 'critic',
	'supporter', 'opponent', 'veteran', 'native', 'resident', 'part', 'member', 'arm', 'wing', 'branch', 'affiliate',
	'umbrella', 'offshoot', 'successor', 'heir', 'protege', 'protégé', 'confidant', 'aide', 'associate', 'partner',
]);
function labelled(phrase: string): boolean {
	const words = phrase.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}-]+/u).slice(0, 10);
	return words.some((w) => ROLE_NOUNS.has(w) || GROUP_NOUNS.has(w) || LABEL_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/s$/, '')) || GROUP_NOUNS.has(w.replace(/s$/, '')) || w.split('-').some((p) => ROLE_NOUNS.has(p) && p.length > 3));
}
// Lowercase words that can qualify a role noun inside a label.
const MODIFIERS = new Set([
	...TITLE_MODIFIERS,
	'militia', 'television', 'news', 'military', 'intelligence', 'army', 'police', 'party', 'press', 'media',
	'government', 'opposition', 'rebel', 'terrorist', 'militant', 'paramilitary', 'armed', 'influential',
	'prominent', 'powerful', 'radical', 'hardline', 'veteran', 'longtime', 'current', 'outgoing', 'incoming',
	'ex', 'then', 'top', 'leading', 'local', 'regional', 'international', 'global', 'federal', 'senior',
	'political', 'presidential', 'religious', 'spiritual', 'supreme', 'foreign', 'affairs', 'defense', 'security', 'advisory',
	'communications', 'press', 'campaign', 'white', 'house', 'state', 'private', 'public', 'investigative',
	'online', 'daily', 'weekly', 'conservative', 'liberal', 'progressive', 'right-wing', 'left-wing', 'shia',
	'sunni', 'shiite', 'islamist', 'jihadist', 'resistance', 'anti-terror', 'pro-government', 'pro-iranian',
	'criminal', 'controversial', 'embattled', 'disgraced', 'billionaire', 'tech', 'oil', 'energy', 'health',
	'finance', 'trade', 'economy', 'economic', 'vice', 'deputy', 'assistant', 'general', 'chief', 'head',
]);

interface Word {
	text: string;
	start: number;
	end: number;
}

const WORD_CHAR = /[\p{L}\p{N}’'\-‐‑.,&]/u;

/** The word ending at most two spaces before pos (with its quotes), scanning backwards by hand. */
function wordBefore(text: string, pos: number): Word | null {
	let e = pos;
	let spaces = 0;
	while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\t' || text[e - 1] === '\u00a0')) {
		e--;
		spaces++;
	}
	if (spaces === 0 || spaces > 2) return null;
	let end = e;
	if (end > 0 && /[”"’]/.test(text[end - 1])) end--;
	let start = end;
	while (start > 0 && end - start < 60 && WORD_CHAR.test(text[start - 1])) start--;
	while (start < end && !/[\p{L}\p{N}]/u.test(text[start])) start++;
	if (start >= end) return null;
	if (start > 0 && /[“"‘]/.test(text[start - 1])) start--;
	const w = text.slice(start, e);
	if (w.endsWith(',')) return null;
	return {text: w, start, end: e};
}

const bare = (w: string): string => w.replace(/^[“"‘]|[”"’]$/g, '').toLowerCase();
const isCapitalised = (w: string): boolean => /^[“"‘]?(?:\p{Lu}|(?:al|el)-\p{Lu})/u.test(w);
const isPossessive = (w: string): boolean => /\p{L}[’']s$/u.test(w);
const isRole = (w: string): boolean => ROLE_NOUNS.has(bare(w)) || TITLES.has(bare(w)) || bare(w).split(/[-‐‑]/).some((p) => ROLE_NOUNS.has(p) && p.length > 3);

const OPENER_TAG = /^(?:Preposition|Conjunction|QuestionWord|Adverb|Determiner|Pronoun)$/;

/**
 * Premodifiers: walk back from the name over role nouns, modifiers, capitalised words, possessives
 * and hyphenated compounds ("Beirut-based"), then one determiner. Requires a role noun, or for
 * organisations a possessive or compound that characterises them.
 */
function premodifier(text: string, nameStart: number, organisation: boolean, loose = false): {start: number; role: boolean; words: number} | null {
	let pos = nameStart;
	let start = nameStart;
	let role = false;
	let words = 0;
	let flavour = false;
	// "[Iranian Quds Force commander] Qasem Soleimani": an editor's bracket before the name.
	const bracket = /\[([^\]\n]{3,80})\]\s?$/.exec(text.slice(Math.max(0, nameStart - 84), nameStart));
	if (bracket) return {start: nameStart - bracket[0].length, role: true, words: bracket[1].split(/\s+/).length};
	for (let guard = 0; guard < 12; guard++) {
		const w = wordBefore(text, pos);
		if (!w) break;
		const b = bare(w.text);
		if (DETERMINERS.test(b)) {
			start = w.start;
			break;
		}
		const roleWord = isRole(w.text);
		// A capitalised word that opens the sentence ("As President Obi", "When Gov. Obi") is no part of the label.
		if (!roleWord && isCapitalised(w.text) && lexiconTags(b).some((t) => OPENER_TAG.test(t))) break;
		const ok =
			roleWord ||
			MODIFIERS.has(b) ||
			isPossessive(w.text) ||
			(isCapitalised(w.text) && !/[.,]$/.test(w.text)) ||
			/^\p{L}+(?:[-‐‑]\p{L}+)+$/u.test(b) ||
			/^[“"‘][\p{Ll}]+[”"’]$/u.test(w.text) ||
			/^[\d,]+$/.test(b);
		if (!ok) break;
		if (roleWord) role = true;
		if (isPossessive(w.text) || /[-‐‑]/.test(b) || /^[“"‘]/.test(w.text)) flavour = true;
		words++;
		start = w.start;
		pos = w.start;
		// A possessive opens the phrase ("Iraq’s Foreign Minister").
		if (isPossessive(w.text)) break;
	}
	if (words === 0) return loose && start < nameStart ? {start, role, words} : null;
	if (!role && !(organisation && flavour) && !loose) return null;
	return {start, role, words};
}

/** The label phrase ends after lowercase modifiers and a group noun ("... al-Mayadeen television network"). */
const PERSON_TAILS = new Set(['administration', 'campaign', 'government', 'family', 'team', 'camp', 'presidency', 'era']);

function groupTail(text: string, nameEnd: number, organisation: boolean): number | null {
	const rest = text.slice(nameEnd, nameEnd + 90);
	const lead = /^(?:\s*[(\[][^)\]\n]{1,40}[)\]])?\*?/u.exec(rest)![0].length;
	const words = /^(?:\s+[\p{Ll}][\p{Ll}\-’']*){1,4}/u.exec(rest.slice(lead));
	if (!words) return null;
	let pos = nameEnd + lead;
	for (const m of words[0].matchAll(/\s+([\p{Ll}][\p{Ll}\-’']*)/gu)) {
		const w = m[1];
		pos += m[0].length;
		// Organisations: "the X terrorist group", "X commander"; people: "the X administration".
		if (organisation ? GROUP_NOUNS.has(w) || ROLE_NOUNS.has(w) : PERSON_TAILS.has(w)) return pos;
		if (!MODIFIERS.has(w) && !/[-‐‑]/.test(w) && !/(?:ist|ic|al|ary|ian|ive)$/.test(w)) return null;
	}
	return null;
}

const APPOSITIVE_OPENERS =
	/^(?:a|an|the|one|his|her|its|their|(?:which|who)\s+(?:is|was|are|were|has been|had been|serves)|led|based|backed|founded|formed|headed|known|better|also|formerly|now|currently|former|\p{L}+[’']s)\b/iu;
// A finite verb inside a noun-phrase appositive means the comma began a new clause instead.
const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|said|says|did|does|do|can|could|should|may|might|must)\b/i;

function clauseEnd(text: string, from: number, maxWords: number): number {
	let i = from;
	let words = 0;
	let depth = 0;
	while (i < text.length) {
		const ch = text[i];
		if (ch === '(' || ch === '[') depth++;
		else if ((ch === ')' || ch === ']') && depth > 0) depth--;
		else if (ch === ')' || ch === ']') break;
		else if (depth === 0 && ch === ',' && /\d,\d/.test(text.slice(i - 1, i + 2))) {
			// "10,000" is a number, not a clause break.
		} else if (depth === 0 && /[,;:\n!?]/.test(ch)) break;
		else if (depth === 0 && ch === '.' && !/^\.\d/.test(text.slice(i, i + 2)) && !/\b\p{Lu}$/u.test(text.slice(i - 2, i))) break;
		else if (depth === 0 && /[“”"]/.test(ch) && words > 0 && ch !== '“') {
			// A closing quote after words ends the phrase unless it wraps a word inside the label.
			if (/^[”"]\s*[,.;]/.test(text.slice(i))) break;
		}
		if (ch === ' ') {
			words++;
			if (words > maxWords) break;
		}
		i++;
	}
	return i;
}

/** Descriptors around one mention of a person or organisation. */
export function describe(text: string, start: number, end: number, organisation: boolean, labelStart?: number): FoundDescriptor[] {
	const out: FoundDescriptor[] = [];
	const push = (s: number, e: number, kind: DescriptorKind): void => {
		const t = text.slice(s, e).trim().replace(/[\s,;:]+$/, '');
		if (t.length > 2 && t.split(/\s+/).length <= 30) out.push({text: t, kind, start: s, end: s + t.length});
	};
	// A title phrase already split off the name ("US President") is a label; extend it leftwards.
	const tail = groupTail(text, end, organisation);
	const pre =
		labelStart !== undefined
			? (premodifier(text, labelStart, true, true) ?? {start: labelStart, role: true, words: 1})
			: premodifier(text, start, organisation, tail !== null);
	if (tail !== null) {
		// "the Daesh (ISIS)* terrorist group", "Lebanon’s al-Mayadeen television network", "the Trump administration".
		let s = pre ? pre.start : start;
		const det = wordBefore(text, s);
		if (det && DETERMINERS.test(bare(det.text))) s = det.start;
		push(s, tail, 'group');
	} else if (pre) {
		// "Mr Mueller" is courtesy, not a label.
		const label = text.slice(pre.start, start).trim().split(/\s+/);
		if (!label.every((w) => HONORIFICS.test(w) || DETERMINERS.test(w))) push(pre.start, end, 'premodifier');
	}
	// Appositive after: "Name, a spokesman for Y," / "Name [PMU], better known as ..." / "Name, which ...".
	const after = /^(?:\s*[(\[][^)\]\n]{1,40}[)\]])?\*?,\s+/u.exec(text.slice(end, end + 50));
	if (after) {
		const s = end + after[0].length;
		const rest = text.slice(s, s + 40);
		if (APPOSITIVE_OPENERS.test(rest)) {
			const e = clauseEnd(text, s, 25);
			const phrase = text.slice(s, e);
			if (/^(?:which|who|led|based|backed|founded|formed|headed|known|better|also|formerly)\b/i.test(phrase) || (!FINITE_VERB.test(phrase) && labelled(phrase))) push(s, e, 'appositive');
		}
	}
	// Editor's gloss in brackets after the name: "Daesh [the Arabic acronym for ...]".
	const gloss = /^\s*\[((?:the|a|an)\s[^\]\n]{3,120})\]/i.exec(text.slice(end, end + 130));
	if (gloss) push(end + gloss[0].indexOf('[') , end + gloss[0].length, 'appositive');
	// Appositive before: "The Secretary-General of the X Brigades, Name, announced".
	if (/,\s$/.test(text.slice(Math.max(0, start - 2), start)) && /^(?:,|\s+who\b)/.test(text.slice(end, end + 5))) {
		const before = appositiveBefore(text, start);
		if (before) push(before.start, before.end, 'appositive');
	}
	// "the fighters of X", "the leader of X".
	const of = /\b((?:the|a|an)\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}]+)\s+of\s+(?:the\s+)?)$/u.exec(text.slice(Math.max(0, start - 50), start));
	if (of && organisation && (ROLE_NOUNS.has(of[2]) || ROLE_NOUNS.has(of[2].replace(/s$/, '')) || /(?:ists|fighters|militants|members|leaders|supporters)$/.test(of[2]))) {
		const s = start - of[1].length;
		push(s, groupTail(text, end, true) ?? (/^\s*\[[^\]\n]{1,40}\]/.exec(text.slice(end))?.[0].length ?? 0) + end, 'other');
	}
	// Participles: "the Popular Mobilization Militias formed in 2014 to fight Daesh".
	const part = /^\s+((?:formed|founded|established|created|based|backed|funded|led|run|set up)\s+(?:in|by|to)\s)/.exec(text.slice(end, end + 30));
	if (part && organisation) {
		const s = end + part[0].length - part[1].length;
		push(s, clauseEnd(text, s, 15), 'other');
	}
	// Copula: "Name is one of the militias ..." / "Name is a ...".
	const cop = /^(?:\s*[(\[][^)\]\n]{1,40}[)\]])?\s+(?:is|was|are|were|remains|has been|had been)\s+(?=(?:a|an|one of|the|among)\s)/u.exec(text.slice(end, end + 40));
	if (cop) {
		const s = end + cop[0].length;
		const e = clauseEnd(text, s, 25);
		if (labelled(text.slice(s, e))) push(s, e, 'other');
	}
	return out;
}

function appositiveBefore(text: string, nameStart: number): {start: number; end: number} | null {
	const comma = text.lastIndexOf(',', nameStart);
	if (comma < 0 || nameStart - comma > 3) return null;
	const windowStart = Math.max(0, comma - 200);
	const chunk = text.slice(windowStart, comma);
	// The phrase starts after the previous clause boundary, at its first determiner.
	const boundary = Math.max(chunk.lastIndexOf(','), chunk.lastIndexOf(';'), chunk.lastIndexOf(':'), chunk.lastIndexOf('.'), chunk.lastIndexOf('\n'), chunk.lastIndexOf('('));
	let phrase = chunk.slice(boundary + 1);
	let offset = windowStart + boundary + 1;
	const det = /(?:^|\s)((?:the|a|an|his|her|its|their)\s)/i.exec(phrase);
	if (det) {
		offset += det.index + det[0].length - det[1].length;
		phrase = phrase.slice(det.index + det[0].length - det[1].length);
	} else if (boundary >= 0) {
		return null;
	}
	const trimmed = phrase.trim();
	const words = trimmed.split(/\s+/);
	if (words.length < 2 || words.length > 16) return null;
	if (!words.some((w) => isRole(w))) return null;
	const lead = phrase.length - phrase.trimStart().length;
	return {start: offset + lead, end: offset + lead + trimmed.length};
}
