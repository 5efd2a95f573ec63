// The messages between the build thread's pair helper (pair-helper.ts) and its worker thread
// (pair-helper-worker.ts), apart from the worker's entry, which listens to its thread as soon as it
// is imported.
import type {MessagePort} from 'node:worker_threads';
import type {CandidateIndex} from '../analysis/linking/candidates.js';
import type {Link} from '../analysis/linking/cluster.js';
import type {PackedUnits} from '../analysis/linking/packed-units.js';

export interface PairHelperRequest {
	index: CandidateIndex;
	/** Shared with the build thread: see CLAIM. */
	claims: Int32Array;
	units: PackedUnits;
	/** Where the reply goes: the build thread reads it without returning to its event loop. */
	reply: MessagePort;
}

/** Links as typed arrays (a message of a million objects would be slow to copy). */
export interface PackedLinks {
	pairs: Int32Array;
	scores: Float64Array;
}

export type PairHelperReply = {type: 'done'; links: PackedLinks; translations: PackedLinks} | {type: 'error'; message: string};

export function packLinks(links: readonly Link[]): PackedLinks {
	const pairs = new Int32Array(2 * links.length);
	const scores = new Float64Array(links.length);
	links.forEach((l, i) => {
		pairs[2 * i] = l.a;
		pairs[2 * i + 1] = l.b;
		scores[i] = l.score;
	});
	return {pairs, scores};
}

export function unpackLinks({pairs, scores}: PackedLinks): Link[] {
	return Array.from(scores, (score, i) => ({a: pairs[2 * i], b: pairs[2 * i + 1], score}));
}
