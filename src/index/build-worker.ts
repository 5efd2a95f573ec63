// Worker thread entry for the corpus-wide steps of a build (build-thread.ts is the other side): it
// receives the corpus and its per-article analyses in chunks, runs buildIndex (entity merging,
// statement linking and whatever steps buildIndex gains) and writes the index as a saved-index file,
// whose layout is the cheapest way back to the main thread: reading it is a warm reopen.
import {parentPort, receiveMessageOnPort, workerData, type MessagePort} from 'node:worker_threads';
import {AnalysisInterner, type ArticleAnalysis} from '../analysis/article.js';
import type {Article, Corpus} from '../corpus/types.js';
import type {LeadWords} from '../analysis/stories/features.js';
import {attachBodyIndex, layBodyIndex, type ScannedBodies} from './body-index.js';
import {buildIndex, type BuildOptions, type BuildTimings} from './build.js';
import {pairHelperFor} from './pair-helper.js';
import {writeSnapshot} from './snapshot.js';
import type {CorpusIndex} from './types.js';
import type {CorpusState} from './snapshot-fingerprint.js';

export interface BuildWorkerData {
	/** Counts the steps the main thread lets start; with a gate, each step waits for its turn. */
	released: Int32Array;
	gated: boolean;
}

export type BuildRequest =
	| {type: 'articles'; articles: PlainArticle[]}
	| {type: 'analyses'; analyses: ArticleAnalysis[]}
	| {
			type: 'build';
			corpus: Omit<Corpus, 'articles'>;
			options: Pick<BuildOptions, 'entityConfig' | 'statementConfig'>;
			/** Where to write the index (the saved index's place, or a temporary file), and its fingerprint and version. */
			path: string;
			fallback: string;
			print: string;
			version: string;
			/** The corpus's files as read, saved with the index so that it can be updated (update.ts). */
			state?: CorpusState;
			/** Where the main thread sends what it reads of the articles meanwhile (see SideMessage). */
			side?: SideChannel;
	  };

/**
 * The main thread reads the articles while this thread merges and links (the articles are its own
 * copy anyway, and its core is idle): their lead words for story grouping, then the words of the
 * bodies and which articles hold them for the full-text index, laid out and saved here. A message
 * without its part (the reading failed) leaves that work to this thread.
 */
export type SideMessage = {kind: 'lead'; lead?: LeadWords} | {kind: 'bodies'; scanned?: ScannedBodies};

/** The port the side messages come on, and how many were posted (for a wait without a busy loop). */
export interface SideChannel {
	port: MessagePort;
	posted: Int32Array;
}

/** Side messages, in the order sent. */
export const SIDE_MESSAGES = 2;

export type BuildReply =
	| {type: 'step'; step: string; count: number}
	| {type: 'done'; path: string; timings: BuildTimings; warning?: string}
	| {type: 'error'; name: string; message: string; stack?: string};

/** An article without the paragraphs it derives from its body on demand (they would be copied as arrays). */
export type PlainArticle = Omit<Article, 'paragraphs'> & {paragraphs?: string[]};

export function plainArticle(article: Article): PlainArticle {
	const derived = Object.getOwnPropertyDescriptor(article, 'paragraphs')?.get !== undefined;
	const plain: Record<string, unknown> = {};
	// The key stays, undefined, so the article keeps its keys in their order on the other side.
	for (const key of Object.keys(article)) plain[key] = derived && key === 'paragraphs' ? undefined : article[key as keyof Article];
	return plain as PlainArticle;
}

/** The article again, its paragraphs cut from the body when asked for (as the loader does). */
function fromPlain(plain: PlainArticle): Article {
	if (plain.paragraphs !== undefined) return plain as Article;
	const article = plain as Article;
	Object.defineProperty(article, 'paragraphs', {get: () => (article.body ? article.body.split('\n\n') : []), enumerable: true, configurable: true});
	return article;
}

const port = parentPort;
if (port) {
	const {released, gated} = workerData as BuildWorkerData;
	const articles: Article[] = [];
	const analyses: ArticleAnalysis[] = [];
	// A message's strings arrive as copies, each its own: shared again, as the main thread shares them.
	// Its table of every distinct string is let go when the build starts.
	let interner: AnalysisInterner | undefined = new AnalysisInterner();
	let steps = 0;
	const step = (name: string) => {
		steps++;
		port.postMessage({type: 'step', step: name, count: steps} satisfies BuildReply);
		// Held until the main thread lets this step start (tests slow a build this way).
		if (gated) while (Atomics.load(released, 0) < steps) Atomics.wait(released, 0, Atomics.load(released, 0));
	};
	port.on('message', (request: BuildRequest) => {
		if (request.type === 'articles') {
			for (const a of request.articles) articles.push(fromPlain(a));
			return;
		}
		if (request.type === 'analyses') {
			interner ??= new AnalysisInterner();
			for (const a of request.analyses) analyses.push(interner.share(a));
			return;
		}
		interner = undefined;
		try {
			const timings: BuildTimings = {};
			const corpus: Corpus = {...request.corpus, articles};
			const side = request.side ? new SideMailbox(request.side) : undefined;
			const leadWords = () => side?.take('lead')?.lead;
			// Started now, so its code is loaded by the time linking needs it.
			const pairSharer = pairHelperFor(articles.length);
			let index: CorpusIndex;
			try {
				index = buildIndex(corpus, {...request.options, analyses, consumeAnalyses: true, collectAfterMerge: true, timings, onStep: step, leadWords, pairSharer});
			} finally {
				pairSharer?.close();
			}
			step('saving the index');
			const scanned = side?.take('bodies')?.scanned;
			if (scanned?.size === articles.length) attachBodyIndex(index, layBodyIndex(scanned));
			let path = request.path;
			let warning: string | undefined;
			try {
				writeSnapshot(path, request.print, index, request.version, request.state);
			} catch (error) {
				// The cache could not take it: the main thread still needs the index, through a temporary file.
				warning = `could not save the index in ${path}: ${(error as Error).message}`;
				path = request.fallback;
				writeSnapshot(path, request.print, index, request.version);
			}
			port.postMessage({type: 'done', path, timings, warning} satisfies BuildReply);
		} catch (error) {
			const e = error as Error;
			port.postMessage({type: 'error', name: e?.name ?? 'Error', message: e?.message ?? String(error), stack: e?.stack} satisfies BuildReply);
		}
	});
}

/** The side messages (SideMessage) as this thread asks for them, waiting when one is not there yet. */
class SideMailbox {
	private readonly received: SideMessage[] = [];

	constructor(private readonly channel: SideChannel) {}

	take<K extends SideMessage['kind']>(kind: K): Extract<SideMessage, {kind: K}> | undefined {
		const {port, posted} = this.channel;
		for (;;) {
			const found = this.received.find((m): m is Extract<SideMessage, {kind: K}> => m.kind === kind);
			if (found) return found;
			const message = receiveMessageOnPort(port);
			if (message) {
				this.received.push(message.message as SideMessage);
				continue;
			}
			// Counted after each is posted: all counted and nothing there means nothing more is coming.
			const count = Atomics.load(posted, 0);
			if (count >= SIDE_MESSAGES) return undefined;
			Atomics.wait(posted, 0, count, 1000);
		}
	}
}
