// Read-only views of the index that the reducer and the views share: lookups, the rows each
// pane shows for a given filter and order (memoised, so repeated keys cost nothing), and links.
import type {Article} from '../../corpus/types.js';
import type {Entity, Rendering, Statement} from '../../analysis/types.js';
import {CorpusSearch, type Hits} from '../../index/search.js';
import type {CorpusIndex} from '../../index/types.js';
import type {Span} from '../text/segments.js';
import {activeQuery, type AppState, type PaneId} from './types.js';
import {pushAll} from '../../util/arrays.js';

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

/** Items (statements, entities, mentions) gathered per idle step: a few milliseconds' work. */
const CHUNK = 2_000;

/** 0, 1, … n-1: a list in its own order. */
function identity(n: number): Int32Array {
	const ids = new Int32Array(n);
	for (let i = 0; i < n; i++) ids[i] = i;
	return ids;
}

/** Entities whose counts are gathered first: a few screens of the Entities pane. */
const FIRST_SCREENS = 100;

/** A slice of idle work, run again until it returns true (done). */
export type Task = () => boolean;

/** Runs the first tasks, each until it is done, while `more()` allows; true if any remain. */
export function runTasks(tasks: Task[], more: () => boolean = () => true): boolean {
	while (tasks.length > 0 && more()) if (tasks[0]()) tasks.shift();
	return tasks.length > 0;
}

/** What one article is linked to, gathered in one pass over the corpus instead of per article. */
interface ArticleLinks {
	quotes: Rendering[];
	entities: Entity[];
	sorted: boolean;
	/** Where the body names its entities, found on first view. */
	names?: Span[];
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Where a body names the given entities: each surface form found whole-word, longer forms first,
 * never overlapping. Found in the one body shown rather than read from the index's stored spans,
 * which a large index keeps packed and would unpack (with every body they point into) to be read.
 */
export function nameSpans(body: string, entities: Entity[]): Span[] {
	const forms = [...new Set(entities.flatMap((e) => [e.name, ...e.aliases]))].filter((f) => f.trim().length > 1).sort((a, b) => b.length - a.length);
	const taken = new Uint8Array(body.length);
	const spans: Span[] = [];
	for (const form of forms) {
		for (let at = body.indexOf(form); at >= 0; at = body.indexOf(form, at + 1)) {
			const end = at + form.length;
			if ((at > 0 && WORD.test(body[at - 1]) && WORD.test(form[0])) || (end < body.length && WORD.test(body[end]) && WORD.test(form[form.length - 1]))) continue;
			if (taken[at] || taken[end - 1]) continue;
			taken.fill(1, at, end);
			spans.push({start: at, end, mark: 'entity'});
		}
	}
	return spans.sort((a, b) => a.start - b.start);
}

/**
 * Everything a keypress needs is an O(1) lookup or a memoised result here: the per-article and
 * per-entity indexes are built once per index (lazily, in one pass each), never by scanning the
 * corpus while drawing. Views only touch the rows and lines they show.
 */
export class Model {
	readonly articleById = new Map<string, Article>();
	readonly outletCount: number;
	/** Statements rendered in more than one article. */
	readonly linkedCount: number;
	/** Loader warnings plus per-article warnings. */
	readonly warningCount: number;
	private readonly search: CorpusSearch;
	private readonly rowCache = new Map<string, Hits>();
	private readonly mentionTotals = new Map<Entity, number>();
	private readonly orders = new Map<string, Hits>();
	private readonly entityIds: IdMap<Entity>;
	private readonly statementIds: IdMap<Statement>;
	private links: {map: Map<string, ArticleLinks>; statements: number; entities: number; done: boolean} | undefined;
	private statementsBySpeaker: Map<string, Statement[]> | undefined;
	private readonly outletsOf = new Map<Entity, string[]>();
	private readonly articlesOf = new Map<Entity, Article[]>();

	// The constructor runs on every streaming update of a growing index: it only counts what the
	// header shows; every lookup over entities and statements is built on first use or in idle steps.
	constructor(readonly index: CorpusIndex) {
		let warnings = index.warnings.length;
		const outlets = new Set<string>();
		for (const a of index.articles) {
			this.articleById.set(a.id, a);
			if (a.outlet) outlets.add(a.outlet);
			warnings += a.warnings.length;
		}
		let linked = 0;
		for (const s of index.statements) {
			const first = s.renderings[0]?.article;
			if (s.renderings.some((r) => r.article !== first)) linked++;
		}
		this.outletCount = outlets.size;
		this.linkedCount = linked;
		this.warningCount = warnings;
		this.search = new CorpusSearch(index);
		this.entityIds = new IdMap(() => this.index.entities);
		this.statementIds = new IdMap(() => this.index.statements);
	}

	get entityById(): Map<string, Entity> {
		return this.entityIds.whole();
	}

	get statementById(): Map<string, Statement> {
		return this.statementIds.whole();
	}

	/**
	 * Tasks that build every lookup and search index ahead of use, in slices of a few milliseconds.
	 * The app runs them in idle turns after the first frame, so a key typed meanwhile waits for at
	 * most one slice, and the first Enter or search later costs what every other one does.
	 */
	preparation(warm: {statement?: (statement: Statement) => void; entity?: (entity: Entity) => void} = {}): Task[] {
		const {statements, entities} = this.index;
		const once = (work: () => void): Task => () => {
			work();
			return true;
		};
		const search = (pane: 'articles' | 'entities' | 'statements') => this.search.prepareTasks(pane, CHUNK);
		// In the order a user meets them: article search, the lookups an entity card or a statement
		// row needs, the counts on the first screens of entities (the most named come first and take
		// longest) and the first cards and comparisons, then the rest of the counts, entity search,
		// the article marks, and last the largest search.
		return [
			...search('articles'),
			() => this.speakersSome(CHUNK),
			() => this.entityIds.fill(CHUNK),
			() => this.statementIds.fill(CHUNK),
			() => this.entityCountsSome(CHUNK, FIRST_SCREENS),
			...entities.slice(0, 10).map((entity) =>
				once(() => {
					this.entityArticles(entity);
					warm.entity?.(entity);
				}),
			),
			...statements.slice(0, 4).map((statement) => once(() => warm.statement?.(statement))),
			() => this.entityCountsSome(CHUNK),
			...search('entities'),
			() => this.linkSome(CHUNK),
			...search('statements'),
		];
	}

	private countsAt = 0;

	/** Mention totals and outlets of up to `budget` more mentions' worth of entities, in list order; true once `upTo` are counted. */
	private entityCountsSome(budget: number, upTo = Infinity): boolean {
		const entities = this.index.entities;
		const end = Math.min(entities.length, upTo);
		while (budget > 0 && this.countsAt < end) {
			const entity = entities[this.countsAt++];
			this.entityOutlets(entity);
			budget -= this.mentionTotal(entity) + 1;
		}
		return this.countsAt >= end;
	}

	/** Indices (into the index's array for `pane`) of the rows shown, in display order. */
	rows(state: AppState, pane: PaneId, query = activeQuery(state, pane)): Hits {
		const key = `${pane}\u0000${query}\u0000${pane === 'articles' ? state.sort : pane === 'entities' ? state.typeFilter : ''}`;
		const cached = this.rowCache.get(key);
		if (cached) return cached;
		if (this.rowCache.size > 64) this.rowCache.clear();
		let rows: Hits;
		if (query.trim() === '') {
			// No query: the pane's display order, sorted once per index and kept.
			rows = pane === 'articles' ? this.articleOrder(state.sort) : pane === 'entities' ? this.entityOrder(state.typeFilter) : this.statementOrder();
		} else {
			// A query: the search's ranking, best first.
			rows = this.search.search(pane, query);
			const filter = state.typeFilter;
			if (pane === 'entities' && filter !== 'all') rows = Array.prototype.filter.call(rows, (i: number) => this.index.entities[i].type === filter) as number[];
		}
		this.rowCache.set(key, rows);
		return rows;
	}

	private order(key: string, build: () => Hits): Hits {
		let order = this.orders.get(key);
		if (!order) {
			order = build();
			this.orders.set(key, order);
		}
		return order;
	}

	private articleOrder(sort: AppState['sort']): Hits {
		return this.order(`articles:${sort}`, () => {
			const articles = this.index.articles;
			const by = sort === 'date' ? [byDateDesc, byOutlet] : [byOutlet, byDateDesc];
			return articles.map((_, i) => i).sort((a, b) => by[0](articles[a], articles[b]) || by[1](articles[a], articles[b]) || a - b);
		});
	}

	/** Entities as the index lists them (most mentioned first), or those of one type. */
	private entityOrder(filter: AppState['typeFilter']): Hits {
		const entities = this.index.entities;
		const all = this.order('entities:all', () => identity(entities.length));
		if (filter === 'all') return all;
		return this.order(`entities:${filter}`, () => all.filter((i) => entities[i].type === filter));
	}

	/** Statements as the index lists them (reported by the most outlets first). */
	private statementOrder(): Hits {
		return this.order('statements', () => identity(this.index.statements.length));
	}

	count(state: AppState, pane: PaneId): number {
		// Every item, unfiltered: no need to sort them to count them.
		if (activeQuery(state, pane).trim() === '' && (pane !== 'entities' || state.typeFilter === 'all')) {
			return pane === 'articles' ? this.index.articles.length : pane === 'entities' ? this.index.entities.length : this.index.statements.length;
		}
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
		let total = this.mentionTotals.get(entity);
		if (total === undefined) {
			total = totalMentions(entity);
			this.mentionTotals.set(entity, total);
		}
		return total;
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
		return this.speakers().get(entity.id) ?? [];
	}

	private speakersAt = 0;

	private speakers(): Map<string, Statement[]> {
		while (!this.speakersSome(Infinity));
		return this.statementsBySpeaker!;
	}

	/** Files up to `count` more statements under their speakers; true when all are. */
	private speakersSome(count: number): boolean {
		const bySpeaker = (this.statementsBySpeaker ??= new Map());
		const {statements} = this.index;
		const end = Math.min(statements.length, this.speakersAt + count);
		for (let k = this.speakersAt; k < end; k++) {
			const s = statements[k];
			const speakers = new Set<string>();
			if (s.speaker) speakers.add(s.speaker);
			for (const r of s.renderings) if (r.speaker) speakers.add(r.speaker);
			for (const id of speakers) {
				const list = bySpeaker.get(id);
				if (list) list.push(s);
				else bySpeaker.set(id, [s]);
			}
		}
		this.speakersAt = end;
		return end >= statements.length;
	}

	/** True once every article's quotes and names are gathered. */
	get linksReady(): boolean {
		return this.links?.done ?? false;
	}

	/** Gathers up to `chunk` statements' quotes (or entities' mentions); true once the links are complete. */
	private linkSome(chunk: number): boolean {
		const links = (this.links ??= {map: new Map(), statements: 0, entities: 0, done: false});
		if (links.done) return true;
		const {statements, entities} = this.index;
		const of = (id: string): ArticleLinks => {
			let l = links.map.get(id);
			if (!l) {
				l = {quotes: [], entities: [], sorted: false};
				links.map.set(id, l);
			}
			return l;
		};
		if (links.statements < statements.length) {
			const end = Math.min(statements.length, links.statements + chunk);
			for (let k = links.statements; k < end; k++) for (const r of statements[k].renderings) of(r.article).quotes.push(r);
			links.statements = end;
		} else {
			// Counted in mentions: the first entities are named in thousands of articles each.
			for (let budget = chunk; budget > 0 && links.entities < entities.length; budget--) {
				const e = entities[links.entities++];
				const mentions = e.mentions;
				for (const id in mentions) {
					if (mentions[id] > 0) of(id).entities.push(e);
					budget--;
				}
			}
		}
		links.done = links.statements >= statements.length && links.entities >= entities.length;
		return links.done;
	}

	/** An article's links: gathered in full first, unless `partial` (a preview) takes none yet. */
	private articleLinks(article: Article, partial: boolean): ArticleLinks | undefined {
		if (!this.linksReady) {
			if (partial) return undefined;
			while (!this.linkSome(Infinity));
		}
		return this.links!.map.get(article.id);
	}

	/** Quote and entity spans to mark in an article body; quotes first so names inside them still show. */
	articleSpans(article: Article, partial = false): Span[] {
		const links = this.articleLinks(article, partial);
		if (!links) return [];
		const spans: Span[] = [];
		for (const r of links.quotes) spans.push({start: r.start, end: r.end, mark: 'quote'});
		links.names ??= nameSpans(article.body, links.entities);
		pushAll(spans, links.names);
		return spans;
	}

	/** Entities the article names, most mentions first. */
	articleEntities(article: Article, partial = false): Entity[] {
		const links = this.articleLinks(article, partial);
		if (!links) return [];
		if (!links.sorted) {
			links.entities.sort((a, b) => (b.mentions[article.id] ?? 0) - (a.mentions[article.id] ?? 0));
			links.sorted = true;
		}
		return links.entities;
	}
}

/** Items by id, filled a slice at a time so that a large index never fills it in one turn. */
class IdMap<T extends {id: string}> {
	private readonly map = new Map<string, T>();
	private at = 0;

	constructor(private readonly list: () => readonly T[]) {}

	/** Adds up to `count` more items; true when all are in. */
	fill(count: number): boolean {
		const items = this.list();
		const end = Math.min(items.length, this.at + count);
		for (let k = this.at; k < end; k++) this.map.set(items[k].id, items[k]);
		this.at = end;
		return end >= items.length;
	}

	whole(): Map<string, T> {
		this.fill(Infinity);
		return this.map;
	}
}
