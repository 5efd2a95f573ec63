// Drawn lines kept for redraws (scrolling redraws a reader or a comparison on every key), owned by
// the model of one index: a new index (the complete one after a streamed load, a reopened corpus)
// comes with a new Memo, so nothing drawn from an earlier, partial index is ever shown again.

export class Memo {
	private readonly tables = new Map<string, WeakMap<object, Map<number | string, unknown>>>();

	/**
	 * `build()` for `item` at `key` (a width, or a width with other layout choices), made once.
	 * `keep` says whether a result may be kept (a preview drawn before the marks are in may not);
	 * past `limit` keys per item, the item's older results are dropped.
	 */
	byWidth<K extends object, V>(table: string, item: K, key: number | string, build: () => V, keep: (value: V) => boolean = () => true, limit = Infinity): V {
		let items = this.tables.get(table);
		if (!items) {
			items = new WeakMap();
			this.tables.set(table, items);
		}
		let perKey = items.get(item);
		if (!perKey) {
			perKey = new Map();
			items.set(item, perKey);
		}
		if (perKey.has(key)) return perKey.get(key) as V;
		const value = build();
		if (keep(value)) {
			if (perKey.size >= limit) perKey.clear();
			perKey.set(key, value);
		}
		return value;
	}
}
