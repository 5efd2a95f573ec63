// Each outlet of an index as a profile: its group, articles and date span (cheap, read from the
// articles), and the figures that need a pass over entities and statements (the entities it names
// most, the statements it carried, how many of those it reported first), gathered by accumulators
// a job can feed a slice at a time.
import {groupOf} from '../corpus/groups.js';
import type {Article} from '../corpus/types.js';
import type {Entity, Statement} from '../analysis/types.js';

/** The outlet of articles that name none. */
export const UNKNOWN = 'unknown outlet';

export interface OutletProfile {
	/** The outlet's name (UNKNOWN for articles without one). */
	id: string;
	/** The group most of its articles carry, or null. */
	group: string | null;
	/** Newest first. */
	articles: Article[];
	first: string | null;
	last: string | null;
}

/** The outlets of `articles`, most articles first. */
export function outletProfiles(articles: readonly Article[]): OutletProfile[] {
	const by = new Map<string, Article[]>();
	for (const a of articles) {
		const key = a.outlet ?? UNKNOWN;
		const list = by.get(key);
		if (list) list.push(a);
		else by.set(key, [a]);
	}
	const out: OutletProfile[] = [];
	for (const [id, list] of by) {
		const groups = new Map<string, number>();
		let first: string | null = null;
		let last: string | null = null;
		for (const a of list) {
			const g = groupOf(a);
			if (g) groups.set(g, (groups.get(g) ?? 0) + 1);
			if (a.published) {
				if (!first || a.published < first) first = a.published;
				if (!last || a.published > last) last = a.published;
			}
		}
		const group = [...groups].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
		list.sort((x, y) => (y.published ?? '').localeCompare(x.published ?? ''));
		out.push({id, group, articles: list, first, last});
	}
	return out.sort((a, b) => b.articles.length - a.articles.length || a.id.localeCompare(b.id));
}

export interface OutletCounts {
	/** Entity id → mentions in the outlet's articles. */
	entities: Map<string, number>;
	/** Statements with a rendering in the outlet, in index order. */
	statements: Statement[];
	/** Of those rendered by two or more outlets: how many it carried on the earliest date. */
	firsts: number;
}

/** Figures by outlet, fed one entity and one statement at a time. */
export class OutletTally {
	readonly of = new Map<string, OutletCounts>();
	/** topEntities' answers, by outlet, until the next entity is counted. */
	private readonly tops = new Map<string, {limit: number; list: Array<[string, number]>}>();

	constructor(private readonly outletOf: (articleId: string) => string | undefined) {}

	private counts(outlet: string): OutletCounts {
		let c = this.of.get(outlet);
		if (!c) {
			c = {entities: new Map(), statements: [], firsts: 0};
			this.of.set(outlet, c);
		}
		return c;
	}

	/** Counts one entity's mentions per outlet; returns the work done (its articles). */
	addEntity(entity: Entity): number {
		this.tops.clear();
		let n = 0;
		for (const [article, count] of Object.entries(entity.mentions)) {
			const outlet = this.outletOf(article);
			if (outlet === undefined) continue;
			const m = this.counts(outlet).entities;
			m.set(entity.id, (m.get(entity.id) ?? 0) + count);
			n++;
		}
		return n + 1;
	}

	/**
	 * Files a statement under each outlet that renders it; when two or more outlets do, those with
	 * the earliest dated rendering reported it first (a tie: each of them). Undated renderings
	 * cannot be first.
	 */
	addStatement(statement: Statement): number {
		const outlets = new Set<string>();
		let earliest: string | null = null;
		for (const r of statement.renderings) {
			const outlet = this.outletOf(r.article);
			if (outlet === undefined) continue;
			outlets.add(outlet);
			if (r.published && (!earliest || r.published < earliest)) earliest = r.published;
		}
		for (const o of outlets) this.counts(o).statements.push(statement);
		if (outlets.size > 1 && earliest) {
			const firsts = new Set<string>();
			for (const r of statement.renderings) {
				const o = this.outletOf(r.article);
				if (r.published === earliest && o !== undefined) firsts.add(o);
			}
			for (const o of firsts) this.counts(o).firsts++;
		}
		return statement.renderings.length;
	}

	/**
	 * The entities an outlet names most, most mentions first. Each row of the Outlets pane asks for
	 * them on every frame, and a large outlet names tens of thousands of entities: they are picked
	 * in one pass (not a sort of all), and kept until the tally changes.
	 */
	topEntities(outlet: string, limit: number): Array<[string, number]> {
		const m = this.of.get(outlet)?.entities;
		if (!m) return [];
		const kept = this.tops.get(outlet);
		if (kept && (kept.limit >= limit || kept.list.length < kept.limit)) return kept.list.slice(0, limit);
		const list = topOf(m, limit);
		this.tops.set(outlet, {limit, list});
		return list.slice();
	}
}

/** More mentions first, then by id. */
const before = (a: [string, number], b: [string, number]): number => b[1] - a[1] || a[0].localeCompare(b[0]);

/** The `limit` first entries of `counts` in `before` order, without sorting them all. */
function topOf(counts: Map<string, number>, limit: number): Array<[string, number]> {
	const top: Array<[string, number]> = [];
	if (limit <= 0) return top;
	for (const entry of counts) {
		if (top.length === limit && before(entry, top[limit - 1]) >= 0) continue;
		let i = Math.min(top.length, limit - 1);
		while (i > 0 && before(entry, top[i - 1]) < 0) i--;
		if (top.length === limit) top.pop();
		top.splice(i, 0, entry);
	}
	return top;
}
