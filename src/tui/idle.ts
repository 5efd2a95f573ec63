// The one scheduler of idle work: it runs the preparation's jobs in slices of a few milliseconds
// after the first frame, waits while keys come (the work, and the garbage collection it brings on,
// would land between a key and its frame). It asks for no garbage collection of its own: on the
// full AllSides corpus (a 2–3 GB heap), a full collection asked for after typed arrays grew took
// 1–3 s with no key answered, where V8's own incremental ones paused for under 0.1 s.
import type {Job} from '../index/job.js';
import {traceName, tracedStep} from './idle-trace.js';

/** Units of work per step (items, or mentions for the heavy jobs): a few milliseconds' worth. */
export const STEP = 2_000;
/** Idle work per turn: short enough that a key arriving meanwhile is not held up noticeably. */
export const SLICE_MS = 8;
/** How long after a key the idle work waits before its next slice. */
export const TYPING_PAUSE_MS = 150;

/** What one step should take; a job whose steps take longer gets a smaller budget. */
export const STEP_MS = 4;

/**
 * Each job's budget per step, fitted to how long its steps take: a job's units are estimates (an
 * item, a mention) whose cost varies with the corpus, the phase of the job and the machine, and a
 * step several times too long holds a key that comes meanwhile. The budget shrinks in proportion
 * when a step takes over twice STEP_MS and grows back, up to STEP, when steps are short.
 */
export class Pace {
	private readonly budgets = new WeakMap<Job, number>();

	budget(job: Job): number {
		return this.budgets.get(job) ?? STEP;
	}

	took(job: Job, ms: number): void {
		const budget = this.budget(job);
		// Whole units: a job may count items with them.
		if (ms > 2 * STEP_MS) this.budgets.set(job, Math.max(1, Math.floor((budget * STEP_MS) / ms)));
		else if (ms < STEP_MS / 2 && budget < STEP) this.budgets.set(job, Math.min(STEP, budget * 2));
	}
}

/**
 * Steps the first jobs, each until it is done, while `more()` allows; true if any remain.
 * `done` is told of each job finished; `pace` fits each job's budget to its steps' times.
 */
export function runJobs(jobs: Job[], more: () => boolean = () => true, done: (job: Job) => void = () => undefined, pace?: Pace): boolean {
	while (jobs.length > 0 && more()) {
		const job = jobs[0];
		const start = performance.now();
		const finished = tracedStep(job, pace ? pace.budget(job) : STEP);
		pace?.took(job, performance.now() - start);
		if (finished) done(jobs.shift()!);
	}
	return jobs.length > 0;
}

export class IdleScheduler {
	private lastKey = 0;
	private timer: NodeJS.Timeout | undefined;
	private queue: Job[] = [];
	/** Work a view asked for (urgent): run before the queue, each job until it is done. */
	private asked: Job[] = [];
	private afterSlice: (shown: boolean) => void = () => undefined;
	private urgentCount = 0;
	private readonly pace = new Pace();

	/** A key came: the next slice waits for a pause in typing. */
	keyPressed(): void {
		this.lastKey = performance.now();
	}

	/**
	 * Runs `jobs` (in place of any before) in idle slices; `afterSlice` is told after each, and
	 * whether a job whose result is on screen (Job.shown) finished in it.
	 */
	start(jobs: Job[], afterSlice: (shown: boolean) => void = () => undefined): void {
		this.stop();
		this.queue = [...jobs];
		jobs.forEach((job, i) => traceName(job, `prep ${i}`));
		this.afterSlice = afterSlice;
		this.wake();
	}

	/**
	 * Runs `job` in the next idle slices, before the queue (a view drawn without it waits for it:
	 * the slice that finishes it counts as finishing a job on screen, whatever its `shown`). Asking
	 * again for a job already asked for changes nothing.
	 */
	urgent(job: Job): void {
		if (this.asked.includes(job)) return;
		this.asked.push(job);
		traceName(job, `urgent ${++this.urgentCount}`);
		this.wake();
	}

	private wake(): void {
		this.timer ??= setTimeout(this.next, 0);
	}

	private readonly next = () => {
		this.timer = undefined;
		const start = performance.now();
		const quiet = start - this.lastKey;
		if (quiet < TYPING_PAUSE_MS) {
			this.timer = setTimeout(this.next, TYPING_PAUSE_MS - quiet);
			return;
		}
		let shown = false;
		const more = () => performance.now() - start < SLICE_MS;
		const finished = (job: Job) => (shown ||= job.shown === true);
		// A job asked for by a view is on screen by definition: the view is drawn again once it is done.
		const asked = () => (shown = true);
		if (runJobs(this.asked, more, asked, this.pace) || runJobs(this.queue, more, finished, this.pace)) this.timer = setTimeout(this.next, 0);
		this.afterSlice(shown);
	};

	stop(): void {
		clearTimeout(this.timer);
		this.timer = undefined;
		this.asked = [];
	}
}
