// The build thread's second pair of hands for statement linking: a worker thread, started when the
// build starts (its code loads while entities are merged), that judges chunks of the candidate
// pairs while the build thread judges the others (judge-pairs.ts). The build thread's event loop
// is not running meanwhile (the build is one synchronous call), so the reply is read with
// receiveMessageOnPort, and a helper that stops answering (its thread died) is noticed by its
// claims no longer moving: its chunks are then judged again by the build thread.
import {availableParallelism} from 'node:os';
import {MessageChannel, receiveMessageOnPort, Worker, type MessagePort} from 'node:worker_threads';
import type {CandidateIndex} from '../analysis/linking/candidates.js';
import {CLAIM, type JudgedPairs, type PairSharer, type SharedJudging} from '../analysis/linking/judge-pairs.js';
import type {PackedUnits} from '../analysis/linking/packed-units.js';
import {BUILD_RESOURCE_LIMITS} from './heap.js';
import {unpackLinks, type PairHelperReply, type PairHelperRequest} from './pair-helper-messages.js';
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

	constructor(options: PairHelperOptions = {}) {
		this.minUnits = options.minUnits ?? MIN_SHARED_UNITS;
		this.stallMs = options.stallMs ?? STALL_MS;
		this.worker = new Worker(options.entry ?? workerUrl('pair-helper-worker.js'), {resourceLimits: BUILD_RESOURCE_LIMITS});
		// Its failures are noticed by the claims (see collect); the event would come too late anyway.
		this.worker.on('error', () => undefined);
		this.worker.unref();
	}

	worth(units: number): boolean {
		return this.worker !== null && units >= this.minUnits;
	}

	start(index: CandidateIndex, claims: Int32Array, units: PackedUnits): SharedJudging | null {
		const worker = this.worker;
		if (!worker) return null;
		const {port1, port2} = new MessageChannel();
		try {
			worker.postMessage({index, claims, units, reply: port2} satisfies PairHelperRequest, [port2]);
		} catch {
			this.close();
			return null;
		}
		return {
			collect: () => {
				try {
					return awaitReply(port1, claims, this.stallMs);
				} finally {
					port1.close();
					this.close();
				}
			},
			cancel: () => {
				port1.close();
				this.close();
			},
		};
	}

	/** Ends the helper's thread (it is used once). */
	close(): void {
		void this.worker?.terminate();
		this.worker = null;
	}
}

/** The helper's links, waited for on this thread; null if it failed or stopped answering. */
function awaitReply(port: MessagePort, claims: Int32Array, stallMs: number): JudgedPairs | null {
	let beat = Atomics.load(claims, CLAIM.beat);
	let since = performance.now();
	for (;;) {
		const message = receiveMessageOnPort(port)?.message as PairHelperReply | undefined;
		if (message) return message.type === 'done' ? {links: unpackLinks(message.links), translations: unpackLinks(message.translations)} : null;
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
