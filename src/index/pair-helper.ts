// The build thread's second pair of hands for statement linking: a worker thread, started when the
// build starts, that makes the quotes' words comparable (comparablesOf) while the build thread
// merges entities, and later judges chunks of the candidate pairs while the build thread judges the
// others (judge-pairs.ts). The build thread's event loop
// is not running meanwhile (the build is one synchronous call), so the reply is read with
// receiveMessageOnPort, and a helper that stops answering (its thread died) is noticed by its
// claims no longer moving: its chunks are then judged again by the build thread.
import {availableParallelism} from 'node:os';
import {MessageChannel, receiveMessageOnPort, Worker, type MessagePort} from 'node:worker_threads';
import type {CandidateIndex} from '../analysis/linking/candidates.js';
import {CLAIM, CLAIM_SLOTS, type PairSharer, type SharedJudging} from '../analysis/linking/judge-pairs.js';
import {packedComparables} from '../analysis/linking/packed-comparables.js';
import type {PackedUnits} from '../analysis/linking/packed-units.js';
import type {MadeComparables} from '../analysis/linking/units.js';
import {BUILD_RESOURCE_LIMITS} from './heap.js';
import {encodeTexts, unpackLinks, type PairHelperReply, type PairHelperRequest} from './pair-helper-messages.js';
import {workerUrl} from './workers.js';

/** Below this many units, copying them to another thread costs more than it saves. */
const MIN_SHARED_UNITS = 20_000;
/** A helper whose claims have not moved for this long is taken for dead. */
const STALL_MS = 30_000;

export interface PairHelperOptions {
	/** Fewest units worth sharing (tests share small corpora). */
	minUnits?: number;
	/** The worker's entry (tests give one that fails). */
	entry?: URL;
	/** How long the helper's claims may stand still before it is taken for dead (STALL_MS). */
	stallMs?: number;
}

/** Fewer articles than this never make MIN_SHARED_UNITS units: no thread is started for them. */
const MIN_SHARED_ARTICLES = 300;

/** A pair helper for a build of this many articles, when the machine has a core to spare for it. */
export function pairHelperFor(articles: number): ThreadPairHelper | undefined {
	return availableParallelism() > 1 && articles >= MIN_SHARED_ARTICLES ? new ThreadPairHelper() : undefined;
}

export class ThreadPairHelper implements PairSharer {
	private worker: Worker | null;
	private readonly minUnits: number;
	private readonly stallMs: number;
	/** The comparables asked for (tokenise) and not yet collected. */
	private tokenising: {port: MessagePort; claims: Int32Array} | null = null;
	/** The helper holds the quotes' comparables: it can judge pairs. */
	private ready = false;

	constructor(options: PairHelperOptions = {}) {
		this.minUnits = options.minUnits ?? MIN_SHARED_UNITS;
		this.stallMs = options.stallMs ?? STALL_MS;
		this.worker = new Worker(options.entry ?? workerUrl('pair-helper-worker.js'), {resourceLimits: BUILD_RESOURCE_LIMITS});
		// Its failures are noticed by the claims (see awaitReply); the event would come too late anyway.
		this.worker.on('error', () => undefined);
		this.worker.unref();
	}

	tokenise(texts: string[]): void {
		const claims = newClaims();
		const {bytes, ends} = encodeTexts(texts);
		const reply = this.post(port => ({type: 'tokenise', bytes, ends, claims, reply: port}), [bytes.buffer as ArrayBuffer]);
		if (reply) this.tokenising = {port: reply, claims};
	}

	comparables(): MadeComparables | null {
		const asked = this.tokenising;
		if (!asked) return null;
		this.tokenising = null;
		const reply = awaitReply(asked.port, asked.claims, this.stallMs);
		asked.port.close();
		if (reply?.type !== 'comparables') {
			this.close();
			return null;
		}
		this.ready = true;
		return packedComparables(reply.made);
	}

	worth(units: number): boolean {
		return this.ready && this.worker !== null && units >= this.minUnits;
	}

	start(index: CandidateIndex, claims: Int32Array, units: PackedUnits): SharedJudging | null {
		if (!this.ready) return null;
		const port = this.post(reply => ({type: 'judge', index, claims, units, reply}));
		if (!port) return null;
		const done = () => {
			port.close();
			this.close();
		};
		return {
			collect: () => {
				try {
					const reply = awaitReply(port, claims, this.stallMs);
					return reply?.type === 'judged' ? {links: unpackLinks(reply.links), translations: unpackLinks(reply.translations)} : null;
				} finally {
					done();
				}
			},
			cancel: done,
		};
	}

	/** Ends the helper's thread (it serves one build). */
	close(): void {
		void this.worker?.terminate();
		this.worker = null;
		this.ready = false;
	}

	/** Sends the request `make` builds around the reply port; the port, or null when the helper is gone. */
	private post(make: (reply: MessagePort) => PairHelperRequest, moved: ArrayBuffer[] = []): MessagePort | null {
		const worker = this.worker;
		if (!worker) return null;
		const {port1, port2} = new MessageChannel();
		try {
			worker.postMessage(make(port2), [port2, ...moved]);
			return port1;
		} catch {
			port1.close();
			this.close();
			return null;
		}
	}
}

function newClaims(): Int32Array {
	return new Int32Array(new SharedArrayBuffer(4 * CLAIM_SLOTS));
}

/** The helper's reply, waited for on this thread; null if it stopped answering (its beats stood still). */
function awaitReply(port: MessagePort, claims: Int32Array, stallMs: number): PairHelperReply | null {
	let beat = Atomics.load(claims, CLAIM.beat);
	let since = performance.now();
	for (;;) {
		const message = receiveMessageOnPort(port)?.message as PairHelperReply | undefined;
		if (message) return message.type === 'error' ? null : message;
		const now = Atomics.load(claims, CLAIM.beat);
		if (now !== beat) {
			beat = now;
			since = performance.now();
		} else if (performance.now() - since > stallMs) return null;
		// Woken when the helper is done; once done, its reply is on its way.
		const done = Atomics.load(claims, CLAIM.done);
		Atomics.wait(claims, CLAIM.done, done, done ? 5 : 200);
	}
}
