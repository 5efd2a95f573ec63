// Judges the candidate pairs (candidates.ts) by the rules, a chunk of the candidate index's units
// at a time. Chunks are claimed from a counter in shared memory, so another thread can judge some
// of them meanwhile (PairSharer, on a copy of the units: packed-units.ts); each keeps the links it
// found, and the caller sorts the joined lists, so the result does not depend on who judged what.
import {pushAll} from '../../util/arrays.js';
import {pairStamps, visitPairs, type CandidateIndex} from './candidates.js';
import type {Link} from './cluster.js';
import {PackedContent} from './packed-content.js';
import {judgeUnits, worthAligning, type Comparable, type LinkContext, type Weight} from './similarity.js';
import {softTerms, translationScore} from './translation.js';
import type {PackedUnits} from './packed-units.js';
import type {MadeComparables, SpeakingUnit} from './units.js';

/** What judging a pair reads of a unit. */
export interface JudgedUnit extends Comparable, SpeakingUnit {}

export interface PairJudge<U extends JudgedUnit = JudgedUnit> {
	units: readonly U[];
	weight: Weight;
	context: (a: U, b: U) => LinkContext;
}

/** Links on the rules, and soft matches that may be translations (kept apart: see mutualBest). */
export interface JudgedPairs {
	links: Link[];
	translations: Link[];
}

/** Units of the candidate index per chunk: small enough for the threads to finish together. */
export const CHUNK_UNITS = 256;

/** Places in the claims array (an Int32Array on a SharedArrayBuffer of CLAIM_SLOTS places). */
export const CLAIM = {next: 0, beat: 1, done: 2} as const;
export const CLAIM_SLOTS = 3;

/**
 * Another thread that makes the quotes' comparables while this one merges entities, then judges
 * chunks of the pairs while this one does (index/pair-helper.ts).
 */
export interface PairSharer {
	/** Starts making comparablesOf(texts) (the texts of quoteTexts) on the other thread. */
	tokenise(texts: string[]): void;
	/** What tokenise made, waited for; null when it was not asked or failed (they are made here, and no pairs are shared). */
	comparables(): MadeComparables | null;
	/** Whether sharing the pairs is worth its cost for this many units. */
	worth(units: number): boolean;
	/** Starts the other thread on the chunks it claims from `claims` (CLAIM); null when it cannot. */
	start(index: CandidateIndex, claims: Int32Array, units: PackedUnits): SharedJudging | null;
}

export interface SharedJudging {
	/** Waits for the other thread's links; null when it failed, and its chunks are to be judged again. */
	collect(): JudgedPairs | null;
	/** The other thread is not needed (this one judged every chunk). */
	cancel(): void;
}

/** Every candidate pair judged, on this thread and, when given one, on another meanwhile. */
export function judgeAllPairs<U extends JudgedUnit>(judge: PairJudge<U>, index: CandidateIndex, sharer?: PairSharer, pack?: () => PackedUnits): JudgedPairs {
	const chunks = chunkCount(index);
	const claims = new Int32Array(new SharedArrayBuffer(4 * CLAIM_SLOTS));
	const shared = sharer && pack && sharer.worth(index.order.length) ? sharer.start(index, claims, pack()) : null;
	const mine = new Uint8Array(chunks);
	let taken = 0;
	const claim = claimer(claims, chunks);
	const out = judgeChunks(judge, index, () => {
		const c = claim();
		if (c >= 0) {
			mine[c] = 1;
			taken++;
		}
		return c;
	});
	if (!shared) return out;
	if (taken === chunks) {
		shared.cancel();
		return out;
	}
	const theirs = shared.collect();
	if (theirs) {
		pushAll(out.links, theirs.links);
		pushAll(out.translations, theirs.translations);
		return out;
	}
	// The other thread failed: what it claimed is judged here (none of its links are kept).
	let c = 0;
	return judgeChunks(
		judge,
		index,
		() => {
			while (c < chunks && mine[c]) c++;
			return c < chunks ? c++ : -1;
		},
		out,
	);
}

/** The chunks of the candidate index's units. */
export function chunkCount(index: CandidateIndex): number {
	return Math.ceil(index.order.length / CHUNK_UNITS);
}

/** Claims the next of `chunks` chunks from `claims` (CLAIM.next) for judgeChunks; -1 when all are claimed. */
export function claimer(claims: Int32Array, chunks: number): () => number {
	return () => {
		const c = Atomics.add(claims, CLAIM.next, 1);
		return c < chunks ? c : -1;
	};
}

/** The pairs of the chunks `take` hands out (-1 when none is left), judged into `out`. */
export function judgeChunks<U extends JudgedUnit>(judge: PairJudge<U>, index: CandidateIndex, take: () => number, out: JudgedPairs = {links: [], translations: []}): JudgedPairs {
	const {units, weight, context} = judge;
	const content = new PackedContent(units.length, i => units[i], weight);
	const quoted = new PackedContent(units.length, i => units[i].quoted, weight);
	const visit = (a: number, b: number) => {
		// Most pairs share a word or two by chance; those are let go before any unit is read.
		const shared = content.shared(a, b);
		const worth = worthAligning(shared, content.containment) || quotedWorth(content, quoted, a, b);
		const score = worth ? (judgeUnits(units[a], units[b], weight, context(units[a], units[b]), {prune: true})?.score ?? 0) : 0;
		if (score > 0) out.links.push({a, b, score});
		else if (shared >= MIN_TRANSLATION_SHARED) {
			const loose = translationOf(units[a], units[b], context);
			if (loose > 0) out.translations.push({a, b, score: loose * TRANSLATION_WEIGHT});
		}
	};
	const stamp = pairStamps(index);
	const count = index.order.length;
	for (let c = take(); c >= 0; c = take()) visitPairs(index, c * CHUNK_UNITS, Math.min(count, (c + 1) * CHUNK_UNITS), stamp, visit);
	return out;
}

/**
 * Could the pair pass the rules on words either rendering quotes inside its paraphrase? (The
 * whole renderings failed the cheap test.)
 */
function quotedWorth(content: PackedContent, quoted: PackedContent, a: number, b: number): boolean {
	if (quoted.size(a) > 0 && worthAligning(quoted.shared(a, b, content), quoted.containment)) return true;
	return quoted.size(b) > 0 && worthAligning(content.shared(a, b, quoted), content.containment);
}

/** Links made on soft matches join after the others (see RULE_WEIGHT in similarity.ts). */
const TRANSLATION_WEIGHT = 0.6;
/** Content words two translations of one remark share as printed, at least. */
export const MIN_TRANSLATION_SHARED = 2;

/**
 * The soft-match score of two renderings (translation.ts) the rules refused, under its guards: one
 * named speaker, the same news days (and, checked by the caller, MIN_TRANSLATION_SHARED content
 * words shared as printed). 0 when not.
 */
export function translationOf<U extends JudgedUnit>(a: U, b: U, context: (a: U, b: U) => LinkContext): number {
	// Cheap tests first, the speakers' relation last: millions of candidate pairs reach here, and
	// few of them match as translations.
	if (a.day === null || b.day === null || Math.abs(a.day - b.day) > TRANSLATION_DAYS) return 0;
	if (!(a.speaker ?? a.speakerKey) || !(b.speaker ?? b.speakerKey)) return 0;
	const score = translationScore((a.soft ??= softTerms(a.quote.text)), (b.soft ??= softTerms(b.quote.text)));
	return score > 0 && context(a, b).speaker === 'same' ? score : 0;
}

/** Translations of one remark are printed within days of each other. */
const TRANSLATION_DAYS = 2;
