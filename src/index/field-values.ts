// An inverted index of a list's field values (outlet, speaker, group, type, date): each distinct
// folded value once, with the ascending list of the items that have it. A field term
// (`outlet:times`) then tests the few hundred distinct values instead of every item's, and the
// items of the values it accepts are their lists' union. Built a step at a time (a Job for the
// app's idle turns); a query finishes the build. The lists are slices of one Int32Array per field,
// so the garbage collector never walks them.
import {foldText} from '../text/fold.js';
import type {Job} from './job.js';
import type {FieldName} from './query.js';

/** Each field's values of item i (any of them may be missing). */
export type FieldGetters = Partial<Record<FieldName, (i: number) => readonly (string | null | undefined)[]>>;

/** One field's values while they are gathered, then laid out. */
class FieldTable {
	/** Distinct folded values, numbered in order of first sight. */
	readonly values: string[] = [];
	private readonly byFolded = new Map<string, number>();
	/** Raw value -> its number (the same raw names recur across thousands of items: each is folded once). */
	private readonly byRaw = new Map<string, number>();
	private pairs = new Int32Array(1 << 12);
	private used = 0;
	private readonly ends: Int32Array;
	private seen = new Int32Array(1 << 8);
	/** Where value v's items start in `postings` (values + 1 entries), once laid out. */
	starts: Int32Array | undefined;
	postings: Int32Array | undefined;

	constructor(
		readonly size: number,
		private readonly get: (i: number) => readonly (string | null | undefined)[],
	) {
		this.ends = new Int32Array(size + 1);
	}

	/** Files item i's distinct values. */
	add(i: number): number {
		const mark = i + 1;
		const raw = this.get(i);
		for (const value of raw) {
			if (typeof value !== 'string' || value === '') continue;
			const v = this.number(value);
			if (v < 0 || this.seen[v] === mark) continue;
			this.seen[v] = mark;
			if (this.used === this.pairs.length) this.pairs = grow(this.pairs);
			this.pairs[this.used++] = v;
		}
		this.ends[i + 1] = this.used;
		return 1 + (raw.length >> 3);
	}

	private number(raw: string): number {
		let v = this.byRaw.get(raw);
		if (v !== undefined) return v;
		const folded = foldText(raw).trim();
		if (!folded) v = -1;
		else {
			v = this.byFolded.get(folded);
			if (v === undefined) {
				v = this.values.length;
				this.values.push(folded);
				this.byFolded.set(folded, v);
				if (v >= this.seen.length) this.seen = grow(this.seen);
			}
		}
		this.byRaw.set(raw, v);
		return v;
	}

	/** The lists laid out in item order, so each comes out ascending (a counting sort by value). */
	lay(): void {
		const n = this.values.length;
		const starts = new Int32Array(n + 1);
		for (let p = 0; p < this.used; p++) starts[this.pairs[p] + 1]++;
		for (let v = 0; v < n; v++) starts[v + 1] += starts[v];
		const cursor = starts.slice(0, n);
		const postings = new Int32Array(this.used);
		for (let i = 0; i < this.size; i++) for (let p = this.ends[i]; p < this.ends[i + 1]; p++) postings[cursor[this.pairs[p]]++] = i;
		this.starts = starts;
		this.postings = postings;
		this.pairs = new Int32Array(0);
		this.byRaw.clear();
	}

	list(v: number): Int32Array {
		return this.postings!.subarray(this.starts![v], this.starts![v + 1]);
	}
}

/** Answers kept per field and accepted values: typing a word after `outlet:fox` asks again each key. */
const KEPT = 32;

export class FieldValues implements Job {
	private readonly tables = new Map<FieldName, FieldTable>();
	private next = 0;
	private built = false;
	private readonly kept = new Map<string, Int32Array>();
	private marks: Uint8Array | undefined;

	constructor(
		readonly size: number,
		getters: FieldGetters,
	) {
		for (const [name, get] of Object.entries(getters) as [FieldName, FieldGetters[FieldName]][]) if (get) this.tables.set(name, new FieldTable(size, get));
	}

	get done(): boolean {
		return this.built;
	}

	/** Whether the list has this field at all. */
	has(name: FieldName): boolean {
		return this.tables.has(name);
	}

	/** About `budget` items' values filed; true once every list is laid out. */
	step(budget: number): boolean {
		if (this.built) return true;
		const tables = [...this.tables.values()];
		while (budget > 0 && this.next < this.size) {
			for (const table of tables) budget -= table.add(this.next);
			this.next++;
		}
		if (this.next >= this.size) {
			for (const table of tables) table.lay();
			this.built = true;
		}
		return this.built;
	}

	finish(): void {
		this.step(Infinity);
	}

	/** The field's distinct folded values (in order of first sight). */
	values(name: FieldName): readonly string[] {
		this.finish();
		return this.tables.get(name)?.values ?? [];
	}

	/**
	 * The items (ascending) with a value of field `name` that `accept` takes; `key` names the test
	 * (the same key, the same answer, kept). Empty when the list has no such field.
	 */
	items(name: FieldName, key: string, accept: (value: string) => boolean): Int32Array {
		const kept = this.kept.get(`${name}\u0000${key}`);
		if (kept) return kept;
		this.finish();
		const table = this.tables.get(name);
		let result: Int32Array = new Int32Array(0);
		if (table) {
			const chosen: number[] = [];
			let total = 0;
			for (let v = 0; v < table.values.length; v++) {
				if (!accept(table.values[v])) continue;
				chosen.push(v);
				total += table.starts![v + 1] - table.starts![v];
			}
			result = chosen.length === 1 ? table.list(chosen[0]) : this.union(table, chosen, total);
		}
		if (this.kept.size >= KEPT) this.kept.clear();
		this.kept.set(`${name}\u0000${key}`, result);
		return result;
	}

	/**
	 * The union of the values' lists, ascending: by marks when it is a large part of the list, else
	 * sorted. The lists are read in place (a view per value cost more than its few items, with tens
	 * of thousands of values: the speakers a letter matches).
	 */
	private union(table: FieldTable, chosen: number[], total: number): Int32Array {
		if (chosen.length === 0) return new Int32Array(0);
		const starts = table.starts!;
		const postings = table.postings!;
		if (total * 8 < this.size) {
			const all = new Int32Array(total);
			let at = 0;
			for (const v of chosen) for (let p = starts[v]; p < starts[v + 1]; p++) all[at++] = postings[p];
			all.sort();
			// An item with two accepted values (two speakers' spellings) is listed once.
			let out = 0;
			for (let k = 0; k < all.length; k++) if (k === 0 || all[k] !== all[k - 1]) all[out++] = all[k];
			return all.slice(0, out);
		}
		const marks = (this.marks ??= new Uint8Array(this.size));
		let count = 0;
		for (const v of chosen) {
			for (let p = starts[v]; p < starts[v + 1]; p++) {
				const i = postings[p];
				count += 1 - marks[i];
				marks[i] = 1;
			}
		}
		const out = new Int32Array(count);
		let at = 0;
		for (let i = 0; i < this.size; i++) {
			if (marks[i] === 1) {
				out[at++] = i;
				marks[i] = 0;
			}
		}
		return out;
	}
}

/** The items in both ascending lists, ascending. */
export function intersectSorted(a: Int32Array, b: Int32Array): Int32Array {
	if (a.length > b.length) [a, b] = [b, a];
	const out = new Int32Array(a.length);
	let n = 0;
	let j = 0;
	for (let k = 0; k < a.length && j < b.length; k++) {
		const want = a[k];
		while (j < b.length && b[j] < want) j++;
		if (j < b.length && b[j] === want) out[n++] = want;
	}
	return out.subarray(0, n);
}

/** A typed array twice as long, the values kept. */
function grow(array: Int32Array): Int32Array<ArrayBuffer> {
	const grown = new Int32Array(array.length * 2);
	grown.set(array);
	return grown;
}
