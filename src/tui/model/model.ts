// The app's view of one index: its lookups, the rows of each pane the registry lists, and the
// drawn lines kept for redraws. One per index, so every cache here lives and dies with the index
// it describes (a streamed load brings a new index, and a new Model, on each update).
import type {Job} from '../../index/job.js';
import type {CorpusIndex} from '../../index/types.js';
import {REGISTRY, type Registry} from '../specs/registry.js';
import {Framings} from './framing.js';
import {Lookups} from './lookups.js';
import {Memo} from './memo.js';
import {PaneRows} from './rows.js';

/** An index of at most this many articles has its corpus-wide lookups made at once when a view needs them (well under a second). */
export const AT_ONCE_ARTICLES = 2_000;

export class Model {
	readonly lookups: Lookups;
	readonly panes: PaneRows;
	readonly memo = new Memo();
	/** Each entity's framing table (labels by outlet), made on first use. */
	readonly framing: Framings;

	/**
	 * Where work a view asked for goes (a large entity's framing table): the app's idle scheduler,
	 * which runs it before the rest of the preparation and draws again when it is done. Without
	 * one (no app), the work is done at once.
	 */
	urgentSink: ((job: Job) => void) | undefined;
	/**
	 * Work asked for before the app's scheduler took this model (its first frames are drawn before
	 * the app's effects run): handed to it then (takeUrgent), rather than done at once in a frame.
	 */
	private waiting: Job[] | undefined;

	/** `deferUrgent`: an app's model, whose scheduler is attached after its first frame (takeUrgent). */
	constructor(
		readonly index: CorpusIndex,
		readonly registry: Registry = REGISTRY,
		{deferUrgent = false}: {deferUrgent?: boolean} = {},
	) {
		if (deferUrgent) this.waiting = [];
		this.lookups = new Lookups(index);
		this.framing = new Framings(this.lookups, (job) => this.urgent(job));
		this.panes = new PaneRows(index, (id) => registry.pane(id), () => this);
	}

	/** Asks for `job` in the next idle turns (see urgentSink). */
	urgent(job: Job): void {
		if (this.urgentSink) this.urgentSink(job);
		else if (!this.waiting) job.finish();
		else if (!this.waiting.includes(job)) this.waiting.push(job);
	}

	/** From now on `sink` runs the work views ask for, starting with any asked for before. */
	takeUrgent(sink: (job: Job) => void): void {
		this.urgentSink = sink;
		const waiting = this.waiting ?? [];
		this.waiting = undefined;
		for (const job of waiting) sink(job);
	}

	/**
	 * Is the corpus-wide work `job` done, for a view being drawn? If not, it is finished now on a
	 * small index, or asked for in the next idle turns on a large one, where it takes seconds
	 * (false until then: the view says what is still being gathered, and is drawn again after).
	 */
	ensure(job: Job, done: () => boolean): boolean {
		if (done()) return true;
		if (this.index.articles.length <= AT_ONCE_ARTICLES) {
			job.finish();
			return true;
		}
		this.urgent(job);
		return false;
	}

	/** Are the article links in? A preview never asks for them; an opened view does (see ensure). */
	linksIn(preview: boolean): boolean {
		const {lookups} = this;
		return lookups.linksReady || (!preview && this.ensure(lookups.jobs.links, () => lookups.linksReady));
	}
}
