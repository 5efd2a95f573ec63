// The Outlets pane's figures for one index: each outlet's profile (read from the articles when the
// pane lists them), and what takes a pass over the index (entities named, statements carried and
// reported first, labels for the corpus's top entities), gathered by one job a slice at a time in
// idle turns; a view that needs them before they are in finishes the job.
import {sequence, Sweep, type Job} from '../../index/job.js';
import {OutletTally, UNKNOWN} from '../../index/outlets.js';
import type {Entity} from '../../analysis/types.js';
import type {Model} from './model.js';

/** How many of the corpus's most named people and organisations the labels are read for. */
export const TOP_ENTITIES = 10;
/** Labels kept per outlet and entity. */
const LABELS = 3;

export interface EntityLabels {
	entity: Entity;
	labels: Array<[string, number]>;
}

export class OutletFigures {
	readonly tally: OutletTally;
	/** Outlet → its most used labels for each top entity it labels. */
	private readonly labels = new Map<string, EntityLabels[]>();
	readonly top: Entity[];
	readonly job: Job;
	private finished = false;

	constructor(private readonly model: Model) {
		const {index, lookups} = model;
		this.tally = new OutletTally((id) => {
			const a = lookups.articleById.get(id);
			return a ? (a.outlet ?? UNKNOWN) : undefined;
		});
		this.top = index.entities.filter((e) => e.type === 'person' || e.type === 'organization').slice(0, TOP_ENTITIES);
		const {entities, statements} = index;
		this.job = sequence(
			new Sweep(() => entities.length, (k) => this.tally.addEntity(entities[k])),
			new Sweep(() => statements.length, (k) => this.tally.addStatement(statements[k])),
			// The top entities' framing tables a piece at a time (the largest takes seconds on a large
			// corpus), then their labels, read from the tables made.
			model.framing.prepare(() => this.top),
			new Sweep(() => this.top.length, (k) => this.addLabels(this.top[k])),
		);
	}

	private addLabels(entity: Entity): number {
		for (const row of this.model.framing.of(entity).rows) {
			if (row.uses === 0) continue;
			const list = this.labels.get(row.key) ?? [];
			list.push({entity, labels: [...row.labels].slice(0, LABELS)});
			this.labels.set(row.key, list);
		}
		return 1;
	}

	/** True once every figure is in (rows show "…" until then). */
	get ready(): boolean {
		return this.finished;
	}

	/** Every figure, now (a detail opened before the idle turns got to them). */
	whole(): this {
		if (!this.finished) {
			this.job.finish();
			this.finished = true;
		}
		return this;
	}

	/** The job for the idle scheduler, telling the figures when it is done. */
	readonly idle: Job = {step: (budget) => this.stepped(this.job.step(budget)), finish: () => void this.whole(), shown: true};

	/**
	 * Are the figures in, for a page being drawn? On a small corpus they are gathered now; on a
	 * large one (seconds: every entity and statement, ten framing tables) they are asked for in
	 * the next idle turns, and the app draws again when they are in.
	 */
	asked(): boolean {
		return this.model.ensure(this.idle, () => this.finished);
	}

	/** Marks the job done once the idle turns finished it. */
	stepped(done: boolean): boolean {
		if (done) this.finished = true;
		return done;
	}

	labelsOf(outlet: string): EntityLabels[] {
		return this.labels.get(outlet) ?? [];
	}
}

/** The figures of the model's index, made once per model. */
export function outletFigures(model: Model): OutletFigures {
	return model.memo.byWidth('outlet figures', model.index, 0, () => new OutletFigures(model));
}

/** The figures' job for the idle scheduler, telling the figures when it is done. */
export function outletJob(model: Model): Job {
	return outletFigures(model).idle;
}
