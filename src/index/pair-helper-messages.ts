// The messages between the build thread's pair helper (pair-helper.ts) and its worker thread
// (pair-helper-worker.ts), apart from the worker's entry, which listens to its thread as soon as it
// is imported.
import type {MessagePort} from 'node:worker_threads';
import type {CandidateIndex} from '../analysis/linking/candidates.js';
import type {Link} from '../analysis/linking/cluster.js';
import type {PackedComparables, PackedUnits} from '../analysis/linking/packed-units.js';

export type PairHelperRequest =
	| {
			type: 'tokenise';
			/** The quotes' texts end to end (one string is copied much faster than a million), and where each ends. */
			joined: string;
			ends: Int32Array;
			/** Shared with the build thread: see CLAIM (beat and done). */
			claims: Int32Array;
			/** Where the reply goes: the build thread reads it without returning to its event loop. */
			reply: MessagePort;
	  }
	| {type: 'judge'; index: CandidateIndex; claims: Int32Array; units: PackedUnits; reply: MessagePort};

/** Links as typed arrays (a message of a million objects would be slow to copy). */
export interface PackedLinks {
	pairs: Int32Array;
	scores: Float64Array;
}

export type PairHelperReply =
	| {type: 'comparables'; made: PackedComparables}
	| {type: 'judged'; links: PackedLinks; translations: PackedLinks}
	| {type: 'error'; message: string};

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

/** Texts end to end, and where each ends. */
export function joinTexts(texts: readonly string[]): {joined: string; ends: Int32Array} {
	const ends = new Int32Array(texts.length);
	let at = 0;
	texts.forEach((t, i) => (ends[i] = at += t.length));
	return {joined: texts.join(''), ends};
}

export function splitTexts(joined: string, ends: Int32Array): string[] {
	return Array.from(ends, (end, i) => joined.slice(i === 0 ? 0 : ends[i - 1], end));
}
