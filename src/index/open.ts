// Opening a corpus for the CLI and the app: load, analyse (cached, across worker threads), index.
// openIndexStreaming reports progress and the articles read so far while it works, so the app can
// show itself at once and fill in; openIndex is the same without the reports.
import {statSync} from 'node:fs';
import {basename, dirname} from 'node:path';
import {AnalysisInterner, type ArticleAnalysis} from '../analysis/article.js';
import {loadConfig} from '../corpus/config.js';
import {corpusRoots, loadCorpus, type LoadOptions} from '../corpus/load.js';
import type {Article, Corpus} from '../corpus/types.js';
import type {BuildTimings} from './build.js';
import {attachBodyIndex, buildBodyIndex} from './body-index.js';
import {AnalysisCache, defaultCacheDir, pruneOldVersions} from './cache.js';
import {DEFAULT_CACHE_LIMIT, enforceCacheLimit, recordOpened} from './cache-entries.js';
import {readSnapshotSliced, snapshotPath, writeSnapshot} from './snapshot.js';
import {corpusKey, corpusState, statePrint, type CorpusState} from './snapshot-fingerprint.js';
import {startUpdate, type IndexUpdate, type UpdateSummary} from './update.js';
import type {CorpusIndex} from './types.js';
import type {AnalysisPool} from './workers.js';
import type {BuildThread} from './build-thread.js';

export interface OpenOptions extends LoadOptions {
	/** Use the analysis cache (default: false for the library, the CLI turns it on). */
	cache?: boolean;
	/** Cache folder (default: $XDG_CACHE_HOME/presslens or ~/.cache/presslens). */
	cacheDir?: string;
	/** Bytes the cache may hold: after the index is saved, the least recently opened corpora are removed (cache-entries.ts). */
	cacheLimit?: number;
	/** Worker threads for analysis; 0 analyses on this thread. Default: every core for corpora over 1 MB. */
	threads?: number;
	/** Filled with the time of the corpus-level steps when they run (benchmarks). */
	timings?: BuildTimings;
	/** Problems with the cache (ignored and rebuilt), for the user to know. */
	onWarning?: (message: string) => void;
	/**
	 * Called once before anything is analysed or indexed (not when a saved index is reopened), before
	 * the worker threads start: where a program sets heap flags for building (heap.ts), which a
	 * library must not set for it.
	 */
	beforeBuild?: () => void;
	/** Runs the decoding of a saved index: where a program sets heap flags for reading (SnapshotOptions). */
	aroundRead?: <T>(read: () => T) => T;
	/** What a damaged body of the saved index reads as, instead of an error (SnapshotOptions). */
	damagedBody?: string;
	/** The corpus's name as shown (default: its paths): "standard input" for a copy of a pipe. */
	name?: string;
	/**
	 * Where the corpus-wide steps (merging, linking) run: on this thread (default), on a worker thread
	 * so this one stays free for keys (build-thread.ts), or 'auto': a worker for corpora over 1 MB.
	 */
	buildThread?: 'main' | 'worker' | 'auto';
	/** Holds each corpus-wide step of a worker build until the promise settles (ThreadBuildOptions.gate). */
	buildGate?: (step: string) => Promise<void>;
	/**
	 * The listener reads only the progress, not the partial index (the CLI's progress line; the app
	 * lists the partial index's articles while the corpus is indexed). Then, as without a listener,
	 * a corpus built on a worker thread lets its articles go on this thread once they are read
	 * there (ThreadBuildOptions.consumeArticles), and the partial index holds none meanwhile.
	 */
	progressOnly?: boolean;
}

export type OpenPhase = 'reading' | 'analysing' | 'indexing' | 'done';

export interface OpenProgress {
	phase: OpenPhase;
	filesRead: number;
	filesTotal: number;
	/** Articles loaded so far. */
	articlesRead: number;
	/** Articles whose analysis is done (from the cache or computed). */
	articlesAnalysed: number;
	/** Articles taken from the cache. */
	fromCache: number;
	/** Expected number of articles: exact once reading is done, estimated from bytes read before. */
	total: number;
	/** Articles analysed per second so far. */
	rate: number;
	/** Seconds left (estimate), or null when not known yet. */
	eta: number | null;
	/** Seconds since the open started. */
	elapsed: number;
	/** While indexing: the corpus-wide step running ("merging entities", "linking statements"…). */
	step?: string;
	/** Set once the articles are read when a saved index is being updated rather than rebuilt (update.ts). */
	update?: UpdateSummary;
}

/** The corpus so far: articles as they are read; entities and statements come with the final index. */
export type PartialIndex = CorpusIndex;

export type OpenListener = (progress: OpenProgress, partial: PartialIndex) => void;

/** Corpora smaller than this are analysed on the calling thread: starting workers costs more. */
const INLINE_BYTES = 1024 * 1024;
/** Fewest milliseconds between two progress reports. */
const REPORT_EVERY_MS = 100;

export async function openIndex(paths: string[], options: OpenOptions = {}): Promise<CorpusIndex> {
	return openIndexStreaming(paths, options);
}

export async function openIndexStreaming(paths: string[], options: OpenOptions = {}, onUpdate?: OpenListener): Promise<CorpusIndex> {
	const started = performance.now();
	const cacheRoot = options.cacheDir ?? defaultCacheDir();
	const roots = corpusRoots(paths);
	const cache = options.cache ? new AnalysisCache(cacheRoot, undefined, {onWarning: options.onWarning, owner: corpusKey(roots, options.maxBytes)}) : undefined;

	// An unchanged corpus reopens from its saved index: no loading, analysis or linking.
	let saved: {path: string; print: string; state: CorpusState} | undefined;
	let update: IndexUpdate | undefined;
	if (options.cache) {
		recordOpened(cacheRoot, roots, options.maxBytes);
		const state = await corpusState(roots, options.defaults);
		saved = {path: snapshotPath(cacheRoot, roots, options.maxBytes), print: statePrint(state), state};
		// Over several turns, so that an app showing meanwhile answers keys (seconds on a large corpus).
		const index = await readSnapshotSliced(saved.path, saved.print, {onWarning: options.onWarning, damagedBody: options.damagedBody, aroundRead: options.aroundRead});
		if (index) {
			if (options.name !== undefined) index.name = options.name;
			const n = index.articles.length;
			const elapsed = (performance.now() - started) / 1000;
			onUpdate?.(
				{phase: 'done', filesRead: 0, filesTotal: 0, articlesRead: n, articlesAnalysed: n, fromCache: n, total: n, rate: n / Math.max(elapsed, 0.001), eta: 0, elapsed},
				index,
			);
			return index;
		}
		// A corpus changed since its index was saved, under the same settings, is updated (update.ts).
		update = startUpdate(saved.path, state, {onWarning: options.onWarning});
	}

	// Analysis code (and its tagger) is loaded only when something must be analysed or indexed:
	// a saved index opens without it.
	options.beforeBuild?.();
	const {AnalysisPool, defaultThreads} = await import('./workers.js');
	const {buildIndex} = await import('./build.js');

	const seen: Article[] = [];
	/** Articles read (the partial index may let them go before the end: see progressOnly). */
	let read = 0;
	const analyses: ArticleAnalysis[] = [];
	let analysed = 0;
	let fromCache = 0;
	let computed = 0;
	let filesRead = 0;
	let filesTotal = 0;
	let bytesRead = 0;
	let bytesTotal = 0;
	let phase: OpenPhase = 'reading';
	let step: string | undefined;
	let summary: UpdateSummary | undefined;
	let pool: AnalysisPool | undefined;
	const partial: PartialIndex = {name: options.name ?? (paths.join(' ') || 'data'), roots: paths, articles: seen, warnings: [], entities: [], statements: []};

	let lastReport = 0;
	const report = (force = false) => {
		if (!onUpdate) return;
		const now = performance.now();
		if (!force && now - lastReport < REPORT_EVERY_MS) return;
		lastReport = now;
		const elapsed = (now - started) / 1000;
		const fraction = bytesTotal > 0 ? Math.min(1, bytesRead / bytesTotal) : 0;
		const total = phase === 'reading' ? Math.max(read, fraction > 0.01 ? Math.round(read / fraction) : read) : read;
		// The rate of the work done here, not of cache hits, predicts the time left.
		const rate = computed > 0 ? computed / elapsed : analysed / Math.max(elapsed, 0.001);
		const left = total - analysed;
		const eta = phase === 'done' ? 0 : rate > 0 && analysed > 0 ? left / rate : null;
		onUpdate(
			{phase, filesRead, filesTotal, articlesRead: read, articlesAnalysed: analysed, fromCache, total, rate, eta, elapsed, ...(step ? {step} : {}), ...(summary ? {update: summary} : {})},
			partial,
		);
	};

	const interner = new AnalysisInterner();
	const onResult = (position: number, analysis: ArticleAnalysis) => {
		analyses[position] = interner.share(analysis);
		analysed++;
		computed++;
		cache?.set(seen[position].hash, analysis);
		report();
	};
	const submit = (position: number, article: Article) => {
		const hit = cache?.get(article.hash, article.id);
		if (hit) {
			analyses[position] = interner.share(hit);
			analysed++;
			fromCache++;
			return;
		}
		pool ??= new AnalysisPool({threads: options.threads ?? (bytesTotal < INLINE_BYTES ? 0 : defaultThreads()), onResult});
		pool.submit(position, article);
	};

	const thread = () => (options.buildThread === 'auto' ? (bytesTotal < INLINE_BYTES ? 'main' : 'worker') : (options.buildThread ?? 'main'));
	let buildThread: BuildThread | undefined;
	let corpus: Corpus;
	try {
		corpus = await loadCorpus(paths, {
			...options,
			reuse: update?.reuse,
			onProgress: (done, total, file) => {
				filesRead = done;
				filesTotal = total;
				options.onProgress?.(done, total, file);
				report(done === 0 || done === total);
			},
			onBytes: (read, total) => {
				bytesRead = read;
				bytesTotal = total;
				options.onBytes?.(read, total);
			},
			onArticle: (article) => {
				const position = seen.length;
				seen.push(article);
				read++;
				options.onArticle?.(article);
				submit(position, article);
				report();
			},
		});
		partial.warnings = corpus.warnings;
		if (update) {
			summary = update.summary(corpus.articles);
			if (options.timings) options.timings.update = summary;
		}
		phase = 'analysing';
		report(true);
		// A build thread loads its code while the last articles are analysed.
		if (thread() === 'worker') buildThread = (await import('./build-thread.js')).startBuildThread(options.buildGate !== undefined);
		await pool?.drain();
	} catch (error) {
		await buildThread?.worker.terminate();
		throw error;
	} finally {
		await pool?.close();
	}
	// The loader hands articles over in corpus order; should that ever change, map by identity.
	let ordered = analyses;
	if (corpus.articles.length !== seen.length || corpus.articles.some((a, i) => a !== seen[i])) {
		const at = new Map(seen.map((a, i) => [a, i] as const));
		ordered = corpus.articles.map((a) => analyses[at.get(a)!]);
	}
	if (cache) {
		cache.flush();
		pruneOldVersions(cacheRoot, [basename(cache.dir), basename(dirname(snapshotPath(cacheRoot, roots, options.maxBytes)))]);
	}

	phase = 'indexing';
	report(true);
	// A view gets one turn to show the new phase: building holds the thread for a while.
	await new Promise((resolve) => setImmediate(resolve));
	// The entity alias rules live in the first corpus folder's presslens.json.
	const root = corpus.roots[0];
	const folder = statSync(root).isDirectory() ? root : dirname(root);
	const config = loadConfig(folder, options.defaults);
	const onStep = (name: string) => {
		step = name;
		report(true);
	};
	let index: CorpusIndex;
	if (buildThread) {
		const {buildIndexInThread} = await import('./build-thread.js');
		// Nobody reads the articles here but the build: theirs to use up.
		const consumeArticles = !onUpdate || options.progressOnly === true;
		if (consumeArticles) seen.length = 0;
		index = await buildIndexInThread(buildThread, corpus, ordered, {
			consumeArticles,
			entityConfig: config.entities,
			statementConfig: config.statements,
			timings: options.timings,
			onStep,
			gate: options.buildGate,
			save: saved,
			onWarning: options.onWarning,
			damagedBody: options.damagedBody,
			aroundRead: options.aroundRead,
		});
	} else {
		index = buildIndex(corpus, {entityConfig: config.entities, statementConfig: config.statements, analyses: ordered, consumeAnalyses: true, timings: options.timings, onStep});
		if (saved) {
			// Made once here for both the file and this session (the app would otherwise build it again).
			attachBodyIndex(index, buildBodyIndex(index.articles));
			try {
				writeSnapshot(saved.path, saved.print, index, undefined, saved.state);
			} catch (error) {
				options.onWarning?.(`could not save the index in ${saved.path}: ${(error as Error).message}`);
			}
		}
	}
	if (options.name !== undefined) index.name = options.name;
	if (saved) {
		recordOpened(cacheRoot, roots, options.maxBytes, index.articles.length);
		enforceCacheLimit(cacheRoot, options.cacheLimit ?? DEFAULT_CACHE_LIMIT, roots, options.maxBytes);
	}
	step = undefined;
	phase = 'done';
	if (onUpdate) {
		lastReport = 0;
		partial.entities = index.entities;
		partial.statements = index.statements;
		report(true);
	}
	return index;
}
