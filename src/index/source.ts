// An index that is still being built, for a view that shows itself before the work is done: it
// starts openIndexStreaming, keeps the latest progress and partial index, and tells subscribers
// (at most every `interval` ms) so a redraw never waits on analysis.
import type {CorpusIndex} from './types.js';
import {openIndexStreaming, type OpenOptions, type OpenProgress} from './open.js';

export interface IndexState {
	/** Articles read so far (entities and statements arrive with the final index). */
	index: CorpusIndex;
	progress: OpenProgress;
	done: boolean;
	error?: Error;
}

type Listener = (state: IndexState) => void;

/** The copy `shown` still stands for `partial`: the same articles (only ever appended) and the same other parts. */
function unchanged(shown: CorpusIndex, partial: CorpusIndex): boolean {
	const {articles} = partial;
	if (shown.articles.length !== articles.length || shown.articles.at(-1) !== articles.at(-1)) return false;
	const keys = Object.keys(partial) as Array<keyof CorpusIndex>;
	return keys.length === Object.keys(shown).length && keys.every((key) => key === 'articles' || shown[key] === partial[key]);
}

const IDLE: OpenProgress = {
	phase: 'reading',
	filesRead: 0,
	filesTotal: 0,
	articlesRead: 0,
	articlesAnalysed: 0,
	fromCache: 0,
	total: 0,
	rate: 0,
	eta: null,
	elapsed: 0,
};

export class IndexSource {
	private state: IndexState;
	private readonly listeners = new Set<Listener>();
	/** The final index; rejects when opening fails (the state holds the error too). */
	readonly done: Promise<CorpusIndex>;
	private timer: NodeJS.Timeout | undefined;

	/** Already built: a source that is done from the start (tests, small corpora). */
	static of(index: CorpusIndex): IndexSource {
		const source = new IndexSource(async () => index);
		// Drawable as it is from the first frame, not one turn later.
		const n = index.articles.length;
		source.state = {index, progress: {...IDLE, phase: 'done', articlesRead: n, articlesAnalysed: n, total: n, eta: 0}, done: true};
		return source;
	}

	/** Starts opening `paths` now. */
	static open(paths: string[], options: OpenOptions = {}, interval = 150): IndexSource {
		return new IndexSource((report) => openIndexStreaming(paths, options, report), interval);
	}

	constructor(
		start: (report: (progress: OpenProgress, partial: CorpusIndex) => void) => Promise<CorpusIndex>,
		private readonly interval = 150,
	) {
		const empty: CorpusIndex = {name: '', roots: [], articles: [], warnings: [], entities: [], statements: []};
		this.state = {index: empty, progress: IDLE, done: false};
		this.done = start((progress, partial) => {
			// A copy of the article list: views memoise on identity, and the loader keeps appending.
			// Progress alone (the steps of indexing, where no article is added for a minute or more)
			// keeps the index as it was, so the app keeps what it made of it (a search's index).
			const newPhase = progress.phase !== this.state.progress.phase;
			const index = unchanged(this.state.index, partial) ? this.state.index : {...partial, articles: partial.articles.slice()};
			this.state = {index, progress, done: false};
			// A new phase is told at once (the next may hold the thread); counts at most every interval.
			if (newPhase) this.emitNow();
			else this.schedule();
		}).then(
			(index) => {
				this.state = {index, progress: {...this.state.progress, phase: 'done', articlesAnalysed: index.articles.length, total: index.articles.length, eta: 0}, done: true};
				this.emitNow();
				return index;
			},
			(error: unknown) => {
				this.state = {...this.state, done: true, error: error as Error};
				this.emitNow();
				throw error;
			},
		);
		// The caller may only care about the state; an unobserved failure must not crash the process.
		this.done.catch(() => undefined);
	}

	get current(): IndexState {
		return this.state;
	}

	/** Calls `listener` on changes (throttled); returns the unsubscribe function. */
	subscribe(listener: Listener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private schedule(): void {
		if (this.timer) return;
		this.timer = setTimeout(() => this.emitNow(), this.interval);
	}

	private emitNow(): void {
		if (this.timer) clearTimeout(this.timer);
		this.timer = undefined;
		for (const listener of this.listeners) listener(this.state);
	}
}
