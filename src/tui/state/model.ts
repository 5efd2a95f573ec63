// Read-only views of the index that the reducer and the views share: lookups, the rows each
// pane shows for a given filter and order (memoised, so repeated keys cost nothing), and links.
import type {Article} from '../../corpus/types.js';
import type {Entity, Statement} from '../../analysis/types.js';
import {CorpusSearch} from '../../index/search.js';
import type {CorpusIndex} from '../../index/types.js';
import type {Span} from '../text/segments.js';
import {activeQuery, type AppState, type PaneId} from './types.js';

function byDateDesc(a: Article, b: Article): number {
	if (a.published === b.published) return 0;
	if (!a.published) return 1;
	if (!b.published) return -1;
	return a.published < b.published ? 1 : -1;
}

function byOutlet(a: Article, b: Article): number {
	if (a.outlet === b.outlet) return 0;
	if (!a.outlet) return 1;
	if (!b.outlet) return -1;
	return a.outlet.localeCompare(b.outlet);
}

function totalMentions(entity: Entity): number {
	let sum = 0;
	for (const count of Object.values(entity.mentions)) sum += count;
	return sum;
}

export class Model {
	readonly articleById = new Map<string, Article>();
	readonly entityById = new Map<string, Entity>();
	readonly statementById = new Map<string, Statement>();
	readonly outletCount: number;
	/** Statements rendered in more than one article. */
	readonly linkedCount: number;
	private readonly search: CorpusSearch;
	private readonly rowCache = new Map<string, number[]>();
	private readonly mentionTotals: number[];

	constructor(readonly index: CorpusIndex) {
		for (const a of index.articles) this.articleById.set(a.id, a);
		for (const e of index.entities) this.entityById.set(e.id, e);
		for (const s of index.statements) this.statementById.set(s.id, s);
		this.outletCount = new Set(index.articles.map((a) => a.outlet).filter(Boolean)).size;
		this.linkedCount = index.statements.filter((s) => new Set(s.renderings.map((r) => r.article)).size > 1).length;
		this.search = new CorpusSearch(index);
		this.mentionTotals = index.entities.map(totalMentions);
	}

	/** Indices (into the index's array for `pane`) of the rows shown, in display order. */
	rows(state: AppState, pane: PaneId, query = activeQuery(state, pane)): number[] {
		const key = `${pane}\u0000${query}\u0000${pane === 'articles' ? state.sort : pane === 'entities' ? state.typeFilter : ''}`;
		const cached = this.rowCache.get(key);
		if (cached) return cached;
		if (this.rowCache.size > 64) this.rowCache.clear();
		let rows = this.search.search(pane, query);
		const ranked = query.trim() !== '';
		if (pane === 'articles' && !ranked) {
			const articles = this.index.articles;
			const order = state.sort === 'date' ? [byDateDesc, byOutlet] : [byOutlet, byDateDesc];
			rows = [...rows].sort((a, b) => order[0](articles[a], articles[b]) || order[1](articles[a], articles[b]) || a - b);
		}
		if (pane === 'entities') {
			const filter = state.typeFilter;
			if (filter !== 'all') rows = rows.filter((i) => this.index.entities[i].type === filter);
			if (!ranked) {
				const entities = this.index.entities;
				rows = [...rows].sort((a, b) => this.mentionTotals[b] - this.mentionTotals[a] || entities[a].name.localeCompare(entities[b].name));
			}
		}
		if (pane === 'statements' && !ranked) {
			const statements = this.index.statements;
			rows = [...rows].sort(
				(a, b) => statements[b].outlets - statements[a].outlets || statements[b].renderings.length - statements[a].renderings.length || a - b,
			);
		}
		this.rowCache.set(key, rows);
		return rows;
	}

	count(state: AppState, pane: PaneId): number {
		return this.rows(state, pane).length;
	}

	/** The id of the item under the cursor of `pane`, if any. */
	selectedId(state: AppState, pane: PaneId = state.focus): string | undefined {
		const rows = this.rows(state, pane);
		const index = rows[state.lists[pane].cursor];
		if (index === undefined) return undefined;
		if (pane === 'articles') return this.index.articles[index]?.id;
		if (pane === 'entities') return this.index.entities[index]?.id;
		return this.index.statements[index]?.id;
	}

	mentionTotal(entity: Entity): number {
		return this.mentionTotals[this.index.entities.indexOf(entity)] ?? totalMentions(entity);
	}

	/** Distinct outlets naming the entity (an article without an outlet counts by itself). */
	entityOutlets(entity: Entity): string[] {
		const outlets = new Set<string>();
		for (const id of Object.keys(entity.mentions)) {
			const article = this.articleById.get(id);
			outlets.add(article?.outlet ?? `(${id})`);
		}
		return [...outlets];
	}

	/** Articles naming the entity, most mentions first. */
	entityArticles(entity: Entity): Article[] {
		return Object.entries(entity.mentions)
			.sort((a, b) => b[1] - a[1])
			.map(([id]) => this.articleById.get(id))
			.filter((a): a is Article => a !== undefined);
	}

	/** Statements the entity made (as the linked speaker). */
	entityStatements(entity: Entity): Statement[] {
		return this.index.statements.filter((s) => s.speaker === entity.id || s.renderings.some((r) => r.speaker === entity.id));
	}

	/** Quote and entity spans to mark in an article body; quotes first so names inside them still show. */
	articleSpans(article: Article): Span[] {
		const spans: Span[] = [];
		for (const statement of this.index.statements) {
			for (const r of statement.renderings) {
				if (r.article === article.id) spans.push({start: r.start, end: r.end, mark: 'quote'});
			}
		}
		for (const entity of this.index.entities) {
			if (!(article.id in entity.mentions)) continue;
			for (const m of entity.spans) {
				if (m.article === article.id && m.field === 'body') spans.push({start: m.start, end: m.end, mark: 'entity'});
			}
		}
		return spans;
	}

	/** Entities the article names, most mentions first. */
	articleEntities(article: Article): Entity[] {
		return this.index.entities
			.filter((e) => (e.mentions[article.id] ?? 0) > 0)
			.sort((a, b) => (b.mentions[article.id] ?? 0) - (a.mentions[article.id] ?? 0));
	}
}
