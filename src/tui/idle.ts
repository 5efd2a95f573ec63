// The one scheduler of idle work: it runs the preparation's jobs in slices of a few milliseconds
// after the first frame, waits while keys come (the work, and the garbage collection it brings on,
// would land between a key and its frame), and asks for a collection after typed arrays grew.
import type {Job} from '../index/job.js';
import {collectAfterBufferGrowth} from './collect.js';

/** Units of work per step (items, or mentions for the heavy jobs): a few milliseconds' worth. */
export const STEP = 2_000;
/** Idle work per turn: short enough that a key arriving meanwhile is not held up noticeably. */
export const SLICE_MS = 8;
/** How long after a key the idle work waits before its next slice. */
export const TYPING_PAUSE_MS = 150;

/**
 * Steps the first jobs, each until it is done, while `more()` allows; true if any remain.
 * `done` is told of each job finished.
 */
export function runJobs(jobs: Job[], more: () => boolean = () => true, done: (job: Job) => void = () => undefined): boolean {
	while (jobs.length > 0 && more()) if (jobs[0].step(STEP)) done(jobs.shift()!);
	return jobs.length > 0;
}

export class IdleScheduler {
	private lastKey = 0;
	private timer: NodeJS.Timeout | undefined;

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
		const queue = [...jobs];
		const next = () => {
			const start = performance.now();
			const quiet = start - this.lastKey;
			if (quiet < TYPING_PAUSE_MS) {
				this.timer = setTimeout(next, TYPING_PAUSE_MS - quiet);
				return;
			}
			let shown = false;
			const more = runJobs(queue, () => performance.now() - start < SLICE_MS, (job) => (shown ||= job.shown === true));
			collectAfterBufferGrowth();
			afterSlice(shown);
			this.timer = more ? setTimeout(next, 0) : undefined;
		};
		this.timer = setTimeout(next, 0);
	}

	stop(): void {
		clearTimeout(this.timer);
		this.timer = undefined;
	}
}
