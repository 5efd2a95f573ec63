// Each entity's framing table, made once per index on first use (or ahead, in idle time, for the
// first entities of the list) and kept with the model of that index. Rows are keyed by outlet;
// another row key (outlet groups) is one more entry in ROW_KEYS.
import {entityFraming} from '../../analysis/framing/framing.js';
import {byOutlet, type FramingTable} from '../../analysis/framing/table.js';
import type {Entity} from '../../analysis/types.js';
import type {Article} from '../../corpus/types.js';
import type {Lookups} from './lookups.js';

export const ROW_KEYS: {name: string; of: (article: Article) => string}[] = [{name: 'outlet', of: byOutlet}];

export class Framings {
	private readonly tables = new Map<string, WeakMap<Entity, FramingTable>>();

	constructor(private readonly lookups: Lookups) {}

	/** The entity's table with rows by ROW_KEYS[`by`]. */
	of(entity: Entity, by = 0): FramingTable {
		const key = ROW_KEYS[by] ?? ROW_KEYS[0];
		let tables = this.tables.get(key.name);
		if (!tables) {
			tables = new WeakMap();
			this.tables.set(key.name, tables);
		}
		let table = tables.get(entity);
		if (!table) {
			const {articleById} = this.lookups;
			table = entityFraming(entity, (id) => articleById.get(id), this.lookups.entityStatements(entity), key.of);
			tables.set(entity, table);
		}
		return table;
	}
}
