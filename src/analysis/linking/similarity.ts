// Are two renderings the same utterance? Word alignment (longest common subsequence of terms)
// catches translations that swap a word or two; weighted content-word overlap catches
// paraphrases, which are only trusted when the speaker and the occasion agree.

import {sortedIds, termsOf, type TermIds, type Vocabulary} from './tokens.js';

/**
 * 'affiliated': a person and the organisation their labels say they speak for; 'partial': a bare
 * surname and a full name with it that the entity step kept apart; 'unattributed': one side names
 * no speaker; 'unknown': a person and an organisation nothing ties together.
 */
export type SpeakerRelation = 'same' | 'affiliated' | 'partial' | 'unattributed' | 'unknown' | 'conflict';

export interface Comparable {
	/** Every word as a term id (function words kept), in order. */
	all: TermIds;
	/** Content-word term ids, ascending and distinct. */
	content: TermIds;
	/** The content terms printed in lower case (not names), ascending and distinct, when known. */
	common?: TermIds;
	/** The words the rendering itself puts in quotation marks, when it paraphrases around them. */
	quoted?: Comparable;
}

/**
 * A unit with the words of a comparable it holds (plain arrays, or packed ones read in place:
 * packed-comparables.ts), passed on by getters: its words are never copied into the unit.
 */
export class WithWords implements Comparable {
	constructor(protected readonly words: Comparable) {}

	get all(): TermIds {
		return this.words.all;
	}

	get content(): TermIds {
		return this.words.content;
	}

	get common(): TermIds | undefined {
		return this.words.common;
	}

	get quoted(): Comparable | undefined {
		return this.words.quoted;
	}
}

/** The weight of a term id (IDF, in (0, 1]). */
export type Weight = (id: number) => number;

/** A rendering's text as term ids of `vocabulary`. */
export function comparable(text: string, vocabulary: Vocabulary): Comparable {
	const id = (t: string) => vocabulary.id(t);
	const terms = termsOf(text);
	const out: Comparable = {
		all: terms.all.map(id),
		content: sortedIds(terms.content.map(id)),
		common: sortedIds(terms.common.map(id)),
	};
	const inner = quotedWithin(text);
	if (inner) {
		const part = comparable(inner, vocabulary);
		if (part.all.length >= MIN_QUOTED_WORDS && part.all.length < out.all.length) out.quoted = part;
	}
	return out;
}

/** Fewer quoted words than this inside a paraphrase are a scare quote ("an insult"), not an excerpt. */
const MIN_QUOTED_WORDS = 3;

/** The words a rendering itself puts in quotation marks (X said the country is "going the wrong way"). */
export function quotedWithin(text: string): string | null {
	const spans = text.match(/[“"«„][^“”"«»„]+[”"»“]/g);
	return spans ? spans.map(s => s.slice(1, -1)).join(' … ') : null;
}

export interface Judgement {
	rule: Rule;
	evidence: PairEvidence;
	score: number;
	/** The words one rendering quotes inside its paraphrase decided, not the whole rendering. */
	quoted: boolean;
}

/**
 * The rules applied to two renderings, and, when either paraphrases around words it quotes, to
 * those quoted words as an excerpt of the other: "said the US is “going in the wrong direction” as
 * cases rise" and "said the country was “going in the wrong direction”" share the quoted words,
 * not the paraphrase. Null when the pair is not worth aligning at all.
 */
export function judgeUnits(a: Comparable, b: Comparable, weight: Weight, ctx: LinkContext, options: JudgeOptions = {}): Judgement | null {
	const prune = options.prune ?? false;
	let best: Judgement | null = judgeOne(a, b, weight, ctx, false, prune);
	if (best && best.score > 0) return best;
	if (!a.quoted && !b.quoted) return best;
	for (const [x, y] of [[a.quoted, b], [a, b.quoted], [a.quoted, b.quoted]] as const) {
		if (!x || !y) continue;
		const j = judgeOne(x, y, weight, ctx, true, prune);
		if (j && (!best || j.score > best.score)) best = j;
	}
	return best;
}

export interface JudgeOptions {
	/**
	 * Evidence that no relation of the speakers could make link counts as not worth aligning (null),
	 * so the context's speaker is never read for it: for callers that only want the score, with a
	 * context that works the relation out when read (linking's candidate pairs).
	 */
	prune?: boolean;
}

function judgeOne(a: Comparable, b: Comparable, weight: Weight, ctx: LinkContext, quoted: boolean, prune: boolean): Judgement | null {
	const quick = weightedContainment(a.content, b.content, weight);
	if (!worthAligning(quick.shared, quick.containment)) return null;
	const e = evidence(a, b, weight);
	if (prune && !mayLink(e, ctx)) return null;
	const rule = judge(e, ctx);
	return {rule, evidence: e, score: score(e, rule) * (quoted ? QUOTED_WEIGHT : 1), quoted};
}

const RELATIONS: readonly SpeakerRelation[] = ['same', 'affiliated', 'partial', 'unattributed', 'unknown', 'conflict'];

/** Would `judge` link this evidence under some relation of the speakers, on these dates? (Reads no speaker.) */
export function mayLink(e: PairEvidence, dates: Pick<LinkContext, 'farApart' | 'sameDays'>): boolean {
	const {farApart, sameDays} = dates;
	return RELATIONS.some(speaker => LINKING.has(judge(e, {speaker, farApart, sameDays})));
}

export interface PairEvidence {
	/** Longest common subsequence of `all`, in words. */
	lcs: number;
	/** lcs / length of the shorter rendering. */
	align: number;
	/** Shared content terms. */
	shared: number;
	/** IDF-weighted share of the shorter rendering's content held by the other. */
	containment: number;
	/** Sum of the IDF weights of the shared content terms: how much the overlap says. */
	sharedWeight: number;
	/** Words in the shorter rendering. */
	shorter: number;
	/** Shared content terms printed in lower case by either rendering: shared wording, not names. */
	sharedCommon: number;
}

export interface LinkContext {
	speaker: SpeakerRelation;
	/** Both articles' dates known and more than a few days apart (different occasions, or a recap). */
	farApart: boolean;
	/** Both dates known and close: the same news cycle. */
	sameDays: boolean;
}

const MAX_ALIGN_WORDS = 160;

export function lcsLength(x: TermIds, y: TermIds): number {
	const nx = Math.min(x.length, MAX_ALIGN_WORDS);
	const ny = Math.min(y.length, MAX_ALIGN_WORDS);
	let prev = new Uint16Array(ny + 1);
	let cur = new Uint16Array(ny + 1);
	for (let i = 1; i <= nx; i++) {
		for (let j = 1; j <= ny; j++) {
			cur[j] = x[i - 1] === y[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
		}
		[prev, cur] = [cur, prev];
	}
	return prev[ny];
}

/** Shared terms of two ascending id lists, and the IDF-weighted share of the lighter one the other holds. */
export function weightedContainment(a: TermIds, b: TermIds, weight: Weight): {shared: number; containment: number; sharedWeight: number} {
	let wa = 0;
	let wb = 0;
	let ws = 0;
	let shared = 0;
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) {
		const x = a[i];
		const y = b[j];
		if (x === y) {
			const w = weight(x);
			wa += w;
			wb += w;
			ws += w;
			shared++;
			i++;
			j++;
		} else if (x < y) {
			wa += weight(x);
			i++;
		} else {
			wb += weight(y);
			j++;
		}
	}
	for (; i < a.length; i++) wa += weight(a[i]);
	for (; j < b.length; j++) wb += weight(b[j]);
	const denominator = Math.min(wa, wb);
	return {shared, containment: denominator > 0 ? ws / denominator : 0, sharedWeight: ws};
}

export function evidence(a: Comparable, b: Comparable, weight: Weight): PairEvidence {
	const {shared, containment, sharedWeight} = weightedContainment(a.content, b.content, weight);
	const lcs = shared === 0 ? 0 : lcsLength(a.all, b.all);
	const shorter = Math.max(1, Math.min(a.all.length, b.all.length, MAX_ALIGN_WORDS));
	const sharedCommon = a.common && b.common ? sharedInEither(a.content, b.content, a.common, b.common) : shared;
	return {lcs, align: lcs / shorter, shared, containment, sharedWeight, shorter, sharedCommon};
}

/** How many terms x and y share that xc or yc holds (all four ascending): one walk along each. */
function sharedInEither(x: TermIds, y: TermIds, xc: TermIds, yc: TermIds): number {
	let n = 0;
	let j = 0;
	let p = 0;
	let q = 0;
	for (let i = 0; i < x.length && j < y.length; i++) {
		const t = x[i];
		while (j < y.length && y[j] < t) j++;
		if (y[j] !== t) continue;
		while (p < xc.length && xc[p] < t) p++;
		while (q < yc.length && yc[q] < t) q++;
		if (xc[p] === t || yc[q] === t) n++;
	}
	return n;
}

/** Cheap pre-check before alignment: can this pair possibly pass `decide`? */
export function worthAligning(shared: number, containment: number): boolean {
	return shared >= 2 && containment >= 0.3;
}

/** Below this many words a rendering is a fragment ("there was a quid pro quo"): any speaker could say it. */
export const FRAGMENT_WORDS = 8;
/** A remark of fewer words than this, matched word for word, may be plain words (see `judge`). */
const REMARK_WORDS = 12;
/** An undated paraphrase shares this much wording (lower-case content words, weighted share). */
export const UNDATED_COMMON = 3;
export const UNDATED_CONTAINMENT = 0.6;
/** A verbatim run this long is one source's words even when the attribution or the date disagrees. */
export const LONG_VERBATIM = 12;

/** The same words, nearly all of the shorter rendering, in order. */
export function isVerbatim(e: PairEvidence, minRun = 6): boolean {
	return e.align >= 0.8 && e.lcs >= minRun && e.shared >= 3;
}

/**
 * Why a pair was or was not taken for one utterance: the rule that decided (see `judge`). The
 * first five link; the others name the reason a pair was refused. `explain` prints them.
 */
export type Rule =
	| 'strong'
	| 'recap'
	| 'fragment'
	| 'excerpt'
	| 'paraphrase'
	| 'little-information'
	| 'fragment-speaker'
	| 'fragment-words'
	| 'far-apart'
	| 'speaker-conflict'
	| 'paraphrase-speaker'
	| 'too-different';

const LINKING = new Set<Rule>(['strong', 'recap', 'fragment', 'excerpt', 'paraphrase']);

export function links(rule: Rule): boolean {
	return LINKING.has(rule);
}

/**
 * The linking rule, strictest when the speakers differ. Returns the rule that decided; pairs are
 * scored by `decide`.
 */
export function judge(e: PairEvidence, ctx: LinkContext): Rule {
	// Common phrases ("get back to work") align well but say little: the shared words must carry
	// information (IDF-weighted, so this scales with the corpus).
	const agree = ctx.speaker === 'same' || ctx.speaker === 'affiliated';
	// Many scraped articles carry no date: unknown dates are not another occasion, but then only
	// wording that says more than a bare paraphrase would vouches for the same one.
	const undated = !ctx.sameDays && !ctx.farApart;
	if (e.sharedWeight < MIN_SHARED_WEIGHT) {
		// A remark in plain words ("I have made a mistake", "what do you do all day") says little
		// alone; word for word from the same speaker, not on another occasion, it is the same remark.
		const short = e.shorter < FRAGMENT_WORDS && e.lcs >= 5;
		const longer = e.shorter < REMARK_WORDS && e.lcs >= FRAGMENT_WORDS;
		const remark = (short || longer) && e.align >= 0.9 && e.shared >= 2 && e.sharedWeight >= MIN_SHARED_WEIGHT / 2;
		return remark && ctx.speaker === 'same' && (ctx.sameDays || undated) ? 'fragment' : 'little-information';
	}
	// A fragment fits inside many utterances: only the same speaker, in the same words, vouches for it.
	if (e.shorter < FRAGMENT_WORDS) {
		const words = e.lcs >= 4 && e.align >= 0.7 && e.containment >= 0.75 && e.shared >= 3;
		if (words && agree) return 'fragment';
		// Word for word with nothing left out, credited to a bare surname or a title where the other
		// names the person: an excerpt. Unattributed, a few words are as often the story's own
		// phrase ("meddling in the 2016 election", a show's title) as anyone's utterance.
		const exact = e.lcs >= 4 && e.align >= 0.9 && e.containment >= 0.9 && e.shared >= 3;
		if (exact && !ctx.farApart && ctx.speaker === 'partial') return 'excerpt';
		return words ? 'fragment-speaker' : 'fragment-words';
	}
	const strong =
		(e.align >= 0.6 && e.lcs >= 5 && e.shared >= 3 && e.containment >= 0.5) ||
		(e.containment >= 0.75 && e.shared >= 4 && e.align >= 0.5) ||
		// A long common run of words with most content shared: one source, edited differently.
		(e.lcs >= 10 && e.shared >= 6 && e.containment >= 0.6 && e.align >= 0.45);
	// Other days, other occasions: a speaker repeats a point in new words; an outlet's recap keeps
	// the old words, so only a long common run of words vouches for the same utterance.
	if (ctx.farApart) return isVerbatim(e, LONG_VERBATIM) || (strong && e.lcs >= LONG_VERBATIM && ctx.speaker !== 'conflict') ? 'recap' : 'far-apart';
	if (ctx.speaker === 'conflict') return isVerbatim(e, LONG_VERBATIM) || (strong && e.containment >= 0.85 && e.lcs >= LONG_VERBATIM) ? 'recap' : 'speaker-conflict';
	if (strong) return 'strong';
	// A paraphrase: few shared words, so the same speaker in the same news cycle must vouch for it,
	// and the shared words must be wording, not only the names of the story ("MSNBC", "Ukraine").
	if (e.shared >= 2 && e.sharedCommon >= 2 && e.containment >= 0.5) {
		const occasion = ctx.sameDays || (undated && e.sharedCommon >= UNDATED_COMMON && e.containment >= UNDATED_CONTAINMENT);
		return ctx.speaker === 'same' && occasion ? 'paraphrase' : 'paraphrase-speaker';
	}
	return 'too-different';
}

/** A score in (0, 1] when the pair is one utterance, 0 otherwise; higher scores are merged first. */
export function decide(e: PairEvidence, ctx: LinkContext): number {
	return score(e, judge(e, ctx));
}

export function score(e: PairEvidence, rule: Rule): number {
	if (!LINKING.has(rule)) return 0;
	const base = Math.min(1, 0.5 * e.align + 0.5 * e.containment);
	// A few words matched in full prove less than a long rendering matched nearly in full: the
	// weaker kinds of evidence join later, so they cannot take a rendering from its better match.
	return base * (RULE_WEIGHT[rule] ?? 1);
}

const RULE_WEIGHT: Partial<Record<Rule, number>> = {paraphrase: 0.8, fragment: 0.85, excerpt: 0.8};
/** Matches found on the words a paraphrase quotes, not on the whole renderings, count less still. */
const QUOTED_WEIGHT = 0.75;

/**
 * Looser than `decide`: could these two renderings sit in one statement? Used to check a rendering
 * against the whole statement it would join, so that a chain of links (A≈B, B≈C) cannot glue
 * together renderings that have nothing to do with each other.
 */
export function compatible(e: Pick<PairEvidence, 'shared' | 'containment' | 'sharedWeight'>, ctx: LinkContext, verbatim: () => boolean): boolean {
	if (ctx.speaker === 'conflict' || ctx.farApart) return verbatim();
	return e.shared >= 2 && e.containment >= 0.4 && e.sharedWeight >= MIN_SHARED_WEIGHT / 2;
}

/** `compatible` for two renderings, on their whole words or on the words either quotes inside a paraphrase. */
export function compatibleUnits(a: Comparable, b: Comparable, weight: Weight, ctx: LinkContext): boolean {
	for (const [x, y] of [[a, b], [a.quoted, b], [a, b.quoted], [a.quoted, b.quoted]] as const) {
		if (x && y && compatible(weightedContainment(x.content, y.content, weight), ctx, () => isVerbatim(evidence(x, y, weight), LONG_VERBATIM))) return true;
	}
	return false;
}

/** Weights are IDF / log(1 + N), in (0, 1]: about two rare words, or four common ones. */
export const MIN_SHARED_WEIGHT = 1.6;
