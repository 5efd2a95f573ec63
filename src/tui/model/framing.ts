// Each entity's framing table, made once per index on first use (or ahead, in idle time, for the
// first entities of the list) and kept with the model of that index, by each row key: outlets, or
// outlet groups (the articles of outlets in no group in one "(no group)" row).
import {fileMentions, sortMentions, type OrganisationMentions} from '../../analysis/framing/anaphora.js';
import {entityFramingSteps, organisationMentions, type FramingWords} from '../../analysis/framing/framing.js';
import {lexiconTags} from '../../analysis/entities/lexicon.js';
import {addEntityNames} from '../../analysis/framing/context.js';
import {byGroup, byOutlet, type FramingTable} from '../../analysis/framing/table.js';
import type {Entity} from '../../analysis/types.js';
import {groupOf} from '../../corpus/groups.js';
import type {Article} from '../../corpus/types.js';
import {Sweep, type Job} from '../../index/job.js';
import {framingContext} from '../../index/framing-context.js';
import {preloadLexicon} from '../lexicon-preload.js';
import type {Lookups} from './lookups.js';

/** Idle-job units (tui/idle.ts STEP is 2,000 a step) per unit of a table's steps: a step of a few milliseconds. */
const COST_SCALE = 20;

export const ROW_KEYS: {name: string; of: (article: Article) => string}[] = [
	{name: 'outlet', of: byOutlet},
	{name: 'group', of: byGroup},
];

/** ROW_KEYS index of the group rows. */
export const BY_GROUP = 1;

/** Entities whose tables (by outlet) are made ahead in idle time: the first of the Entities list. */
export const PREPARED = 10;

type Steps = Generator<number, FramingTable, void>;

export class Framings {
	private readonly tables = new Map<string, WeakMap<Entity, FramingTable>>();
	/** Tables begun in idle turns and not finished yet (rows by outlet). */
	private readonly pending = new WeakMap<Entity, Steps>();
	private words: FramingWords | undefined;
	private byArticle: OrganisationMentions | undefined;
	/** Every entity's names, for telling another entity's name in a phrase: filed a slice at a time. */
	private readonly nameTable = new Map<string, Set<string>>();
	private readonly names: Sweep;
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
		this.names = new Sweep(
			() => entities.length,
			(k) => {
				addEntityNames(this.nameTable, entities[k]);
				return 2;
			},
		);
		this.job = new Sweep(
			() => entities.length,
			(k) => {
				fileMentions(this.mentions, entities[k]);
				return 1 + (entities[k].type === 'organization' ? entities[k].spans.length : 0);
			},
		);
	}

	private organisations(): OrganisationMentions {
		// Before the idle pass is over, the few articles a table reads are looked up one by one.
		if (!this.job.done) return (this.byArticle ??= organisationMentions(this.lookups.index.entities));
		if (!this.sorted) {
			sortMentions(this.mentions);
			this.sorted = true;
		}
		return (article) => this.mentions.get(article);
	}

	private tablesBy(name: string): WeakMap<Entity, FramingTable> {
		let tables = this.tables.get(name);
		if (!tables) {
			tables = new WeakMap();
			this.tables.set(name, tables);
		}
		return tables;
	}

	/** The steps that make the entity's table by ROW_KEYS[`by`] (context.ts: the other names, the compounds). */
	private steps(entity: Entity, by: number): Steps {
		const key = ROW_KEYS[by] ?? ROW_KEYS[0];
		const {articleById} = this.lookups;
		this.words ??= framingContext(this.lookups.index, () => {
			this.names.finish();
			return this.nameTable;
		});
		return entityFramingSteps(entity, (id) => articleById.get(id), this.lookups.entityStatements(entity), key.of, entity.type === 'organization' ? this.organisations() : undefined, this.words);
	}

	/** The entity's table with rows by ROW_KEYS[`by`]: made now, or the rest of it if idle turns began it. */
	of(entity: Entity, by = 0): FramingTable {
		const key = ROW_KEYS[by] ?? ROW_KEYS[0];
		const tables = this.tablesBy(key.name);
		let table = tables.get(entity);
		if (!table) {
			const steps = (by === 0 ? this.pending.get(entity) : undefined) ?? this.steps(entity, by);
			this.pending.delete(entity);
			for (let next = steps.next(); ; next = steps.next()) {
				if (next.done) {
					table = next.value;
					break;
				}
			}
			tables.set(entity, table);
		}
		return table;
	}

	/**
	 * A job that makes the tables (by outlet) of `first()`'s entities a piece at a time, so that
	 * their cards draw at once when opened. The word lexicon labels are read with is unpacked on a
	 * worker meanwhile (lexicon-preload.ts); a first step that finds it missing loads it.
	 */
	prepare(first: () => readonly Entity[]): Job {
		preloadLexicon();
		let list: readonly Entity[] | undefined;
		let k = 0;
		let lexicon = false;
		const tables = () => this.tablesBy(ROW_KEYS[0].name);
		return {
			step: (budget) => {
				if (!lexicon) {
					lexicon = true;
					lexiconTags('');
					return false;
				}
				if (!this.names.done) return this.names.step(budget) && false;
				list ??= first();
				while (budget > 0 && k < list.length) {
					const entity = list[k];
					if (tables().has(entity)) {
						k++;
						continue;
					}
					let steps = this.pending.get(entity);
					if (!steps) {
						steps = this.steps(entity, 0);
						this.pending.set(entity, steps);
					}
					const next = steps.next();
					if (next.done) {
						tables().set(entity, next.value);
						this.pending.delete(entity);
						k++;
					} else budget -= next.value * COST_SCALE;
				}
				return k >= list.length;
			},
			finish: () => {
				lexicon = true;
				list ??= first();
				for (; k < list.length; k++) this.of(list[k]);
			},
		};
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
