// Quotes, cue verbs and speakers in one article. Pure and per-article: the result is plain JSON.
//
// A direct quotation is returned one sentence per RawQuote (sharing a `group`), so that the linker
// can match the part of a long quotation another outlet quoted and still rejoin whole quotations.
import type {Article} from '../corpus/types.js';
import type {ArticleMentions} from './mentions.js';
import {findIndirect, type IndirectClause} from './quotes/indirect.js';
import {findCues, type CueMatch} from './quotes/cues.js';
import {findQuoteSpans, type QuoteSpan} from './quotes/marks.js';
import {emptyCarry, remember, rememberMentions, resolveSpeaker, type Speaker} from './quotes/speaker.js';
import {splitSentences, type Sentence} from './sentences.js';
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
	/** Index of the quotation or clause this piece belongs to, in article order. */
	group?: number;
	/** Position of this piece (a sentence of a longer quotation) within its group. */
	part?: number;
}

/** Quotes shorter than this are scare quotes ("occupiers", ‘Israel’), not statements. */
export const MIN_QUOTE_WORDS = 3;
const MAX_SUBJECT_WORDS_AFTER = 8;
const MAX_GAP_WORDS_BEFORE = 12;

export function wordCount(text: string): number {
	return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

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

// The cue after the quote ("…,” the minister said) or before it (…he said: “…”).
function attribute(body: string, q: QuoteSpan, prevLimit: number, nextLimit: number, mentions: ArticleMentions, carry: ReturnType<typeof emptyCarry>): Attribution | null {
	const after = findCues(body, q.close, nextLimit).find(c => wordCount(body.slice(q.close, c.start)) <= MAX_SUBJECT_WORDS_AFTER);
	if (after) {
		const gap = wordCount(body.slice(q.close, after.start));
		let subjectEnd = after.start;
		let subjectStart = q.close;
		if (gap === 0) {
			// Inverted: "…,” said the spokesman, …
			subjectStart = after.end;
			const stop = body.slice(after.end, nextLimit).search(/[,.;:!?“”"]/);
			subjectEnd = stop < 0 ? nextLimit : after.end + stop;
		}
		return {cue: after, speaker: resolveSpeaker(body, subjectStart, subjectEnd, after.start, mentions.mentions, carry, gap === 0 ? 'after' : 'before')};
	}
	const before = findCues(body, prevLimit, q.open).filter(c => wordCount(body.slice(c.end, q.open)) <= MAX_GAP_WORDS_BEFORE).at(-1);
	if (before) {
		// A participle ("…, saying “…”") takes the subject of the sentence's main verb.
		if (/ing$/i.test(before.text)) {
			const main = findCues(body, prevLimit, before.start).filter(c => !/ing$/i.test(c.text)).at(-1);
			const speaker = main
				? resolveSpeaker(body, prevLimit, main.start, main.start, mentions.mentions, carry, 'before')
				: resolveSpeaker(body, prevLimit, before.start, before.start, mentions.mentions, carry, 'main');
			return {cue: before, speaker};
		}
		return {cue: before, speaker: resolveSpeaker(body, prevLimit, before.start, before.start, mentions.mentions, carry, 'before')};
	}
	return null;
}

function pieces(body: string, q: QuoteSpan): Array<{start: number; end: number}> {
	const inner = body.slice(q.start, q.end);
	const parts = splitSentences(inner).map(s => ({start: q.start + s.start, end: q.start + s.end}));
	return parts.length > 0 ? parts : [{start: q.start, end: q.end}];
}

export function extractQuotes(article: Article, mentions: ArticleMentions): RawQuote[] {
	const body = article.body;
	const sentences = splitSentences(body);
	if (sentences.length === 0) return [];
	const spans = findQuoteSpans(body);
	const long = spans.filter(q => wordCount(body.slice(q.start, q.end)) >= MIN_QUOTE_WORDS);
	const carry = emptyCarry();
	const out: RawQuote[] = [];
	const swallowed = new Set<QuoteSpan>();
	let lastSpoken = -10;

	const emit = (start: number, end: number, kind: RenderingKind, cue: CueMatch | null, speaker: Speaker | null, group: number, part: number): void => {
		out.push({
			text: body.slice(start, end),
			start,
			end,
			kind,
			verb: cue ? cue.text : null,
			speakerName: speaker?.name ?? null,
			speakerLabel: speaker?.label ?? null,
			speakerKind: speaker?.kind ?? null,
			group,
			part,
		});
	};

	let group = 0;
	let spanCursor = 0;
	for (let si = 0; si < sentences.length; si++) {
		const s = sentences[si];
		let spoke = false;
		// Indirect speech first: a clause that holds whole quotations absorbs them.
		// Only quotations that touch this sentence matter to it (keeps long articles linear).
		const local = spans.filter(q => q.open < s.end && q.close > s.start);
		const clauses: IndirectClause[] = findIndirect(body, s, local, mentions.mentions, carry);
		for (const c of clauses) {
			for (const q of long) if (q.open >= c.start && q.close <= c.end + 1) swallowed.add(q);
			emit(c.start, c.end, 'indirect', c.cue, c.speaker, group++, 0);
			remember(carry, c.speaker);
			spoke = spoke || c.speaker !== null;
		}
		while (spanCursor < spans.length && spans[spanCursor].open < s.start) spanCursor++;
		for (let k = spanCursor; k < spans.length && spans[k].open < s.end; k++) {
			const q = spans[k];
			if (swallowed.has(q) || wordCount(body.slice(q.start, q.end)) < MIN_QUOTE_WORDS) continue;
			const closeSentence = sentences[sentenceIndex(sentences, Math.max(q.start, q.close - 1))];
			const prevLimit = Math.max(s.start, k > 0 ? spans[k - 1].close : 0);
			const nextLimit = Math.min(closeSentence.end, k + 1 < spans.length ? spans[k + 1].open : body.length);
			let found = attribute(body, q, prevLimit, nextLimit, mentions, carry);
			if (!found) {
				// A quotation standing as its own sentence continues the last speaker's words.
				const bare = wordCount(body.slice(prevLimit, q.open)) === 0 && wordCount(body.slice(q.close, nextLimit)) === 0;
				if (!bare || si - lastSpoken > 2 || !carry.person) continue;
				found = {cue: null, speaker: carry.person};
			}
			const g = group++;
			pieces(body, q).forEach((p, i) => emit(p.start, p.end, 'direct', found.cue, found.speaker, g, i));
			remember(carry, found.speaker);
			spoke = spoke || found.speaker !== null;
		}
		if (spoke) lastSpoken = sentenceIndex(sentences, s.end - 1);
		else rememberMentions(carry, body, s.start, s.end, mentions.mentions);
	}
	out.sort((a, b) => a.start - b.start || a.end - b.end);
	return out;
}
