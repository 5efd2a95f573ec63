// One shape for work done ahead of need in idle turns (lookups, search postings): a job does a
// bounded step when there is time, and the rest at once when a key needs its result. The app's
// idle scheduler (tui/idle.ts) runs them; whoever needs a result calls finish().

export interface Job {
	/** Does about `budget` units of work (items, or mentions for the heavy ones); true once done. */
	step(budget: number): boolean;
	/** Does whatever is left, now. */
	finish(): void;
	/** Its result is on screen (a pane's figures): the app redraws once it is done in idle turns. */
	shown?: boolean;
}

/**
 * A resumable pass over items 0…n-1: `visit(i)` does item i's work and says what it cost (1 for a
 * plain item, more for one with many mentions). `total` is read on every step, so a list that grows
 * is followed to its end.
 */
export class Sweep implements Job {
	private at = 0;

	constructor(
		private readonly total: () => number,
		private readonly visit: (i: number) => number,
	) {}

	/** Items visited so far. */
	get position(): number {
		return this.at;
	}

	get done(): boolean {
		return this.at >= this.total();
	}

	step(budget: number): boolean {
		const total = this.total();
		while (budget > 0 && this.at < total) budget -= this.visit(this.at++);
		return this.at >= total;
	}

	finish(): void {
		this.step(Infinity);
	}

	/** The same pass, as a job that is done once the first `count` items are (the first screens). */
	upTo(count: number): Job {
		const reached = () => this.at >= Math.min(count, this.total());
		return {
			step: (budget) => {
				const total = Math.min(count, this.total());
				while (budget > 0 && this.at < total) budget -= this.visit(this.at++);
				return reached();
			},
			finish: () => {
				while (!reached()) this.visit(this.at++);
			},
		};
	}
}

/** A job of one piece of work. */
export function once(work: () => void): Job {
	let done = false;
	const run = () => {
		if (done) return;
		done = true;
		work();
	};
	return {
		step: () => {
			run();
			return true;
		},
		finish: run,
	};
}

/** Jobs one after the other; a step advances only the first that is not done. */
export function sequence(...jobs: Job[]): Job {
	let at = 0;
	return {
		step(budget) {
			if (at < jobs.length && jobs[at].step(budget)) at++;
			return at >= jobs.length;
		},
		finish() {
			for (; at < jobs.length; at++) jobs[at].finish();
		},
	};
}

/** Runs steps that pause (a generator yielding between pieces of work) to the end, and gives their result. */
export function drain<T>(steps: Generator<unknown, T>): T {
	for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}
