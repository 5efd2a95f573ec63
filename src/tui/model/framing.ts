// Each entity's framing table, made once per index on first use (or ahead, in idle time, for the
// first entities of the list) and kept with the model of that index, by each row key: outlets, or
// outlet groups (the articles of outlets in no group in one "(no group)" row).
import {fileMentions, sortMentions, type OrganisationMentions} from '../../analysis/framing/anaphora.js';
import {entityFraming} from '../../analysis/framing/framing.js';
import {byGroup, byOutlet, type FramingTable} from '../../analysis/framing/table.js';
import type {Entity} from '../../analysis/types.js';
import {groupOf} from '../../corpus/groups.js';
import type {Article} from '../../corpus/types.js';
import {Sweep} from '../../index/job.js';
import type {Lookups} from './lookups.js';

export const ROW_KEYS: {name: string; of: (article: Article) => string}[] = [
	{name: 'outlet', of: byOutlet},
	{name: 'group', of: byGroup},
];

/** ROW_KEYS index of the group rows. */
export const BY_GROUP = 1;

export class Framings {
	private readonly tables = new Map<string, WeakMap<Entity, FramingTable>>();
	private groupList: string[] | undefined;
	private readonly mentions = new Map<string, {start: number; entity: string}[]>();
	private sorted = false;
	/**
	 * Every organisation's mentions by article (a table reads who else is named between an entity and
	 * "the group" after it): gathered a slice at a time in idle turns, or at once by the first table.
	 */
	readonly job: Sweep;

	constructor(private readonly lookups: Lookups) {
		const {entities} = lookups.index;
		this.job = new Sweep(
			() => entities.length,
			(k) => {
				fileMentions(this.mentions, entities[k]);
				return 1 + (entities[k].type === 'organization' ? entities[k].spans.length : 0);
			},
		);
	}

	private organisations(): OrganisationMentions {
		this.job.finish();
		if (!this.sorted) {
			sortMentions(this.mentions);
			this.sorted = true;
		}
		return (article) => this.mentions.get(article);
	}

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
			table = entityFraming(entity, (id) => articleById.get(id), this.lookups.entityStatements(entity), key.of, this.organisations());
			tables.set(entity, table);
		}
		return table;
	}

	/** Has the table been made (so that drawing it costs nothing)? */
	has(entity: Entity, by = 0): boolean {
		return this.tables.get((ROW_KEYS[by] ?? ROW_KEYS[0]).name)?.has(entity) ?? false;
	}

	/** The outlet groups of the corpus, by name (none: presslens.json declares none). */
	groups(): string[] {
		if (!this.groupList) {
			const set = new Set<string>();
			for (const a of this.lookups.index.articles) {
				const g = groupOf(a);
				if (g) set.add(g);
			}
			this.groupList = [...set].sort((a, b) => a.localeCompare(b));
		}
		return this.groupList;
	}
}
