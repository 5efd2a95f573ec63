// The corpus-wide steps of a build (buildIndex: entity merging, statement linking, and any step it
// gains) on a worker thread, so that the thread that called it stays free for keys and redraws while
// they run. The corpus and its analyses go over in small chunks, one per turn of the event loop (each
// message is copied synchronously by the sender: one huge message would be one long pause); the index
// comes back as a saved-index file (snapshot.ts), which the worker writes anyway when the cache is on,
// and which this thread reads as a warm reopen reads it: typed arrays and string blocks, article
// bodies and mention spans left in the file until they are needed. Meanwhile this thread reads the
// bodies' words for the full-text index (sendBodies), work that would otherwise wait for the end of
// linking on the worker while this core sat idle.
import {randomBytes} from 'node:crypto';
import {unlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {MessageChannel, Worker, type MessagePort} from 'node:worker_threads';
import type {ArticleAnalysis} from '../analysis/article.js';
import type {BuildOptions} from './build.js';
import type {Article, Corpus} from '../corpus/types.js';
import {BodyIndexBuilder} from './body-index.js';
import {LeadWordCounter} from '../analysis/stories/features.js';
import {plainArticle, type BuildReply, type BuildRequest, type BuildWorkerData, type SideMessage} from './build-worker.js';
import {readSnapshotSliced, type SnapshotOptions} from './snapshot.js';
import {indexVersion, type CorpusState} from './snapshot-fingerprint.js';
import type {CorpusIndex} from './types.js';
import {workerUrl} from './workers.js';
import {BUILD_RESOURCE_LIMITS, fullCollection} from './heap.js';

/** Articles or analyses per message: a few milliseconds of copying each. */
const CHUNK = 200;

export interface ThreadBuildOptions extends Pick<BuildOptions, 'entityConfig' | 'statementConfig' | 'timings' | 'onStep'>, SnapshotOptions {
	/** Where the saved index goes (the cache); without one, a temporary file read and removed. */
	save?: {path: string; print: string; state?: CorpusState};
	/**
	 * corpus.articles is the build's to use up: emptied as this thread reads the last of each for
	 * the side work (sendSideWork), so that it does not hold them through merging and linking too,
	 * beside the worker's copy (about 450 MB of bodies on the AllSides corpus). For a caller that
	 * holds no other reference to them.
	 */
	consumeArticles?: boolean;
	/**
	 * Called as each step is about to start; the step waits until the promise it returns settles.
	 * Tests slow a build with it, to press keys while it runs.
	 */
	gate?: (step: string) => Promise<void>;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A build worker started ahead of its work, so it loads its code meanwhile. */
export interface BuildThread {
	worker: Worker;
	/** Counts the steps let start (with a gate). */
	released: Int32Array;
	/** Settles if the thread fails or stops. */
	ended: Promise<Error>;
}

/** Starts a worker for buildIndexInThread; `gated`: its steps wait to be let start (options.gate). */
export function startBuildThread(gated: boolean): BuildThread {
	const released = new Int32Array(new SharedArrayBuffer(4));
	const worker = new Worker(workerUrl('build-worker.js'), {workerData: {released, gated} satisfies BuildWorkerData, resourceLimits: BUILD_RESOURCE_LIMITS});
	// Until it is given work it must not keep the process alive (opening may fail before that).
	worker.unref();
	const ended = new Promise<Error>((resolve) => {
		worker.once('error', resolve);
		worker.once('exit', (code) => resolve(new Error(`the index's build thread stopped (exit code ${code})`)));
	});
	return {worker, released, ended};
}

/**
 * Builds the index of `corpus` from `analyses` on `thread` (started with a gate when options.gate is
 * given), which it ends; the same index buildIndex makes (tested). The analyses array is used up:
 * emptied as it is sent.
 */
export async function buildIndexInThread(thread: BuildThread, corpus: Corpus, analyses: ArticleAnalysis[], options: ThreadBuildOptions = {}): Promise<CorpusIndex> {
	const {worker, released} = thread;
	worker.ref();
	const temp = join(tmpdir(), `presslens-index-${process.pid}-${randomBytes(6).toString('hex')}.idx`);
	const print = options.save?.print ?? 'built on a worker thread';
	const version = indexVersion();
	let side: MessageChannel | undefined;
	try {
		const result = new Promise<Extract<BuildReply, {type: 'done'}>>((resolve, reject) => {
			worker.on('message', (reply: BuildReply) => {
				if (reply.type === 'step') {
					options.onStep?.(reply.step);
					const go = () => {
						Atomics.store(released, 0, reply.count);
						Atomics.notify(released, 0);
					};
					if (options.gate) options.gate(reply.step).then(go, go);
				} else if (reply.type === 'done') resolve(reply);
				else {
					// The same error as on this thread (a wrong alias rule in presslens.json is the user's to fix).
					const error = new Error(reply.message);
					error.name = reply.name;
					if (reply.stack) error.stack = reply.stack;
					reject(error);
				}
			});
			thread.ended.then(reject);
		});
		// Whether the build has ended (the side work stops then). This also handles a rejection
		// early: it is thrown where the result is awaited below.
		let ended = false;
		result.then(
			() => (ended = true),
			() => (ended = true),
		);
		let sending = 0;
		const send = (request: BuildRequest, transfer: MessagePort[] = []) => {
			const start = performance.now();
			worker.postMessage(request, transfer);
			sending += performance.now() - start;
		};
		for (let i = 0; i < corpus.articles.length; i += CHUNK) {
			send({type: 'articles', articles: corpus.articles.slice(i, i + CHUNK).map(plainArticle)});
			await nextTurn();
		}
		for (let i = 0; i < analyses.length; i += CHUNK) {
			send({type: 'analyses', analyses: analyses.slice(i, i + CHUNK)});
			// The worker has its copy: this thread's can go before the worker's peak.
			analyses.fill(undefined as never, i, i + CHUNK);
			await nextTurn();
		}
		analyses.length = 0;
		const {articles: _articles, ...rest} = corpus;
		side = new MessageChannel();
		const posted = new Int32Array(new SharedArrayBuffer(4));
		send({
			type: 'build',
			corpus: rest,
			options: {entityConfig: options.entityConfig, statementConfig: options.statementConfig},
			path: options.save?.path ?? temp,
			fallback: temp,
			print,
			version,
			state: options.save?.state,
			side: {port: side.port2, posted},
		}, [side.port2]);
		await sendSideWork(corpus.articles, side.port1, posted, () => ended, options.consumeArticles ?? false);
		// This thread only waits now: without a collection its heap would keep the articles (and the
		// side work's garbage) through the build's peak.
		if (options.consumeArticles) fullCollection();
		const done = await result;
		if (done.warning) options.onWarning?.(done.warning);
		// The thread's work is in the file: its heap (the corpus again, the analyses, the linking's
		// structures) goes before this thread decodes the index, so the two never add up to the peak.
		await worker.terminate();
		const readStart = performance.now();
		// Over several turns: the app answers keys while it reads (seconds on a large corpus).
		const index = await readSnapshotSliced(done.path, print, {onWarning: options.onWarning, damagedBody: options.damagedBody, aroundRead: options.aroundRead}, version);
		if (!index) throw new Error(`the index built on its thread could not be read back from ${done.path}`);
		if (options.timings) Object.assign(options.timings, done.timings, {sendMs: sending, receiveMs: performance.now() - readStart});
		// The corpus's keys in the loader's order, as buildIndex returns them.
		const {name, roots, articles, warnings, ...lists} = index;
		const ordered: CorpusIndex = {name, roots, articles, warnings, ...lists};
		// And what it derives, not enumerable (the full-text index, the read-ahead of the spans).
		for (const key of ['bodyIndex', 'readAhead'] as const) {
			const derived = Object.getOwnPropertyDescriptor(index, key);
			if (derived) Object.defineProperty(ordered, key, derived);
		}
		return ordered;
	} finally {
		side?.port1.close();
		// The index read keeps the file open for what it reads later: the name can go.
		try {
			unlinkSync(temp);
		} catch {
			// Never written.
		}
		await worker.terminate();
	}
}

/** Milliseconds of reading per turn of the event loop: the app answers keys between them. */
const SLICE_MS = 8;

/**
 * Reads the articles a slice per turn while the worker merges and links, and sends what it found
 * (SideMessage): their lead words for story grouping, then their bodies' words for the full-text
 * index. Stops early if the build ended. `consume`: each article leaves the list once its body is
 * read (the list is empty at the end).
 */
async function sendSideWork(articles: Article[], port: MessagePort, posted: Int32Array, ended: () => boolean, consume: boolean): Promise<void> {
	const post = (message: SideMessage, transfer: ArrayBuffer[] = []) => {
		port.postMessage(message, transfer);
		Atomics.add(posted, 0, 1);
		Atomics.notify(posted, 0);
	};
	/** Runs `scan` in slices until it says it is done; false if the build ended first. */
	const sliced = async (scan: () => boolean): Promise<boolean> => {
		for (;;) {
			const start = performance.now();
			let done = false;
			while (!(done = scan()) && performance.now() - start < SLICE_MS);
			if (done) return true;
			await nextTurn();
			if (ended()) return false;
		}
	};
	try {
		const counter = new LeadWordCounter(articles);
		if (!(await sliced(() => counter.scan(4)))) return;
		const lead = counter.result;
		post({kind: 'lead', lead}, [lead.ids.buffer as ArrayBuffer, lead.counts.buffer as ArrayBuffer, lead.start.buffer as ArrayBuffer]);
		const builder = new BodyIndexBuilder(articles.length, (i) => {
			const {body} = articles[i];
			if (consume) articles[i] = undefined as never;
			return body;
		});
		if (!(await sliced(() => builder.scan(16)))) return;
		const scanned = builder.scanned;
		// Moved, not copied: the builder is done with them.
		post({kind: 'bodies', scanned}, [scanned.pairs.buffer as ArrayBuffer, scanned.ends.buffer as ArrayBuffer]);
	} catch {
		// What was not sent, the worker makes itself.
	} finally {
		// Each message goes whatever happened: a part missing is made by the worker.
		if (Atomics.load(posted, 0) < 1) post({kind: 'lead'});
		if (Atomics.load(posted, 0) < 2) post({kind: 'bodies'});
		if (consume) articles.length = 0;
	}
}
