// The counting at the heart of the fuzzy prefilter (search.ts): items are counted once per letter
// pair of the query they hold, and the best counted go on to fuse.js.
//
// The fuzzy prefilter's loops are functions of their own over typed arrays: optimised once, they
// stay so whatever the rest of a query does (a path first taken deoptimised the whole of fuzzy()
// and left its loops to the interpreter: the first typo keys of a session took 40 ms, not 4).

/** Counts each item of `list` once more, noting in `touched` (from `n` on) those met for the first time; the new n. */
export function tally(list: Int32Array, counts: Uint16Array, touched: Int32Array, n: number): number {
	for (let k = 0; k < list.length; k++) {
		const i = list[k];
		if (counts[i]++ === 0) touched[n++] = i;
	}
	return n;
}

/**
 * Of the `touched` items counted at least `needed` times and not excluded, the `most` with the
 * highest counts (ties: the lowest items first), best first; every count is set back to 0.
 */
export function best(touched: Int32Array, counts: Uint16Array, needed: number, exclude: Set<number>, most: number): number[] {
	let top = 0;
	for (let k = 0; k < touched.length; k++) if (counts[touched[k]] > top) top = counts[touched[k]];
	const histogram = new Int32Array(top + 1);
	for (let k = 0; k < touched.length; k++) {
		const c = counts[touched[k]];
		if (c >= needed) histogram[c]++;
	}
	// The lowest count still taken: the items above it are fewer than `most` (exclusions aside, they
	// are few: the exact hits).
	let cutoff = top + 1;
	for (let taken = 0; cutoff > needed && taken < most + exclude.size; ) taken += histogram[--cutoff];
	// Above the cutoff, by count then item; at it (perhaps thousands of ties), by item alone.
	const above: number[] = [];
	const level = new Int32Array(cutoff <= top ? histogram[cutoff] : 0);
	let m = 0;
	for (let k = 0; k < touched.length; k++) {
		const i = touched[k];
		const c = counts[i];
		if (c < cutoff || exclude.has(i)) continue;
		if (c > cutoff) above.push(i);
		else level[m++] = i;
	}
	above.sort((x, y) => counts[y] - counts[x] || x - y);
	for (let k = 0; k < touched.length; k++) counts[touched[k]] = 0;
	const ties = level.subarray(0, m).sort();
	for (let k = 0; k < ties.length && above.length < most; k++) above.push(ties[k]);
	return above.slice(0, most);
}
