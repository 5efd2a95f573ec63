// Quotes, cue verbs and speakers in one article. Pure and per-article: the result is plain JSON.
//
// A direct quotation is returned one sentence per RawQuote (sharing a `group`), so that the linker
// can match the part of a long quotation another outlet quoted and still rejoin whole quotations.
import type {Article} from '../corpus/types.js';
import type {ArticleMentions} from './mentions.js';
import {findIndirect, type IndirectClause} from './quotes/indirect.js';
import {CueIndex, type CueMatch} from './quotes/cues.js';
import {findQuoteSpans, type QuoteSpan} from './quotes/marks.js';
import {namesIn} from './quotes/names.js';
import {isQuotedTitle} from './quotes/titles.js';
import {coordinatedSubject, emptyCarry, isCoordinated, remember, rememberMentions, resolveSpeaker, type CarryState, type Speaker} from './quotes/speaker.js';
import {isTitleAbbreviation, splitSentences, type Sentence} from './sentences.js';
import {wordCount} from './letters.js';
import type {RenderingKind} from './types.js';

export interface RawQuote {
	text: string;
	start: number;
	end: number;
	kind: RenderingKind;
	verb: string | null;
	/** Speaker surface name as resolved in this article (carried pronouns resolved), or null. */
	speakerName: string | null;
	speakerLabel: string | null;
	/** person | organization | unknown (an untagged capitalised name). */
	speakerKind?: string | null;
	/** Offset in the body where the speaker is named (for a carried speaker, where it was named last). */
	speakerAt?: number;
	/** Index of the quotation or clause this piece belongs to, in article order. */
	group?: number;
	/** Position of this piece (a sentence of a longer quotation) within its group. */
	part?: number;
}

/** Quotes shorter than this are scare quotes ("occupiers", ‘Israel’), not statements. */
export const MIN_QUOTE_WORDS = 3;
const MAX_SUBJECT_WORDS_AFTER = 8;
const MAX_APPOSITIVE_WORDS_AFTER = 18;
const APPOSITIVE_SUBJECT = /^[\s,]*\p{Lu}[^,;:“”"]*,[^;:“”"]+,\s*$/u;
/** A quotation standing as its own paragraph with no cue is still speech when it reads as prose. */
const MIN_PARAGRAPH_QUOTE_WORDS = 5;

const MAX_GAP_WORDS_BEFORE = 12;
/** A name and the start of its appositive where the text breaks off: ", Obi, a senator from…" */
const CUT_OFF_APPOSITIVE = /^[\s,]*\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3},\s+(?:a|an|the)\s[^,;:.!?“”"]{0,80}(?:\.\.\.|…)?\s*$/u;

function sentenceIndex(sentences: Sentence[], pos: number): number {
	let lo = 0;
	let hi = sentences.length - 1;
	let found = 0;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (sentences[mid].start <= pos) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return found;
}

interface Attribution {
	cue: CueMatch | null;
	speaker: Speaker | null;
}

/**
 * Where the subject after an inverted cue ends: at the first punctuation, but not at the period of
 * a title or an initial before a name ("said Oversight Chair Rep. Ada B. Obi, D-Calif."), which
 * would leave the person out and make the title before it the speaker.
 */
function subjectStop(text: string): number {
	for (const m of text.matchAll(/[,.;:!?“”"]/g)) {
		const at = m.index!;
		const word = /(?:^|\s)(\p{L}+)$/u.exec(text.slice(Math.max(0, at - 8), at))?.[1];
		if (m[0] === '.' && word && (isTitleAbbreviation(word) || /^\p{Lu}$/u.test(word)) && /^\s+\p{Lu}/u.test(text.slice(at + 1, at + 3))) continue;
		return at;
	}
	return -1;
}

// The cue after the quote ("…,” the minister said) or before it (…he said: “…”).
function attribute(body: string, cues: CueIndex, q: QuoteSpan, prevLimit: number, nextLimit: number, mentions: ArticleMentions, carry: CarryState): Attribution | null {
	const after = cues.within(q.close, nextLimit).find(c => {
		const between = body.slice(q.close, c.start);
		// "…,” Ada Obi, a senator from the north, said": a name with its appositive may run longer.
		return wordCount(between) <= MAX_SUBJECT_WORDS_AFTER || (wordCount(between) <= MAX_APPOSITIVE_WORDS_AFTER && APPOSITIVE_SUBJECT.test(between));
	});
	if (after) {
		const gap = wordCount(body.slice(q.close, after.start));
		let subjectEnd = after.start;
		let subjectStart = q.close;
		if (gap === 0) {
			// Inverted: "…,” said the spokesman, …
			subjectStart = after.end;
			const stop = subjectStop(body.slice(after.end, nextLimit));
			subjectEnd = stop < 0 ? nextLimit : after.end + stop;
		}
		return {cue: after, speaker: resolveSpeaker(body, subjectStart, subjectEnd, after.start, mentions.mentions, carry, gap === 0 ? 'after' : 'before')};
	}
	const before = cues.within(prevLimit, q.open).filter(c => wordCount(body.slice(c.end, q.open)) <= MAX_GAP_WORDS_BEFORE).at(-1);
	if (before) {
		// A participle ("…, saying “…”") takes the subject of the sentence's main verb.
		if (/ing$/i.test(before.text)) {
			// ("Asked about it, Obi frowned, saying …": a verb opening the sentence has no subject before it.)
			const main = cues.within(prevLimit, before.start).filter(c => !/ing$/i.test(c.text) && wordCount(body.slice(prevLimit, c.start)) > 0).at(-1);
			const speaker = main
				? resolveSpeaker(body, prevLimit, main.start, main.start, mentions.mentions, carry, 'before')
				: resolveSpeaker(body, prevLimit, before.start, before.start, mentions.mentions, carry, 'main');
			return {cue: before, speaker};
		}
		// "Obi, who had walked out, turned round and said, “…”": the subject of the first verb.
		if (isCoordinated(body, prevLimit, before.start)) return {cue: before, speaker: coordinatedSubject(body, prevLimit, before.start, mentions.mentions, carry)};
		return {cue: before, speaker: resolveSpeaker(body, prevLimit, before.start, before.start, mentions.mentions, carry, 'before')};
	}
	return null;
}

/**
 * A quotation with no cue verb near it. Standing as its own sentence it continues the last
 * speaker's words; opening its paragraph and reading as prose (“We have informed the board …”) it
 * is speech whose speaker is the name right after it, the last speaker, or the person the previous
 * sentence is about, else unknown.
 */
function uncued(body: string, q: QuoteSpan, prevLimit: number, nextLimit: number, recent: boolean, previous: Sentence | undefined, mentions: ArticleMentions, carry: CarryState): Attribution | null {
	const tail = body.slice(q.close, nextLimit);
	const bare = wordCount(body.slice(prevLimit, q.open)) === 0 && wordCount(tail) === 0;
	if (bare && recent && carry.person) return {cue: null, speaker: carry.person};
	const lineStart = body.lastIndexOf('\n', q.open - 1) + 1;
	const inner = body.slice(q.start, q.end);
	const prose = wordCount(inner) >= MIN_PARAGRAPH_QUOTE_WORDS && (q.unclosed || /[.,!?…]$/.test(inner) || /[.,!?…]/.test(body[q.close] ?? ''));
	if (!prose || body.slice(lineStart, q.open).trim() !== '') return null;
	// "“…,” Obi…" cut off before the cue: the name right after the quotation, perhaps with its
	// appositive ("“…,” Obi, a senator from the north…").
	if (wordCount(tail) > 0) {
		if (!/^[\s,]*\p{Lu}/u.test(tail)) return null;
		if (wordCount(tail) > 3 && !CUT_OFF_APPOSITIVE.test(tail)) return null;
		const nameEnd = wordCount(tail) > 3 ? q.close + tail.indexOf(',', tail.search(/\p{Lu}/u)) : nextLimit;
		return {cue: null, speaker: resolveSpeaker(body, q.close, nameEnd, q.close, mentions.mentions, carry, 'after')};
	}
	if (recent && carry.person) return {cue: null, speaker: carry.person};
	return {cue: null, speaker: previous ? sentenceSubject(body, previous, mentions) : null};
}

// The person a sentence opens with as its subject ("Marine Gen. Ada Obi concurred with …").
function sentenceSubject(body: string, s: Sentence, mentions: ArticleMentions): Speaker | null {
	const hit = namesIn(body, s.start, s.end, mentions.mentions).find(n => n.kind === 'person');
	const lead = body.slice(s.start, hit?.start ?? s.start);
	// Only a premodifier may come first ("Harbour master Ada Obi"), not "The report by Ada Obi".
	if (!hit || wordCount(lead) > 3 || /\b(?:by|of|for|with|to|from|in|on|at|about|against|and)\b/i.test(lead)) return null;
	if (!/^\s+\p{Ll}/u.test(body.slice(hit.end, hit.end + 20))) return null;
	return {name: hit.name, kind: hit.kind, label: null, at: hit.start};
}

/**
 * Does the quotation opening at `open` resume the one that closed at `close` around their shared
 * attribution? The attribution ends in punctuation before the quotation resumes ("“A,” he said,
 * “B.”", "“A,” she told reporters. “B.”"); a quotation the attribution's own words run into is
 * something else it names ("…,” she told Ada Obi on “Morning Harbour.”").
 */
function resumes(body: string, close: number, open: number): boolean {
	return /[,.:;—–]\s*$/.test(body.slice(close, open));
}

function pieces(body: string, q: QuoteSpan): Array<{start: number; end: number}> {
	const inner = body.slice(q.start, q.end);
	const parts = splitSentences(inner).map(s => ({start: q.start + s.start, end: q.start + s.end}));
	return parts.length > 0 ? parts : [{start: q.start, end: q.end}];
}

/**
 * "Shafaq News reported that …", "according to the Tehran Times": a news outlet that reports what
 * someone said is not the one who said it, and no speaker beats a wrong one. Only the verbs of
 * reporting count: "the newspaper said in an editorial" is the outlet's own statement.
 */
function onlyReports(verb: string, speaker: string, outlet: string | null): boolean {
	if (!REPORTING_VERB.test(verb)) return false;
	return MEDIA_NAME.test(speaker) || (outlet !== null && speaker.toLowerCase() === outlet.toLowerCase());
}

const REPORTING_VERB = /^(?:report(?:ed|s|ing)?|according to)$/i;
/** Names of news outlets by their head words (general English: "… News", "… Times", "Press TV"). */
const MEDIA_NAME = /\b(?:News|Newspaper|News Agency|Times|Post|Press|TV|Television|Radio|Journal|Herald|Gazette|Tribune|Daily|Magazine|Channel|Broadcasting)\b/u;

export function extractQuotes(article: Article, mentions: ArticleMentions): RawQuote[] {
	const body = article.body;
	const sentences = splitSentences(body);
	if (sentences.length === 0) return [];
	const spans = findQuoteSpans(body);
	const cues = new CueIndex(body);
	const carry = emptyCarry();
	const out: RawQuote[] = [];
	const swallowed = new Set<QuoteSpan>();
	let lastSpoken = -10;
	let lastDirect: {cue: number; close: number; group: number; parts: number} | null = null;

	const emit = (start: number, end: number, kind: RenderingKind, cue: CueMatch | null, said: Speaker | null, group: number, part: number): void => {
		const speaker = said && cue && onlyReports(cue.text, said.name, article.outlet) ? null : said;
		out.push({
			text: body.slice(start, end),
			start,
			end,
			kind,
			verb: cue ? cue.text : null,
			speakerName: speaker?.name ?? null,
			speakerLabel: speaker?.label ?? null,
			speakerKind: speaker?.kind ?? null,
			...(speaker?.at !== undefined ? {speakerAt: speaker.at} : {}),
			group,
			part,
		});
	};

	let group = 0;
	let spanCursor = 0;
	let localFrom = 0;
	for (let si = 0; si < sentences.length; si++) {
		const s = sentences[si];
		let spoke = false;
		// Indirect speech first: a clause that holds whole quotations absorbs them.
		// Only quotations that touch this sentence matter to it (keeps long articles linear).
		// Spans do not overlap, so those touching this sentence are a window moving forward.
		while (localFrom < spans.length && spans[localFrom].close <= s.start) localFrom++;
		const local: QuoteSpan[] = [];
		for (let k = localFrom; k < spans.length && spans[k].open < s.end; k++) if (spans[k].close > s.start) local.push(spans[k]);
		const clauses: IndirectClause[] = findIndirect(body, s, local, cues, mentions.mentions, carry);
		for (const c of clauses) {
			for (const q of local) if (q.open >= c.start && q.close <= c.end + 1 && wordCount(body.slice(q.start, q.end)) >= MIN_QUOTE_WORDS) swallowed.add(q);
			emit(c.start, c.end, 'indirect', c.cue, c.speaker, group++, 0);
			remember(carry, c.speaker);
			spoke = spoke || c.speaker !== null;
		}
		while (spanCursor < spans.length && spans[spanCursor].open < s.start) spanCursor++;
		for (let k = spanCursor; k < spans.length && spans[k].open < s.end; k++) {
			const q = spans[k];
			const inner = body.slice(q.start, q.end);
			if (swallowed.has(q) || wordCount(inner) < MIN_QUOTE_WORDS || isQuotedTitle(inner, body.slice(Math.max(0, q.open - 12), q.open))) continue;
			const closeSentence = sentences[sentenceIndex(sentences, Math.max(q.start, q.close - 1))];
			// The previous quotation bounds this one's attribution; a scare quote inside the sentence
			// ("Asked why he was “confident” that …, Obi said:") does not.
			let previousQuote = k - 1;
			while (previousQuote >= 0 && spans[previousQuote].close > s.start && wordCount(body.slice(spans[previousQuote].start, spans[previousQuote].end)) < MIN_QUOTE_WORDS) previousQuote--;
			const prevLimit = Math.max(s.start, previousQuote >= 0 ? spans[previousQuote].close : 0);
			const nextLimit = Math.min(closeSentence.end, k + 1 < spans.length ? spans[k + 1].open : body.length);
			const found = attribute(body, cues, q, prevLimit, nextLimit, mentions, carry) ?? uncued(body, q, prevLimit, nextLimit, si - lastSpoken <= 2, sentences[si - 1], mentions, carry);
			if (!found) continue;
			// "“A,” he said, “B.”": both halves hang on one cue and are one quotation.
			const prior: {cue: number; close: number; group: number; parts: number} | null = lastDirect;
			const joined = prior !== null && found.cue !== null && prior.cue === found.cue.start && resumes(body, prior.close, q.open) ? prior : null;
			const g: number = joined ? joined.group : group++;
			const first: number = joined ? joined.parts : 0;
			const ps = pieces(body, q);
			ps.forEach((p, i) => emit(p.start, p.end, 'direct', found.cue, found.speaker, g, first + i));
			lastDirect = found.cue ? {cue: found.cue.start, close: q.close, group: g, parts: first + ps.length} : null;
			remember(carry, found.speaker);
			spoke = spoke || found.speaker !== null;
		}
		if (spoke) lastSpoken = sentenceIndex(sentences, s.end - 1);
		else rememberMentions(carry, body, s.start, s.end, mentions.mentions);
	}
	out.sort((a, b) => a.start - b.start || a.end - b.end);
	return out;
}
