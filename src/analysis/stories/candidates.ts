// Pairs of articles worth comparing, from an inverted index over their features (never all pairs):
// two articles meet when they share a feature rare enough to say something (a feature half the
// corpus holds would pair everything with everything). Their similarity is then the cosine of
// the whole vectors, common features included, scaled down as their dates drift apart and when
// the weekdays they tell differ.
import {weekdayAgreement} from './calendar.js';
import {cosine, type StoryFeatures} from './features.js';

export interface Pair {
	a: number;
	b: number;
	similarity: number;
	/** Before local scaling (cluster.ts), when scaled. */
	raw?: number;
}

export interface CandidateOptions {
	/** Dates of the articles as day numbers, NaN when undated. */
	days: Float64Array;
	/** Outlet of each article as a number, -1 when unknown. */
	outlets: Int32Array;
	/** The weekdays of each article's event (calendar.ts), 0 when unknown. */
	weekdays?: Uint8Array;
	/** Pairs under this similarity are dropped. */
	floor: number;
}

/** Days apart that still read as the same news cycle; beyond, similarity fades by half every FADE_DAYS. */
const SAME_CYCLE_DAYS = 1;
const FADE_DAYS = 1;
/**
 * An outlet seldom tells one event twice within days; two of its articles that read alike are as
 * often two events of one running topic (each day's debate on one bill). Such a pair counts less.
 */
const SAME_OUTLET = 0.5;
/**
 * How the weekdays of two articles' events (calendar.ts) weigh their similarity. On news roundups,
 * of pairs alike enough to matter, about 70 % that name a weekday in common tell one event, 33 %
 * of those where one names none, 14 % of those a day apart ("late Thursday" and "on Friday") and
 * 4 % of those further apart: a shared day counts for, different days against.
 */
const WEEKDAY_FACTOR = {same: 1.25, unknown: 1, adjacent: 0.8, apart: 0.5} as const;

/**
 * How far apart two dates may be for one event: follow-ups come days later, while a word-alike
 * article a month later is usually a different event. An undated article can join any story.
 */
export function dateFactor(a: number, b: number): number {
	if (Number.isNaN(a) || Number.isNaN(b)) return 1;
	const apart = Math.abs(a - b);
	return apart <= SAME_CYCLE_DAYS ? 1 : Math.pow(0.5, (apart - SAME_CYCLE_DAYS) / FADE_DAYS);
}

/**
 * Features an article is indexed under: its strongest few. Two reports of one event share some of
 * their strongest features (the names, the figures, the headline's words); pairs that share only
 * weak ones would fall under the thresholds anyway.
 */
const INDEXED_FEATURES = 12;

/** Features held by more articles than this pair no one through the index. */
export function postingLimit(n: number): number {
	return Math.max(16, Math.ceil(4 * Math.sqrt(n)));
}

/** The largest cosine of two vectors of length 1 (rounding aside). */
const SIMILARITY_CAP = 1 + 1e-6;

export function candidatePairs(features: StoryFeatures, options: CandidateOptions): Pair[] {
	const {vectors, df} = features;
	const n = vectors.length;
	const limit = postingLimit(n);
	const postings = new Map<number, number[]>();
	const strongest = vectors.map((v) => {
		const order = Array.from(v.ids.keys()).filter((k) => df[v.ids[k]] >= 2 && df[v.ids[k]] <= limit);
		order.sort((x, y) => v.weights[y] - v.weights[x]);
		return order.slice(0, INDEXED_FEATURES).map((k) => v.ids[k]);
	});
	strongest.forEach((ids, i) => {
		for (const id of ids) {
			let list = postings.get(id);
			if (!list) postings.set(id, (list = []));
			list.push(i);
		}
	});
	const pairs: Pair[] = [];
	// Which articles an article has met already, by a stamp per article (no set per article).
	const seen = new Int32Array(n).fill(-1);
	for (let a = 0; a < n; a++) {
		for (const id of strongest[a]) {
			const list = postings.get(id);
			if (!list) continue;
			for (const b of list) {
				// Each pair once: from its lower article.
				if (b <= a || seen[b] === a) continue;
				seen[b] = a;
				const outlet = options.outlets[a] >= 0 && options.outlets[a] === options.outlets[b] ? SAME_OUTLET : 1;
				const days = options.weekdays ? WEEKDAY_FACTOR[weekdayAgreement(options.weekdays[a], options.weekdays[b])] : 1;
				const factor = dateFactor(options.days[a], options.days[b]) * outlet * days;
				// A cosine is at most 1 (SIMILARITY_CAP allows for rounding): articles dated weeks
				// apart cannot reach the floor, and in a corpus of years most pairs are such, so their
				// vectors are never compared. The pairs kept are the same.
				if (factor * SIMILARITY_CAP < options.floor) continue;
				const similarity = cosine(vectors[a], vectors[b]) * factor;
				if (similarity >= options.floor) pairs.push({a, b, similarity});
			}
		}
	}
	return pairs;
}
