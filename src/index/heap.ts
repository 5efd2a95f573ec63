// Indexing a large corpus allocates fast while holding a large live set (articles, analyses,
// entities), and V8 then lets the heap grow to several times what is live before it collects:
// on 37,000 articles about 1 GB live became over 3 GB resident. A small fixed growth step keeps the
// heap near its live size for a few percent more time in the collector. V8 reads this setting each
// time it sizes the heap, so it takes effect after start-up too, and worker threads started later
// inherit it. Set by the program (the CLI, the benchmark) through openIndexStreaming's beforeBuild,
// only when a corpus is built: a saved index decodes twice as fast with the heap left free.
import {setFlagsFromString} from 'node:v8';

const GROWTH_PERCENT = 10;
let done = false;

export function limitHeapGrowth(): void {
	if (done) return;
	done = true;
	setFlagsFromString(`--heap-growing-percent=${GROWTH_PERCENT}`);
}
