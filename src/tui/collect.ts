// Typed arrays (search postings: a few hundred MB at once on a large corpus) count as external
// memory. Past a limit set at the last full collection, V8 runs a full, blocking collection on the
// next buffer it allocates, which in the app is typically the read of a key: that key then waits a
// quarter of a second on a 1 GB heap. Asking for the collection right after the growth, in idle
// time, moves it off the keys. `gc` is V8's own hook, made available at run time.
import {getHeapStatistics, setFlagsFromString} from 'node:v8';
import {runInNewContext} from 'node:vm';

const EXTERNAL_STEP = 32 * 1024 * 1024;
let externalAtLast = 0;
let collect: ((options: {type: 'major'; execution: 'async'}) => void) | null | undefined;

/** Starts a full collection (run by V8 as a task shortly after) if typed arrays grew a lot since the last that did. */
export function collectAfterBufferGrowth(): void {
	const external = getHeapStatistics().external_memory;
	if (external - externalAtLast < EXTERNAL_STEP) {
		externalAtLast = Math.min(externalAtLast, external);
		return;
	}
	externalAtLast = external;
	if (collect === undefined) {
		try {
			setFlagsFromString('--expose-gc');
			collect = runInNewContext('gc') as typeof collect;
		} catch {
			collect = null;
		}
	}
	collect?.({type: 'major', execution: 'async'});
}
