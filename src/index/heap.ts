// Indexing a large corpus allocates fast while holding a large live set (articles, analyses,
// entities), and V8 then lets the heap grow to several times what is live before it collects:
// on 37,000 articles about 1 GB live became over 3 GB resident. A fixed growth step keeps the heap
// near its live size. The step is a trade: on the AllSides corpus, merging, linking and stories took
// 164 s of CPU with a step of 10 % (peak 2.9 GB) and 146 s with 30 % (peak 3.3 GB); V8's own sizing
// took 143 s. V8 reads this setting each
// time it sizes the heap, so it takes effect after start-up too, and worker threads started later
// inherit it. Set by the program (the CLI, the benchmark) through openIndexStreaming's beforeBuild,
// only when a corpus is built. Reading a saved index is the opposite case (growHeapFreely).
import {setFlagsFromString} from 'node:v8';
import {runInNewContext} from 'node:vm';

const GROWTH_PERCENT = 30;

/**
 * The young generation of the threads that analyse and build (V8's default is 48 MB). Merging and
 * linking allocate millions of short-lived strings, arrays and maps: with the default, the collector
 * took a fifth of the build's CPU time, and with this size 11 % less CPU time went into the
 * corpus-wide steps of the AllSides corpus (merging 39 s against 44 s, linking 79 s against 88 s,
 * stories 25 s against 30 s), for at most this many megabytes more memory per thread. Only a new
 * thread can be given it (V8 sizes the young generation once, when a heap is made).
 */
export const BUILD_RESOURCE_LIMITS = {maxYoungGenerationSizeMb: 192} as const;
let done = false;

export function limitHeapGrowth(): void {
	if (done) return;
	done = true;
	setFlagsFromString(`--heap-growing-percent=${GROWTH_PERCENT}`);
}

/**
 * Decoding a saved index allocates its whole size (about 450 MB for 37,000 articles) and keeps all of
 * it, and V8's own sizing then collects the whole growing heap again and again on the way up: a
 * fast fixed growth while it is read cut the CPU time of a reopen by a fifth (a median of 4.2 s
 * against 5.3 s on that corpus). Afterwards the heap is sized as before: by V8 (0), or by
 * limitHeapGrowth's step once a build has set it.
 */
export function growHeapFreely<T>(read: () => T): T {
	setFlagsFromString('--heap-growing-percent=900');
	try {
		return read();
	} finally {
		setFlagsFromString(`--heap-growing-percent=${done ? GROWTH_PERCENT : 0}`);
	}
}

/**
 * A full, blocking garbage collection now (V8's own hook, made available at run time). V8 collects
 * a heap when it grows, not when it idles: a thread that let go of much and then waits keeps it all.
 */
export function fullCollection(): void {
	setFlagsFromString('--expose-gc');
	(runInNewContext('gc') as () => void)();
}
