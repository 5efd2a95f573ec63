// Read-only views of the index that the reducer and the views share: lookups, the rows each
// pane shows for a given filter and order (memoised, so repeated keys cost nothing), and links.
import type {Article} from '../../corpus/types.js';
import type {Entity, Mention, Rendering, Statement} from '../../analysis/types.js';
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

const byName = new Intl.Collator(undefined, {sensitivity: 'base'}).compare;

/** What one article is linked to, gathered in one pass over the corpus instead of per article. */
interface ArticleLinks {
	quotes: Rendering[];
	names: Mention[];
	entities: Entity[];
	sorted: boolean;
}

/**
 * Everything a keypress needs is an O(1) lookup or a memoised result here: the per-article and
 * per-entity indexes are built once per index (lazily, in one pass each), never by scanning the
 * corpus while drawing. Views only touch the rows and lines they show.
 */
export class Model {
	readonly articleById = new Map<string, Article>();
	readonly entityById = new Map<string, Entity>();
	readonly statementById = new Map<string, Statement>();
	readonly outletCount: number;
	/** Statements rendered in more than one article. */
	readonly linkedCount: number;
	/** Loader warnings plus per-article warnings. */
	readonly warningCount: number;
	private readonly search: CorpusSearch;
	private readonly rowCache = new Map<string, number[]>();
	private readonly mentionTotals = new Map<Entity, number>();
	private readonly orders = new Map<string, number[]>();
	private links: Map<string, ArticleLinks> | undefined;
	private statementsBySpeaker: Map<string, Statement[]> | undefined;
	private readonly outletsOf = new Map<Entity, string[]>();
	private readonly articlesOf = new Map<Entity, Article[]>();

	constructor(readonly index: CorpusIndex) {
		let warnings = index.warnings.length;
		const outlets = new Set<string>();
		for (const a of index.articles) {
			this.articleById.set(a.id, a);
			if (a.outlet) outlets.add(a.outlet);
			warnings += a.warnings.length;
		}
		for (const e of index.entities) {
			this.entityById.set(e.id, e);
			this.mentionTotals.set(e, totalMentions(e));
		}
		let linked = 0;
		for (const s of index.statements) {
			this.statementById.set(s.id, s);
			if (new Set(s.renderings.map((r) => r.article)).size > 1) linked++;
		}
		this.outletCount = outlets.size;
		this.linkedCount = linked;
		this.warningCount = warnings;
		this.search = new CorpusSearch(index);
	}

	/**
	 * Steps that build every lookup and search index ahead of use, each one pass over the corpus.
	 * The app runs them one per idle turn after the first frame, so a key typed meanwhile waits for
	 * at most one step, and the first Enter or search later costs what every other one does.
	 */
	preparationSteps(): Array<() => void> {
		const first = this.index.articles[0];
		const entity = this.index.entities[0];
		return [
			() => first && this.articleSpans(first),
			() => entity && this.entityStatements(entity),
			// The search's folded fields and its letter-pair postings, a few thousand items per step.
			...(['articles', 'entities', 'statements'] as const).flatMap((pane) => this.search.prepareSteps(pane)),
		];
	}

	/** Indices (into the index's array for `pane`) of the rows shown, in display order. */
	rows(state: AppState, pane: PaneId, query = activeQuery(state, pane)): number[] {
		const key = `${pane}\u0000${query}\u0000${pane === 'articles' ? state.sort : pane === 'entities' ? state.typeFilter : ''}`;
		const cached = this.rowCache.get(key);
		if (cached) return cached;
		if (this.rowCache.size > 64) this.rowCache.clear();
		let rows: number[];
		if (query.trim() === '') {
			// No query: the pane's display order, sorted once per index and kept.
			rows = pane === 'articles' ? this.articleOrder(state.sort) : pane === 'entities' ? this.entityOrder(state.typeFilter) : this.statementOrder();
		} else {
			// A query: the search's ranking, best first.
			rows = this.search.search(pane, query);
			const filter = state.typeFilter;
			if (pane === 'entities' && filter !== 'all') rows = rows.filter((i) => this.index.entities[i].type === filter);
		}
		this.rowCache.set(key, rows);
		return rows;
	}

	private order(key: string, build: () => number[]): number[] {
		let order = this.orders.get(key);
		if (!order) {
			order = build();
			this.orders.set(key, order);
		}
		return order;
	}

	private articleOrder(sort: AppState['sort']): number[] {
		return this.order(`articles:${sort}`, () => {
			const articles = this.index.articles;
			const by = sort === 'date' ? [byDateDesc, byOutlet] : [byOutlet, byDateDesc];
			return articles.map((_, i) => i).sort((a, b) => by[0](articles[a], articles[b]) || by[1](articles[a], articles[b]) || a - b);
		});
	}

	private entityOrder(filter: AppState['typeFilter']): number[] {
		const all = this.order('entities:all', () => {
			const entities = this.index.entities;
			const totals = entities.map((e) => this.mentionTotals.get(e) ?? 0);
			return entities.map((_, i) => i).sort((a, b) => totals[b] - totals[a] || byName(entities[a].name, entities[b].name) || a - b);
		});
		if (filter === 'all') return all;
		return this.order(`entities:${filter}`, () => all.filter((i) => this.index.entities[i].type === filter));
	}

	private statementOrder(): number[] {
		return this.order('statements', () => {
			const statements = this.index.statements;
			return statements
				.map((_, i) => i)
				.sort((a, b) => statements[b].outlets - statements[a].outlets || statements[b].renderings.length - statements[a].renderings.length || a - b);
		});
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
		return this.mentionTotals.get(entity) ?? totalMentions(entity);
	}

	/** Distinct outlets naming the entity (an article without an outlet counts by itself). */
	entityOutlets(entity: Entity): string[] {
		let outlets = this.outletsOf.get(entity);
		if (!outlets) {
			const set = new Set<string>();
			for (const id of Object.keys(entity.mentions)) set.add(this.articleById.get(id)?.outlet ?? `(${id})`);
			outlets = [...set];
			this.outletsOf.set(entity, outlets);
		}
		return outlets;
	}

	/** Articles naming the entity, most mentions first. */
	entityArticles(entity: Entity): Article[] {
		let articles = this.articlesOf.get(entity);
		if (!articles) {
			articles = Object.entries(entity.mentions)
				.sort((a, b) => b[1] - a[1])
				.map(([id]) => this.articleById.get(id))
				.filter((a): a is Article => a !== undefined);
			this.articlesOf.set(entity, articles);
		}
		return articles;
	}

	/** Statements the entity made (as the linked speaker of the statement or of one rendering). */
	entityStatements(entity: Entity): Statement[] {
		if (!this.statementsBySpeaker) {
			const bySpeaker = new Map<string, Statement[]>();
			for (const s of this.index.statements) {
				const speakers = new Set<string>();
				if (s.speaker) speakers.add(s.speaker);
				for (const r of s.renderings) if (r.speaker) speakers.add(r.speaker);
				for (const id of speakers) {
					const list = bySpeaker.get(id);
					if (list) list.push(s);
					else bySpeaker.set(id, [s]);
				}
			}
			this.statementsBySpeaker = bySpeaker;
		}
		return this.statementsBySpeaker.get(entity.id) ?? [];
	}

	private articleLinks(article: Article): ArticleLinks | undefined {
		if (!this.links) {
			const links = new Map<string, ArticleLinks>();
			const of = (id: string): ArticleLinks => {
				let l = links.get(id);
				if (!l) {
					l = {quotes: [], names: [], entities: [], sorted: false};
					links.set(id, l);
				}
				return l;
			};
			for (const s of this.index.statements) {
				for (const r of s.renderings) of(r.article).quotes.push(r);
			}
			for (const e of this.index.entities) {
				for (const id in e.mentions) if (e.mentions[id] > 0) of(id).entities.push(e);
				for (const m of e.spans) if (m.field === 'body') of(m.article).names.push(m);
			}
			this.links = links;
		}
		return this.links.get(article.id);
	}

	/** Quote and entity spans to mark in an article body; quotes first so names inside them still show. */
	articleSpans(article: Article): Span[] {
		const links = this.articleLinks(article);
		if (!links) return [];
		const spans: Span[] = [];
		for (const r of links.quotes) spans.push({start: r.start, end: r.end, mark: 'quote'});
		for (const m of links.names) spans.push({start: m.start, end: m.end, mark: 'entity'});
		return spans;
	}

	/** Entities the article names, most mentions first. */
	articleEntities(article: Article): Entity[] {
		const links = this.articleLinks(article);
		if (!links) return [];
		if (!links.sorted) {
			links.entities.sort((a, b) => (b.mentions[article.id] ?? 0) - (a.mentions[article.id] ?? 0));
			links.sorted = true;
		}
		return links.entities;
	}
}
