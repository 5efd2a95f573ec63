// Per-article analysis across the machine's cores: worker threads take batches of articles as the
// loader produces them and send analyses back as they finish. Results are keyed by the article's
// position, so the index built from them is the same as a serial run's, whatever the timing.
import {availableParallelism} from 'node:os';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {Worker} from 'node:worker_threads';
import {analyzeArticle, type ArticleAnalysis} from '../analysis/article.js';
import type {Article} from '../corpus/types.js';
import type {WorkerReply} from './worker.js';
import {BUILD_RESOURCE_LIMITS} from './heap.js';

export interface PoolOptions {
	/** Worker threads; 0 analyses on the calling thread (in slices, so the event loop stays free). */
	threads?: number;
	/** Articles per message. */
	batchSize?: number;
	onResult: (position: number, analysis: ArticleAnalysis) => void;
}

interface Batch {
	id: number;
	positions: number[];
	articles: Article[];
}

interface Slot {
	worker: Worker;
	inFlight: Map<number, Batch>;
	dead: boolean;
}

/** How many threads to use by default: one per core, at most 8 (the main thread mostly reads and waits). */
export function defaultThreads(): number {
	return Math.max(1, Math.min(availableParallelism(), 8));
}

/** A compiled worker entry of this folder; under a TypeScript test runner, the built copy in dist/. */
export function workerUrl(file = 'worker.js'): URL {
	const here = import.meta.url;
	if (!here.endsWith('.ts')) return new URL(`./${file}`, here);
	const path = fileURLToPath(here).replace(/[\\/]src[\\/]index[\\/]workers\.ts$/, `/dist/src/index/${file}`);
	return pathToFileURL(path);
}

export class AnalysisPool {
	private readonly threads: number;
	private readonly batchSize: number;
	private readonly slots: Slot[] = [];
	private readonly queue: Batch[] = [];
	private current: Batch | undefined;
	private nextId = 0;
	private pending = 0;
	private failure: Error | undefined;
	private waiters: Array<() => void> = [];
	private inlineRunning = false;

	constructor(private readonly options: PoolOptions) {
		this.threads = options.threads ?? defaultThreads();
		this.batchSize = options.batchSize ?? 16;
	}

	/** Queues one article; its analysis arrives through onResult. */
	submit(position: number, article: Article): void {
		this.current ??= {id: this.nextId++, positions: [], articles: []};
		this.current.positions.push(position);
		this.current.articles.push(article);
		this.pending++;
		if (this.current.articles.length >= this.batchSize) this.flushBatch();
	}

	/** Resolves when every submitted article has been analysed. */
	async drain(): Promise<void> {
		this.flushBatch();
		if (this.pending === 0) return this.check();
		await new Promise<void>((resolve) => this.waiters.push(resolve));
		this.check();
	}

	async close(): Promise<void> {
		await Promise.all(this.slots.map((slot) => slot.worker.terminate().catch(() => undefined)));
		this.slots.length = 0;
	}

	private check(): void {
		if (this.failure) throw this.failure;
	}

	private flushBatch(): void {
		if (!this.current) return;
		this.queue.push(this.current);
		this.current = undefined;
		this.dispatch();
	}

	private dispatch(): void {
		if (this.threads <= 0 || (this.slots.length > 0 && this.slots.every((s) => s.dead))) {
			this.runInline();
			return;
		}
		while (this.slots.length < this.threads && this.queue.length > this.slots.length) this.spawn();
		// Two batches per worker: one running, one waiting, so no worker idles between messages.
		for (;;) {
			const slot = this.slots.filter((s) => !s.dead && s.inFlight.size < 2).sort((a, b) => a.inFlight.size - b.inFlight.size)[0];
			const batch = slot && this.queue.shift();
			if (!batch) return;
			slot.inFlight.set(batch.id, batch);
			slot.worker.postMessage({batch: batch.id, articles: batch.articles});
		}
	}

	private spawn(): void {
		const worker = new Worker(workerUrl(), {resourceLimits: BUILD_RESOURCE_LIMITS});
		const slot: Slot = {worker, inFlight: new Map(), dead: false};
		worker.on('message', (reply: WorkerReply) => {
			const batch = slot.inFlight.get(reply.batch);
			if (!batch) return;
			slot.inFlight.delete(reply.batch);
			if ('error' in reply) {
				// Analysis threw on some article: the same code on this thread reports it properly.
				this.queue.unshift(batch);
				this.runInline();
				return;
			}
			this.deliver(batch, reply.analyses);
			this.dispatch();
		});
		const lost = () => {
			if (slot.dead) return;
			slot.dead = true;
			// Its unfinished batches go back to the queue for the others (or this thread).
			this.queue.unshift(...slot.inFlight.values());
			slot.inFlight.clear();
			this.dispatch();
		};
		worker.on('error', lost);
		worker.on('exit', lost);
		this.slots.push(slot);
	}

	private deliver(batch: Batch, analyses: ArticleAnalysis[]): void {
		batch.positions.forEach((position, i) => this.options.onResult(position, analyses[i]));
		this.pending -= batch.positions.length;
		if (this.pending === 0 && !this.current) this.wake();
	}

	private wake(): void {
		const waiters = this.waiters;
		this.waiters = [];
		for (const resolve of waiters) resolve();
	}

	/** One batch at a time on this thread, yielding between batches so input and redraws get through. */
	private runInline(): void {
		if (this.inlineRunning) return;
		this.inlineRunning = true;
		const step = () => {
			const batch = this.queue.shift();
			if (!batch) {
				this.inlineRunning = false;
				return;
			}
			try {
				this.deliver(batch, batch.articles.map(analyzeArticle));
			} catch (error) {
				this.failure = error as Error;
				this.pending = 0;
				this.queue.length = 0;
				this.inlineRunning = false;
				this.wake();
				return;
			}
			setImmediate(step);
		};
		setImmediate(step);
	}
}
