// Each entity's framing table, made once per index on first use (or ahead, in idle time, for the
// first entities of the list) and kept with the model of that index, by each row key: outlets, or
// outlet groups (the articles of outlets in no group in one "(no group)" row).
import {fileMention, filed, placeMaybe, sortMentions, type OrganisationMention, type OrganisationMentions} from '../../analysis/framing/anaphora.js';
import {eachSpanStart, spanJob} from '../../index/snapshot-schema.js';
import {entityFramingSteps, organisationMentions, type FramingWords} from '../../analysis/framing/framing.js';
import {lexiconTags} from '../../analysis/entities/lexicon.js';
import {addEntityNames} from '../../analysis/framing/context.js';
import {byGroup, byOutlet, type FramingTable} from '../../analysis/framing/table.js';
import type {Entity} from '../../analysis/types.js';
import {groupOf} from '../../corpus/groups.js';
import type {Article} from '../../corpus/types.js';
import {sequence, Sweep, type Job} from '../../index/job.js';
import {framingContext} from '../../index/framing-context.js';
import {preloadLexicon} from '../lexicon-preload.js';
// A table's steps in one idle step stop after STEP_MS, whatever their units say (bodies read from the file cost more).
import {STEP_MS} from '../idle.js';
import type {Lookups} from './lookups.js';

/** Idle-job units (tui/idle.ts STEP is 2,000 a step) per unit of a table's steps: a step of a few milliseconds. */
const COST_SCALE = 20;

export const ROW_KEYS: {name: string; of: (article: Article) => string}[] = [
	{name: 'outlet', of: byOutlet},
	{name: 'group', of: byGroup},
];

/** The name of ROW_KEYS[`by`] (the outlet rows for an index out of range). */
const rowKey = (by: number): string => (ROW_KEYS[by] ?? ROW_KEYS[0]).name;

/** ROW_KEYS index of the group rows. */
export const BY_GROUP = 1;

/** Entities whose tables (by outlet) are made ahead in idle time: the first of the Entities list. */
export const PREPARED = 10;

type Steps = Generator<number, FramingTable, void>;

/**
 * A table whose entity is named in more articles than this is made in idle turns when a card asks
 * for it (the card says so meanwhile); a smaller one is made at once (tens of milliseconds at most).
 */
export const AT_ONCE_ARTICLES = 150;

/**
 * Files every organisation's mentions by article (where each starts, from the saved index's
 * integers: no Mention made for it), a budget of mentions a step: the most named organisation has
 * tens of thousands, and filing them in one visit made an idle step of over 100 ms.
 */
class Filing implements Job {
	private k = 0;
	/** Mentions of entities[k] filed so far. */
	private at = 0;

	constructor(
		private readonly entities: readonly Entity[],
		private readonly file: (entity: Entity, article: string, field: 'body' | 'title', start: number, place: ReturnType<typeof placeMaybe>) => void,
	) {}

	get done(): boolean {
		return this.k >= this.entities.length;
	}

	step(budget: number): boolean {
		while (budget > 0 && this.k < this.entities.length) {
			const e = this.entities[this.k];
			if (!filed(e)) {
				this.k++;
				budget--;
				continue;
			}
			const place = placeMaybe(e);
			const asked = Math.max(1, Math.floor(budget));
			const passed = eachSpanStart(e, (article, field, start) => this.file(e, article, field, start, place), this.at, this.at + asked);
			budget -= 1 + passed;
			if (passed < asked) {
				this.k++;
				this.at = 0;
			} else this.at += passed;
		}
		return this.done;
	}

	finish(): void {
		this.step(Infinity);
	}
}

export class Framings {
	private readonly tables = new Map<string, WeakMap<Entity, FramingTable>>();
	/** Tables begun in idle turns and not finished yet, by row key. */
	private readonly pending = new Map<string, WeakMap<Entity, Steps>>();
	/** The idle job making a table a card asked for, by row key: one per table, asked for again on each draw. */
	private readonly asked = new Map<string, WeakMap<Entity, Job>>();
	private words: FramingWords | undefined;
	private byArticle: OrganisationMentions | undefined;
	/** Every entity's names, for telling another entity's name in a phrase: filed a slice at a time. */
	private readonly nameTable = new Map<string, Set<string>>();
	private readonly names: Sweep;
	private groupList: string[] | undefined;
	private readonly mentions = new Map<string, OrganisationMention[]>();
	private sorted = false;
	/**
	 * Every organisation's mentions by article (a table reads who else is named between an entity and
	 * "the group" after it): gathered a slice at a time in idle turns, or at once by the first table.
	 */
	private readonly filing: Filing;
	/** Large entities' Mentions made a budget at a time before their tables read them (see readied). */
	private readonly spanJobs = new WeakMap<Entity, Job & {readonly done: boolean}>();
	/** The filing, after the saved index's spans are read ahead (CorpusIndex.readAhead). */
	readonly job: Job;

	constructor(
		private readonly lookups: Lookups,
		/** Runs a job in the next idle turns, before the rest of the preparation (Model.urgent). */
		private readonly urgent: (job: Job) => void = (job) => job.finish(),
	) {
		const {entities} = lookups.index;
		this.names = new Sweep(
			() => entities.length,
			(k) => {
				addEntityNames(this.nameTable, entities[k]);
				return 2;
			},
		);
		this.filing = new Filing(entities, (e, article, field, start, place) => fileMention(this.mentions, e.id, article, field, start, place));
		const {readAhead} = lookups.index;
		this.job = readAhead ? sequence(readAhead, this.filing) : this.filing;
	}

	private organisations(): OrganisationMentions {
		// Before the idle pass is over, the few articles a table reads are looked up one by one.
		if (!this.filing.done) return (this.byArticle ??= organisationMentions(this.lookups.index.entities, (id) => this.lookups.articleById.get(id)?.body));
		if (!this.sorted) {
			sortMentions(this.mentions);
			this.sorted = true;
		}
		return (article) => this.mentions.get(article);
	}

	private tablesBy(name: string): WeakMap<Entity, FramingTable> {
		return weakIn(this.tables, name);
	}

	/** The steps of the entity's table begun in idle turns, or new ones. */
	private resumed(entity: Entity, by: number): Steps {
		const pending = weakIn(this.pending, rowKey(by));
		let steps = pending.get(entity);
		if (!steps) {
			steps = this.steps(entity, by);
			pending.set(entity, steps);
		}
		return steps;
	}

	/**
	 * Steps what a table needs before its own steps; true once that is done. Every table reads the
	 * statements filed by speaker and the other entities' names (a sweep over all of them); an
	 * organisation's also reads who else is named after each of its mentions, for which the pass
	 * filing every organisation's mentions comes first (with thousands of articles, looking them
	 * up an article at a time costs more).
	 */
	private readied(entity: Entity, budget: number): boolean {
		const speakers = this.lookups.jobs.speakers;
		if (!speakers.done) return speakers.step(budget) && false;
		if (!this.names.done) return this.names.step(budget) && false;
		if (entity.type === 'organization' && !this.filing.done) return this.job.step(budget) && false;
		// Its spans, which its table reads whole: made a step at a time first when they are still
		// packed in the saved index (a step of the table would make them all at once).
		let spans = this.spanJobs.get(entity);
		if (!spans) {
			spans = spanJob(entity);
			if (!spans) return true;
			this.spanJobs.set(entity, spans);
		}
		return spans.done || (spans.step(budget) && false);
	}

	/** Takes one step of the entity's table; true once it is made. */
	private advance(entity: Entity, by: number): {done: true} | {done: false; cost: number} {
		const next = this.resumed(entity, by).next();
		if (!next.done) return {done: false, cost: next.value};
		const key = rowKey(by);
		this.tablesBy(key).set(entity, next.value);
		weakIn(this.pending, key).delete(entity);
		return {done: true};
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
		const tables = this.tablesBy(rowKey(by));
		while (!tables.has(entity)) this.advance(entity, by);
		return tables.get(entity)!;
	}

	/**
	 * The table for a card being drawn: made, or made now if the entity is named in few articles;
	 * otherwise undefined, and the table is made in the next idle turns (the app draws again then).
	 * A large entity's table reads every article naming it: seconds on a large corpus.
	 */
	table(entity: Entity, by = 0): FramingTable | undefined {
		if (this.has(entity, by) || this.lookups.entityArticles(entity).length <= AT_ONCE_ARTICLES) return this.of(entity, by);
		const asked = weakIn(this.asked, rowKey(by));
		let job = asked.get(entity);
		if (!job) {
			job = {
				step: (budget) => {
					if (!this.readied(entity, budget)) return false;
					const until = performance.now() + STEP_MS;
					while (budget > 0 && performance.now() < until) {
						const next = this.advance(entity, by);
						if (next.done) return true;
						budget -= next.cost * COST_SCALE;
					}
					return false;
				},
				finish: () => void this.of(entity, by),
			};
			asked.set(entity, job);
		}
		this.urgent(job);
		return undefined;
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
				list ??= first();
				if (k < list.length && !this.readied(list[k], budget)) return false;
				const until = performance.now() + STEP_MS;
				while (budget > 0 && k < list.length && performance.now() < until) {
					const entity = list[k];
					if (tables().has(entity)) {
						k++;
						continue;
					}
					// What each table needs first, the next one's too (its spans made a step at a time).
					if (!this.readied(entity, budget)) return false;
					const next = this.advance(entity, 0);
					if (next.done) k++;
					else budget -= next.cost * COST_SCALE;
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
		return this.tables.get(rowKey(by))?.has(entity) ?? false;
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

/** The weak map filed under `key`, made on first use. */
function weakIn<V>(maps: Map<string, WeakMap<Entity, V>>, key: string): WeakMap<Entity, V> {
	let map = maps.get(key);
	if (!map) {
		map = new WeakMap();
		maps.set(key, map);
	}
	return map;
}
