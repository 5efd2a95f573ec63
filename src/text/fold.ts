// Text folded for comparison: what search matches on and what names are ordered by.

const NOT_ASCII = /[^\u0000-\u007f]/;
const NOT_ASCII_RUNS = /[^\u0000-\u007f]+/g;

/** Lower case, accents and tatweel removed, typographic quotes and dashes made plain. */
export function foldText(value: string): string {
	// Only runs of non-ASCII characters can hold accents, tatweel or typographic marks: folding
	// those alone (most text is plain ASCII) costs a fraction of normalising every string whole.
	const runs = NOT_ASCII.test(value) ? value.replace(NOT_ASCII_RUNS, foldRun) : value;
	// Whitespace runs become one space; single spaces are left alone, so most strings are not copied again.
	return runs.toLowerCase().replace(/`/g, "'").replace(/\s{2,}|[^\S ]/g, ' ');
}

const runFolds = new Map<string, string>();

function foldRun(run: string): string {
	let folded = runFolds.get(run);
	if (folded === undefined) {
		folded = run
			.normalize('NFKD')
			.replace(/\p{M}/gu, '')
			.replace(/\u0640/g, '')
			.replace(/[‘’ʼ´]/g, "'")
			.replace(/[“”«»„]/g, '"')
			.replace(/[‐-―]/g, '-')
			.toLowerCase();
		// Short runs (a dash, a quote mark, an accented letter) recur endlessly; long ones rarely.
		if (run.length <= 4 && runFolds.size < 50_000) runFolds.set(run, folded);
	}
	return folded;
}
