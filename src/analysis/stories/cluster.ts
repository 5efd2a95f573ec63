// Articles into stories by average linkage over the candidate pairs: two groups merge when their
// articles are alike on average, not when one pair of them is. Single linkage (any one link
// merges) lets a chain of loose links glue unrelated events into one story: a follow-up that
// names the first event's people and a second event's place would join them.
import type {Pair} from './candidates.js';

export interface ClusterOptions {
	/** Least similarity of the pair that starts a merge. */
	link: number;
	/** Least mean similarity over every pair across the two groups (pairs never compared count 0). */
	mean: number;
	/** Least unscaled similarity of the pair that starts a merge. */
	rawLink: number;
}

/** Neighbours whose similarity measures how crowded an article's surroundings are. */
const CROWD = 3;
/** Scaled similarities are brought back near the raw range, so thresholds read alike. */
const SCALE = 0.3;

/**
 * Similarities relative to each article's surroundings. An article on a busy topic (one more
 * piece on a running debate) is fairly like dozens of others, an article on a rare event like
 * almost none: one threshold cannot serve both. Each similarity is divided by the geometric mean of
 * the two articles' typical similarity to their closest neighbours (local scaling, as in
 * self-tuning spectral clustering).
 */
export function localScale(n: number, pairs: Pair[]): Pair[] {
	const top: number[][] = Array.from({length: n}, () => []);
	const keep = (i: number, s: number) => {
		const t = top[i];
		if (t.length < CROWD) t.push(s);
		else {
			let low = 0;
			for (let k = 1; k < t.length; k++) if (t[k] < t[low]) low = k;
			if (s > t[low]) t[low] = s;
		}
	};
	for (const p of pairs) {
		keep(p.a, p.similarity);
		keep(p.b, p.similarity);
	}
	// Pairs never compared are as good as 0: a missing neighbour lowers the mean, as in the full matrix.
	const crowd = top.map((t) => Math.max(1e-6, t.reduce((x, y) => x + y, 0) / CROWD));
	return pairs.map((p) => ({a: p.a, b: p.b, similarity: (p.similarity / Math.sqrt(crowd[p.a] * crowd[p.b])) * SCALE, raw: p.similarity}));
}

/** Groups of article positions (each ascending, two or more articles), in no particular order. */
export function averageLinkage(n: number, pairs: Pair[], options: ClusterOptions): number[][] {
	const similarity = new Map<number, number>();
	const key = (a: number, b: number) => (a < b ? a * n + b : b * n + a);
	for (const p of pairs) similarity.set(key(p.a, p.b), p.similarity);
	const members: number[][] = Array.from({length: n}, (_, i) => [i]);
	const group = Int32Array.from({length: n}, (_, i) => i);
	const strongest = pairs.filter((p) => p.similarity >= options.link && (p.raw ?? p.similarity) >= options.rawLink).sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
	for (const {a, b} of strongest) {
		const ga = group[a];
		const gb = group[b];
		if (ga === gb) continue;
		const [small, large] = members[ga].length <= members[gb].length ? [ga, gb] : [gb, ga];
		let sum = 0;
		for (const x of members[small]) for (const y of members[large]) sum += similarity.get(key(x, y)) ?? 0;
		if (sum / (members[small].length * members[large].length) < options.mean) continue;
		for (const x of members[small]) {
			group[x] = large;
			members[large].push(x);
		}
		members[small] = [];
	}
	return members.filter((m) => m.length > 1).map((m) => m.sort((x, y) => x - y));
}
