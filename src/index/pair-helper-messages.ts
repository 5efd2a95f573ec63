// The messages between the build thread's pair helper (pair-helper.ts) and its worker thread
// (pair-helper-worker.ts), apart from the worker's entry, which listens to its thread as soon as it
// is imported.
import type {MessagePort} from 'node:worker_threads';
import type {CandidateIndex} from '../analysis/linking/candidates.js';
import type {Link} from '../analysis/linking/cluster.js';
import type {PackedComparables} from '../analysis/linking/packed-comparables.js';
import type {PackedUnits} from '../analysis/linking/packed-units.js';

export type PairHelperRequest =
	| {
			type: 'tokenise';
			/** The quotes' texts (encodeTexts). */
			bytes: Uint8Array;
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

/**
 * Texts as UTF-8 end to end, and where each ends: one buffer is moved, not copied, and weighs half a
 * string of two-byte characters (one curly quote makes a joined string two-byte throughout).
 */
export function encodeTexts(texts: readonly string[]): {bytes: Uint8Array; ends: Int32Array} {
	const ends = new Int32Array(texts.length);
	let at = 0;
	texts.forEach((t, i) => (ends[i] = at += Buffer.byteLength(t, 'utf8')));
	const bytes = Buffer.allocUnsafeSlow(at);
	texts.forEach((t, i) => bytes.write(t, i === 0 ? 0 : ends[i - 1], 'utf8'));
	return {bytes, ends};
}

/** encodeTexts' texts, each decoded when asked for (most are read once, to be tokenised). */
export class EncodedTexts {
	private readonly buffer: Buffer;

	constructor(
		bytes: Uint8Array,
		private readonly ends: Int32Array,
	) {
		this.buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	}

	get length(): number {
		return this.ends.length;
	}

	at(i: number): string {
		return this.buffer.toString('utf8', i === 0 ? 0 : this.ends[i - 1], this.ends[i]);
	}
}
