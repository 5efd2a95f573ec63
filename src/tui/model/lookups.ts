// The lookups a keypress needs, each an O(1) read once built: items by id, an entity's counts,
// outlets and articles, the statements of a speaker, an article's links. Each is built once per
// index by a job (run ahead in idle turns) or on first use, never by scanning the corpus per key.
import {isLinked, type Entity, type Statement} from '../../analysis/types.js';
import {countOutlets, outletKey, warningCount} from '../../corpus/summary.js';
import type {Article} from '../../corpus/types.js';
import {Sweep, type Job} from '../../index/job.js';
import type {CorpusIndex} from '../../index/types.js';
import type {Span} from '../text/segments.js';
import {ArticleLinkIndex} from './links.js';

/** Items by id, filled a slice at a time so that a large index never fills it in one turn. */
class IdMap<T extends {id: string}> {
	private readonly map = new Map<string, T>();
	readonly job: Sweep;

	constructor(items: readonly T[]) {
		this.job = new Sweep(
			() => items.length,
			(k) => {
				this.map.set(items[k].id, items[k]);
				return 1;
			},
		);
	}

	whole(): Map<string, T> {
		this.job.finish();
		return this.map;
	}
}

function totalMentions(entity: Entity): number {
	let sum = 0;
	for (const count of Object.values(entity.mentions)) sum += count;
	return sum;
}

/** Entities whose counts are gathered first: a few screens of a list of them. */
const FIRST_SCREENS = 100;

export class Lookups {
	readonly articleById = new Map<string, Article>();
	readonly outletCount: number;
	/** Statements rendered in more than one article. */
	readonly linkedCount: number;
	/** Loader warnings plus per-article warnings (allWarnings, as `presslens warnings` lists them). */
	readonly warningCount: number;
	private readonly entityIds: IdMap<Entity>;
	private readonly statementIds: IdMap<Statement>;
	private readonly mentionTotals = new Map<Entity, number>();
	private readonly outletsOf = new Map<Entity, string[]>();
	private readonly articlesOf = new Map<Entity, Article[]>();
	private readonly bySpeaker = new Map<string, Statement[]>();
	private readonly links: ArticleLinkIndex;
	/** Each lookup's job, for the idle preparation (preparation.ts orders them). */
	readonly jobs: {speakers: Sweep; entityIds: Job; statementIds: Job; counts: Sweep; firstCounts: Job; links: Job};

	// Made on every streaming update of a growing index: it only counts what the header shows;
	// every lookup over entities and statements is built by its job or on first use.
	constructor(readonly index: CorpusIndex) {
		for (const a of index.articles) this.articleById.set(a.id, a);
		let linked = 0;
		for (const s of index.statements) if (isLinked(s)) linked++;
		this.outletCount = countOutlets(index.articles);
		this.linkedCount = linked;
		this.warningCount = warningCount(index);
		this.entityIds = new IdMap(index.entities);
		this.statementIds = new IdMap(index.statements);
		this.links = new ArticleLinkIndex(index);
		const {entities, statements} = index;
		// Mention totals and outlets in list order, counted in mentions.
		const counts = new Sweep(
			() => entities.length,
			(k) => {
				this.entityOutlets(entities[k]);
				// The first screens' cards list their articles: made here, not in the key that opens one
				// (10-20 ms for each of the most named, the list sorted by mentions).
				if (k < FIRST_SCREENS) this.entityArticles(entities[k]);
				return this.mentionTotal(entities[k]) + 1;
			},
		);
		this.jobs = {
			speakers: new Sweep(
				() => statements.length,
				(k) => {
					this.fileUnderSpeakers(statements[k]);
					return 1;
				},
			),
			entityIds: this.entityIds.job,
			statementIds: this.statementIds.job,
			counts,
			firstCounts: counts.upTo(FIRST_SCREENS),
			links: this.links.job,
		};
	}

	get entityById(): Map<string, Entity> {
		return this.entityIds.whole();
	}

	get statementById(): Map<string, Statement> {
		return this.statementIds.whole();
	}

	/** Are the entity's mention total and outlets counted (so that a row showing them costs nothing)? */
	counted(entity: Entity): boolean {
		return this.mentionTotals.has(entity) && this.outletsOf.has(entity);
	}

	/** The job that counts `entity` ahead: the first screens' counts while they are not all in, then all of them. */
	countsJob(): Job {
		return this.jobs.counts.position < FIRST_SCREENS ? this.jobs.firstCounts : this.jobs.counts;
	}

	mentionTotal(entity: Entity): number {
		let total = this.mentionTotals.get(entity);
		if (total === undefined) {
			total = totalMentions(entity);
			this.mentionTotals.set(entity, total);
		}
		return total;
	}

	/** Distinct outlets naming the entity, by outletKey (an article without an outlet counts by itself). */
	entityOutlets(entity: Entity): string[] {
		let outlets = this.outletsOf.get(entity);
		if (!outlets) {
			const set = new Set<string>();
			for (const id of Object.keys(entity.mentions)) set.add(outletKey(this.articleById.get(id)?.outlet, id));
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
		this.jobs.speakers.finish();
		return this.bySpeaker.get(entity.id) ?? [];
	}

	private fileUnderSpeakers(s: Statement): void {
		const speakers = new Set<string>();
		if (s.speaker) speakers.add(s.speaker);
		for (const r of s.renderings) if (r.speaker) speakers.add(r.speaker);
		for (const id of speakers) {
			const list = this.bySpeaker.get(id);
			if (list) list.push(s);
			else this.bySpeaker.set(id, [s]);
		}
	}

	/** True once every article's quotes and names are gathered. */
	get linksReady(): boolean {
		return this.links.ready;
	}

	/** Quote and entity spans to mark in an article body; `partial` (a preview): none until the links are in. */
	articleSpans(article: Article, partial = false): Span[] {
		return this.links.spans(article, partial);
	}

	/** Entities the article names, most mentions first; `partial`: none until the links are in. */
	articleEntities(article: Article, partial = false): Entity[] {
		return this.links.entitiesOf(article, partial);
	}
}
