// Are two renderings the same utterance? Word alignment (longest common subsequence of terms)
// catches translations that swap a word or two; weighted content-word overlap catches
// paraphrases, which are only trusted when the speaker and the occasion agree.

export type SpeakerRelation = 'same' | 'conflict' | 'unknown';

export interface Comparable {
	/** Every word as a term (function words kept), in order. */
	all: string[];
	/** Content-word terms (a set). */
	content: Set<string>;
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
}

export interface LinkContext {
	speaker: SpeakerRelation;
	/** Both articles' dates known and more than a few days apart (different occasions, or a recap). */
	farApart: boolean;
	/** Both dates known and close: the same news cycle. */
	sameDays: boolean;
}

const MAX_ALIGN_WORDS = 160;

export function lcsLength(a: string[], b: string[]): number {
	const x = a.slice(0, MAX_ALIGN_WORDS);
	const y = b.slice(0, MAX_ALIGN_WORDS);
	let prev = new Uint16Array(y.length + 1);
	let cur = new Uint16Array(y.length + 1);
	for (let i = 1; i <= x.length; i++) {
		for (let j = 1; j <= y.length; j++) {
			cur[j] = x[i - 1] === y[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
		}
		[prev, cur] = [cur, prev];
	}
	return prev[y.length];
}

export function weightedContainment(a: Set<string>, b: Set<string>, weight: (t: string) => number): {shared: number; containment: number; sharedWeight: number} {
	let wa = 0;
	let wb = 0;
	let ws = 0;
	let shared = 0;
	for (const t of a) {
		const w = weight(t);
		wa += w;
		if (b.has(t)) {
			ws += w;
			shared++;
		}
	}
	for (const t of b) wb += weight(t);
	const denominator = Math.min(wa, wb);
	return {shared, containment: denominator > 0 ? ws / denominator : 0, sharedWeight: ws};
}

export function evidence(a: Comparable, b: Comparable, weight: (t: string) => number): PairEvidence {
	const {shared, containment, sharedWeight} = weightedContainment(a.content, b.content, weight);
	const lcs = shared === 0 ? 0 : lcsLength(a.all, b.all);
	const shorter = Math.max(1, Math.min(a.all.length, b.all.length, MAX_ALIGN_WORDS));
	return {lcs, align: lcs / shorter, shared, containment, sharedWeight};
}

/** Cheap pre-check before alignment: can this pair possibly pass `decide`? */
export function worthAligning(shared: number, containment: number): boolean {
	return shared >= 2 && containment >= 0.3;
}

/**
 * The linking rule, strictest when the speakers differ. Returns a score in (0, 1] when the pair
 * is one utterance, 0 otherwise; higher scores are merged first.
 */
export function decide(e: PairEvidence, ctx: LinkContext): number {
	// Common phrases ("get back to work") align well but say little: the shared words must carry
	// information (IDF-weighted, so this scales with the corpus).
	if (e.sharedWeight < MIN_SHARED_WEIGHT) return 0;
	const verbatim = e.align >= 0.8 && e.lcs >= 6 && e.shared >= 3;
	const strong =
		(e.align >= 0.6 && e.lcs >= 5 && e.shared >= 3 && e.containment >= 0.5) ||
		(e.containment >= 0.75 && e.shared >= 4 && e.align >= 0.4) ||
		// A long common run of words with most content shared: one source, edited differently.
		(e.lcs >= 10 && e.shared >= 6 && e.containment >= 0.6);
	const score = Math.min(1, 0.5 * e.align + 0.5 * e.containment);
	if (ctx.speaker === 'conflict') return verbatim || (strong && e.containment >= 0.85 && e.lcs >= 6) ? score : 0;
	if (strong) return score;
	// A paraphrase: few shared words, so the same speaker in the same news cycle must vouch for it.
	if (ctx.speaker === 'same' && ctx.sameDays && e.shared >= 2 && e.containment >= 0.5) return score * 0.8;
	return 0;
}

/** Weights are IDF / log(1 + N), in (0, 1]: about two rare words, or four common ones. */
export const MIN_SHARED_WEIGHT = 1.6;
