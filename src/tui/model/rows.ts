// The rows each pane shows for a filter text, order and filter: indices into the pane's items,
// memoised so that repeated keys cost nothing. Orders are made once per index (typed arrays when
// they are the index's own order); a query is answered by the pane's search, best first.
import {FieldSearch, type Hits} from '../../index/search.js';
import type {CorpusIndex} from '../../index/types.js';
import type {PaneSpec} from '../specs/types.js';
import {activeQuery, type AppState} from '../state/types.js';

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

	constructor(
		private readonly index: CorpusIndex,
		private readonly pane: (id: string) => PaneSpec,
	) {}

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
	rows(state: AppState, id: string, query = activeQuery(state, id)): Hits {
		const {order, filter} = state.lists[id];
		const key = `${id}\u0000${query}\u0000${order}\u0000${filter}`;
		const cached = this.rowCache.get(key);
		if (cached) return cached;
		if (this.rowCache.size > 64) this.rowCache.clear();
		let rows: Hits;
		if (query.trim() === '') {
			// No query: the pane's display order, made once per index and kept.
			rows = this.ordered(id, order, filter);
		} else {
			// A query: the search's ranking, best first, within the filter.
			rows = this.search(id).search(query);
			const keep = this.pane(id).filters[filter]?.keep;
			if (keep) {
				const items = this.items(id);
				rows = Array.prototype.filter.call(rows, (i: number) => keep(items[i])) as number[];
			}
		}
		this.rowCache.set(key, rows);
		return rows;
	}

	private memo(key: string, build: () => Hits): Hits {
		let order = this.orders.get(key);
		if (!order) {
			order = build();
			this.orders.set(key, order);
		}
		return order;
	}

	/** Items in order `order` (the index's own when it has no comparison), then within filter `filter`. */
	private ordered(id: string, order: number, filter: number): Hits {
		const spec = this.pane(id);
		const items = this.items(id);
		const compare = spec.orders[order]?.compare;
		const all = this.memo(`${id}:${order}`, () => {
			if (!compare) return identity(items.length);
			return Array.from({length: items.length}, (_, i) => i).sort((a, b) => compare(items[a], items[b]) || a - b);
		});
		const keep = spec.filters[filter]?.keep;
		if (!keep) return all;
		return this.memo(`${id}:${order}:${filter}`, () => (all instanceof Int32Array ? all.filter((i) => keep(items[i])) : all.filter((i) => keep(items[i]))));
	}

	count(state: AppState, id: string): number {
		// Every item, unfiltered: no need to order them to count them.
		if (activeQuery(state, id).trim() === '' && !this.pane(id).filters[state.lists[id].filter]?.keep) return this.items(id).length;
		return this.rows(state, id).length;
	}

	/** The index (into the pane's items) of the item under the cursor of pane `id`, if any. */
	selected(state: AppState, id: string = state.focus): number | undefined {
		return this.rows(state, id)[state.lists[id].cursor];
	}
}
