// From confirmed pairs to statements. Pairs join clusters best-first, and a join is refused when
// it would put two different quotations of one article into one statement, or when the two
// clusters, member against member, are mostly unrelated: that is how a chain of loose links
// (A≈B, B≈C) would otherwise glue distinct utterances together. Afterwards, clusters
// that hold consecutive sentences of the same quotations in every article are rejoined, so a
// three-sentence quote rendered by two outlets is one statement, not three.

export interface ClusterUnit {
	article: number;
	/** Quotation (or clause) id within the article, and sentence position within it. */
	group: number;
	part: number;
}

export interface Link {
	a: number;
	b: number;
	score: number;
}

export interface ClusterOptions {
	/**
	 * Could units a and b (of different articles) belong to one statement? When given, two clusters
	 * join only if more than `minShare` of their cross-article member pairs are compatible (so a
	 * pair joining a third unit that fits only one of them is refused).
	 */
	compatible?: (a: number, b: number) => boolean;
	minShare?: number;
	/**
	 * May these quotations of one article (consecutive group ids, ascending) sit in one statement?
	 * An outlet that splits a remark in two ("X stressed that A. “B,” he said.") renders with two
	 * quotations what another renders with one: both halves belong with the whole. Without it, a
	 * statement holds one quotation per article.
	 */
	together?: (article: number, groups: number[]) => boolean;
	/** Members compared per side (the earliest joined), so a join costs at most this squared. */
	maxCompared?: number;
}

class Clusters {
	private parent: number[];
	/** Per root: article -> its groups (ascending), to refuse joins that mix quotations of one article. */
	groups: Array<Map<number, number[]> | null>;
	/** Per root: the first members joined, for the compatibility check. */
	private sample: Array<number[] | null>;

	constructor(
		private units: ClusterUnit[],
		private options: ClusterOptions = {},
	) {
		this.parent = units.map((_, i) => i);
		this.groups = units.map(u => new Map([[u.article, [u.group]]]));
		this.sample = units.map((_, i) => [i]);
	}

	find(i: number): number {
		while (this.parent[i] !== i) {
			this.parent[i] = this.parent[this.parent[i]];
			i = this.parent[i];
		}
		return i;
	}

	canJoin(a: number, b: number): boolean {
		const ra = this.find(a);
		const rb = this.find(b);
		if (ra === rb) return false;
		const ga = this.groups[ra]!;
		const gb = this.groups[rb]!;
		for (const [article, list] of gb) {
			const other = ga.get(article);
			if (other !== undefined && !sameList(other, list) && !this.mayHold(article, union(other, list))) return false;
		}
		return this.coherent(this.sample[ra]!, this.sample[rb]!);
	}

	/** Consecutive quotations of one article, at most MAX_SPLIT of them, that the caller lets sit together. */
	private mayHold(article: number, groups: number[]): boolean {
		const together = this.options.together;
		if (!together || groups.length > MAX_SPLIT) return false;
		for (let i = 1; i < groups.length; i++) if (groups[i] !== groups[i - 1] + 1) return false;
		return together(article, groups);
	}

	private coherent(xs: number[], ys: number[]): boolean {
		const compatible = this.options.compatible;
		if (!compatible || (xs.length === 1 && ys.length === 1)) return true;
		const minShare = this.options.minShare ?? 0.5;
		let pairs = 0;
		let good = 0;
		for (const x of xs) {
			for (const y of ys) {
				if (this.units[x].article === this.units[y].article) continue;
				pairs++;
				if (compatible(x, y)) good++;
			}
		}
		return pairs === 0 || good > minShare * pairs;
	}

	join(a: number, b: number): void {
		const ra = this.find(a);
		const rb = this.find(b);
		if (ra === rb) return;
		const ga = this.groups[ra]!;
		for (const [article, list] of this.groups[rb]!) ga.set(article, union(ga.get(article) ?? [], list));
		this.parent[rb] = ra;
		this.groups[rb] = null;
		const max = this.options.maxCompared ?? 12;
		const sa = this.sample[ra]!;
		for (const i of this.sample[rb]!) if (sa.length < max) sa.push(i);
		this.sample[rb] = null;
	}

	members(): number[][] {
		const byRoot = new Map<number, number[]>();
		this.units.forEach((_, i) => {
			const r = this.find(i);
			let list = byRoot.get(r);
			if (!list) byRoot.set(r, (list = []));
			list.push(i);
		});
		return [...byRoot.values()];
	}
}

/** One remark an outlet split is at most this many of its quotations. */
const MAX_SPLIT = 2;

function sameList(x: number[], y: number[]): boolean {
	return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** Ascending distinct values of both ascending lists. */
function union(x: number[], y: number[]): number[] {
	return [...new Set([...x, ...y])].sort((a, b) => a - b);
}

/** Clusters of unit indexes: linked pairs joined best-first, then consecutive parts rejoined. */
export function clusterUnits(units: ClusterUnit[], links: Link[], options: ClusterOptions = {}): number[][] {
	const clusters = new Clusters(units, options);
	for (const link of [...links].sort((x, y) => y.score - x.score)) {
		if (clusters.canJoin(link.a, link.b)) clusters.join(link.a, link.b);
	}
	return rejoinParts(units, clusters.members());
}

function rejoinParts(units: ClusterUnit[], clusters: number[][]): number[][] {
	const key = (u: ClusterUnit, part: number): string => `${u.article}:${u.group}:${part}`;
	const byKey = new Map<string, number>();
	units.forEach((u, i) => byKey.set(key(u, u.part), i));
	const next = (i: number): number | undefined => byKey.get(key(units[i], units[i].part + 1));
	const prev = (i: number): number | undefined => (units[i].part > 0 ? byKey.get(key(units[i], units[i].part - 1)) : undefined);

	const live = clusters.map(c => new Set(c));
	const clusterOf = new Map<number, number>();
	live.forEach((c, ci) => c.forEach(i => clusterOf.set(i, ci)));
	let changed = true;
	while (changed) {
		changed = false;
		for (let ci = 0; ci < live.length; ci++) {
			const c = live[ci];
			if (c.size === 0) continue;
			const tails = [...c].filter(i => {
				const n = next(i);
				return n === undefined || !c.has(n);
			});
			const successors = tails.map(next);
			if (successors.some(s => s === undefined)) continue;
			const target = clusterOf.get(successors[0]!);
			if (target === undefined || target === ci || successors.some(s => clusterOf.get(s!) !== target)) continue;
			const t = live[target];
			const heads = [...t].filter(i => {
				const p = prev(i);
				return p === undefined || !t.has(p);
			});
			const succ = new Set(successors as number[]);
			if (heads.length !== succ.size || heads.some(h => !succ.has(h))) continue;
			for (const i of t) {
				c.add(i);
				clusterOf.set(i, ci);
			}
			t.clear();
			changed = true;
		}
	}
	return live.filter(c => c.size > 0).map(c => [...c].sort((a, b) => a - b));
}
