// A merge sort that can be run a slice at a time: sorting 400,000 rows costs a second on a slow
// machine, which as one idle step would hold up any key pressed meanwhile.

/** Sorts 0..n-1 by `compare` in steps of about `chunk` comparisons' worth of work each. */
export class StepSort {
	private from: number[];
	private to: number[];
	private width: number;
	/** Sorting runs: the next run's start; merging: the next pair's start. */
	private at = 0;
	private sorted = false;
	private merge: {left: number; mid: number; end: number; i: number; j: number; k: number} | undefined;
	private finished = false;

	constructor(private readonly n: number, private readonly compare: (a: number, b: number) => number, private readonly chunk = 20_000) {
		this.from = Array.from({length: n}, (_, i) => i);
		this.to = new Array<number>(n);
		this.width = chunk;
	}

	get done(): boolean {
		return this.finished;
	}

	/** The order; finishes the sort first if steps are left. */
	result(): number[] {
		while (!this.step());
		return this.from;
	}

	/** One slice of work; true once sorted. */
	step(): boolean {
		if (this.finished) return true;
		const {n, chunk, compare} = this;
		if (!this.sorted) {
			const end = Math.min(n, this.at + chunk);
			const run = this.from.slice(this.at, end).sort(compare);
			for (let k = 0; k < run.length; k++) this.from[this.at + k] = run[k];
			this.at = end;
			if (end >= n) {
				this.sorted = true;
				this.at = 0;
			}
			return this.finish();
		}
		let budget = chunk;
		while (budget > 0 && this.width < n) {
			if (!this.merge) {
				const left = this.at;
				const mid = Math.min(n, left + this.width);
				const end = Math.min(n, left + 2 * this.width);
				this.merge = {left, mid, end, i: left, j: mid, k: left};
			}
			const m = this.merge;
			const {from, to} = this;
			while (budget-- > 0 && m.k < m.end) {
				if (m.j >= m.end || (m.i < m.mid && compare(from[m.i], from[m.j]) <= 0)) to[m.k++] = from[m.i++];
				else to[m.k++] = from[m.j++];
			}
			if (m.k < m.end) break;
			this.merge = undefined;
			this.at = m.end;
			if (this.at >= n) {
				// A pass is complete: the merged runs become the input of the next, twice as wide.
				[this.from, this.to] = [this.to, this.from];
				this.width *= 2;
				this.at = 0;
			}
		}
		return this.finish();
	}

	private finish(): boolean {
		if (this.sorted && this.width >= this.n) this.finished = true;
		return this.finished;
	}
}
