// The rows each pane shows for a query, order, sort column and filter: indices into the pane's
// items, memoised so that repeated keys cost nothing. Orders are made once per index (typed arrays
// when they are the index's own order); a query is parsed (index/query.ts) and answered by the
// pane's matcher over its short fields and, for a pane with full text, the body index.
import {BodyIndexBuilder, type BodyIndex} from '../../index/body-index.js';
import {sequence, type Job} from '../../index/job.js';
import {FieldValues, type FieldGetters} from '../../index/field-values.js';
import {lackingFields, QueryMatcher} from '../../index/match.js';
import {isEmptyQuery, parseQuery, type FieldName, type Query} from '../../index/query.js';
import {FieldSearch, type Hits} from '../../index/search.js';
import type {CorpusIndex} from '../../index/types.js';
import type {Model} from './model.js';
import type {PaneSpec} from '../specs/types.js';
import {activeQuery, type AppState} from '../state/types.js';
import {sortedBy} from './sort.js';

/** 0, 1, … n-1: a list in its own order. */
function identity(n: number): Int32Array {
	const ids = new Int32Array(n);
	for (let i = 0; i < n; i++) ids[i] = i;
	return ids;
}

export class PaneRows {
	private readonly rowCache = new Map<string, Hits>();
	private readonly orders = new Map<string, Hits>();
	private readonly searches = new Map<string, FieldSearch>();
	private readonly itemLists = new Map<string, readonly unknown[]>();
	private readonly matchers = new Map<string, QueryMatcher>();
	private readonly bodies = new Map<string, BodyIndexBuilder>();
	private readonly fieldIndexes = new Map<string, FieldValues>();
	/** The search index and field values of a pane as one job, asked for by a query typed before they are built. */
	private readonly searchJobs = new Map<string, Job>();
	private lastQuery: {text: string; query: Query} | undefined;

	constructor(
		private readonly index: CorpusIndex,
		private readonly pane: (id: string) => PaneSpec,
		private readonly model: () => Model,
	) {}

	/** The query text parsed (the last one kept: each keystroke asks for it several times). */
	parse(text: string): Query {
		if (this.lastQuery?.text !== text) this.lastQuery = {text, query: parseQuery(text)};
		return this.lastQuery.query;
	}

	/**
	 * The full-text index of a pane with full text: the saved one when the pane lists the index's
	 * articles as they are, else built here (a Job the idle preparation runs ahead).
	 */
	bodyJob(id: string): Job | undefined {
		const spec = this.pane(id);
		if (!spec.fullText) return undefined;
		const items = this.items(id);
		const saved = this.index.bodyIndex;
		if (saved && items === this.index.articles && saved.size === items.length) return undefined;
		let job = this.bodies.get(id);
		if (!job) {
			const text = spec.fullText;
			job = new BodyIndexBuilder(items.length, (i) => text(items[i]));
			this.bodies.set(id, job);
		}
		return job;
	}

	private bodyIndex(id: string): BodyIndex | undefined {
		const job = this.bodyJob(id);
		return job ? (job as BodyIndexBuilder).result : this.pane(id).fullText ? this.index.bodyIndex : undefined;
	}

	/** The pane's matcher of parsed queries. */
	matcher(id: string): QueryMatcher {
		let matcher = this.matchers.get(id);
		if (!matcher) {
			const spec = this.pane(id);
			const items = this.items(id);
			const body = this.bodyIndex(id);
			const fieldValues = this.fieldValues(id);
			const text = spec.fullText;
			matcher = new QueryMatcher({
				size: items.length,
				fields: this.search(id),
				body: body && text ? {index: body, text: (i) => text(items[i])} : undefined,
				values: this.getters(id),
				fieldValues,
			});
			this.matchers.set(id, matcher);
		}
		return matcher;
	}

	/** Field terms of `query` the pane has no field for (without building its matcher: the empty list's message). */
	lacking(id: string, query: Query): FieldName[] {
		return lackingFields(query, this.getters(id));
	}

	/** Each field term's values of item i, as the pane's spec names them. */
	private getters(id: string): FieldGetters {
		const spec = this.pane(id);
		const items = this.items(id);
		const values: FieldGetters = {};
		for (const [name, get] of Object.entries(spec.fields ?? {}) as [FieldName, NonNullable<PaneSpec['fields']>[FieldName]][]) {
			if (get) values[name] = (i) => get(items[i], this.model());
		}
		return values;
	}

	/** The inverted index of the pane's field values (a Job the idle preparation runs ahead). */
	fieldValues(id: string): FieldValues {
		let job = this.fieldIndexes.get(id);
		if (!job) {
			job = new FieldValues(this.items(id).length, this.getters(id));
			this.fieldIndexes.set(id, job);
		}
		return job;
	}

	/** The pane's items, asked of its spec once per index (a pane may derive them, e.g. group articles). */
	items<T = any>(id: string): readonly T[] {
		let items = this.itemLists.get(id);
		if (!items) {
			items = this.pane(id).items(this.index);
			this.itemLists.set(id, items);
		}
		return items as readonly T[];
	}

	/** The item under the cursor of pane `id`, if any. */
	selectedItem<T = any>(state: AppState, id: string = state.focus): T | undefined {
		const at = this.selected(state, id);
		return at === undefined ? undefined : this.items<T>(id)[at];
	}

	/** The pane's search over its items' short fields, built on first use (or ahead, as a job). */
	search(id: string): FieldSearch {
		let search = this.searches.get(id);
		if (!search) {
			const spec = this.pane(id);
			const items = this.items(id);
			search = new FieldSearch({size: items.length, get: (i) => spec.search(items[i])});
			this.searches.set(id, search);
		}
		return search;
	}

	/** Indices (into the pane's items) of the rows shown, in display order. */
	rows(state: AppState, id: string, text = activeQuery(state, id)): Hits {
		const {order, filter, sort, reverse} = state.lists[id];
		const key = `${id}\u0000${text}\u0000${order}\u0000${filter}\u0000${sort}\u0000${reverse}`;
		const cached = this.rowCache.get(key);
		if (cached) return cached;
		if (this.rowCache.size > 64) this.rowCache.clear();
		const shown = this.ordered(id, order, filter, sort, reverse);
		const query = this.parse(text);
		// No query: the pane's display order, made once per index and kept. A query: the matcher's
		// answer within it, ranked by relevance unless a column sort was chosen.
		if (isEmptyQuery(query)) return this.keep(key, shown);
		// Until the search index is built: the rows unfiltered (not kept), the status line saying so.
		if (!this.searchable(id)) return shown;
		return this.keep(key, this.matcher(id).run(query, shown, sort < 0));
	}

	private keep(key: string, rows: Hits): Hits {
		this.rowCache.set(key, rows);
		return rows;
	}

	/**
	 * Can the pane answer a query now? Its search index is built, or is built now on a small index;
	 * on a large one (seconds: 436,751 statements on the AllSides corpus) it is asked for in the
	 * next idle turns, the app drawing again once it is in.
	 */
	searchable(id: string): boolean {
		const search = this.search(id);
		const values = this.fieldValues(id);
		// A pane with full text whose body index is built here (not saved) waits for it too: the
		// matcher would otherwise finish it within the key (seconds on a corpus being indexed).
		const body = this.bodyJob(id) as BodyIndexBuilder | undefined;
		const ready = () => search.ready && values.done && (!body || body.done);
		if (ready()) return true;
		let job = this.searchJobs.get(id);
		if (!job) this.searchJobs.set(id, (job = sequence(search, values, ...(body ? [body] : []))));
		return this.model().ensure(job, ready);
	}

	/** Is a query typed in pane `id` waiting for the pane's search index? */
	indexing(state: AppState, id: string): boolean {
		return !isEmptyQuery(this.parse(activeQuery(state, id))) && !this.searchable(id);
	}

	private memo(key: string, build: () => Hits): Hits {
		let order = this.orders.get(key);
		if (!order) {
			order = build();
			this.orders.set(key, order);
		}
		return order;
	}

	/**
	 * Items in order `order` (the index's own when it has no comparison), or by column `sort`,
	 * reversed or not, then within filter `filter`.
	 */
	private ordered(id: string, order: number, filter: number, sort: number, reverse: boolean): Hits {
		const spec = this.pane(id);
		const items = this.items(id);
		const compare = spec.orders[order]?.compare;
		const base = this.memo(`${id}:${order}`, () => {
			if (!compare) return identity(items.length);
			return Array.from({length: items.length}, (_, i) => i).sort((a, b) => compare(items[a], items[b]) || a - b);
		});
		const column = spec.columns?.[sort];
		let all = base;
		if (column) all = this.memo(`${id}:${order}:c${sort}:${reverse}`, () => sortedBy(base, items, column, this.model(), reverse));
		else if (reverse) all = this.memo(`${id}:${order}:r`, () => base.slice().reverse());
		const keep = spec.filters[filter]?.keep;
		if (!keep) return all;
		return this.memo(`${id}:${order}:c${sort}:${reverse}:${filter}`, () => (all instanceof Int32Array ? all.filter((i) => keep(items[i])) : all.filter((i) => keep(items[i]))));
	}

	count(state: AppState, id: string): number {
		// Every item, unfiltered: no need to order them to count them.
		if (isEmptyQuery(this.parse(activeQuery(state, id))) && !this.pane(id).filters[state.lists[id].filter]?.keep) return this.items(id).length;
		return this.rows(state, id).length;
	}

	/** The index (into the pane's items) of the item under the cursor of pane `id`, if any. */
	selected(state: AppState, id: string = state.focus): number | undefined {
		return this.rows(state, id)[state.lists[id].cursor];
	}
}
