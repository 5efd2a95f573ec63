// A list of 32-bit integers of a length not known in advance (a million of them as a plain array
// would weigh twice as much, and be scattered over the heap).

/** Int32 values appended one by one, in a typed array that doubles as it fills. */
export class GrowingInts {
	private values = new Int32Array(1 << 16);
	length = 0;

	push(value: number): void {
		if (this.length === this.values.length) {
			const more = new Int32Array(this.values.length * 2);
			more.set(this.values);
			this.values = more;
		}
		this.values[this.length++] = value;
	}

	at(i: number): number {
		return this.values[i];
	}

	/** Forgets the values from `length` on (a run that turned out not to fit). */
	truncate(length: number): void {
		this.length = Math.min(this.length, length);
	}

	/** The values' bytes (a view, not a copy). */
	bytes(): Buffer {
		return Buffer.from(this.values.buffer, 0, this.length * 4);
	}

	/** The values, in shared memory of their exact length (for other threads to read). */
	shared(): Int32Array {
		const out = new Int32Array(new SharedArrayBuffer(4 * this.length));
		out.set(this.values.subarray(0, this.length));
		return out;
	}
}
