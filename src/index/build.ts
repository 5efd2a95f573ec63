// Turns a loaded corpus into the index the CLI and the app show.
import {analyzeArticle, type ArticleAnalysis} from '../analysis/article.js';
import {mergeEntities, type EntityConfig} from '../analysis/entities.js';
import {linkStatements, sortStatements} from '../analysis/statements.js';
import type {PairSharer} from '../analysis/linking/judge-pairs.js';
import {quoteTexts} from '../analysis/linking/units.js';
import {markReprintedRenderings} from '../analysis/stories/reprinted-quotes.js';
import type {LeadWords} from '../analysis/stories/features.js';
import {findReprints} from '../analysis/stories/reprints.js';
import {groupStories} from '../analysis/stories/stories.js';
import type {StatementSettings} from '../corpus/config.js';
import type {Corpus} from '../corpus/types.js';
import {fullCollection} from './heap.js';
import type {CorpusIndex} from './types.js';
import type {UpdateSummary} from './update.js';

export interface BuildOptions {
	entityConfig?: EntityConfig;
	/** presslens.json's corrections to statement linking (already validated). */
	statementConfig?: StatementSettings;
	/** Per-article analyses computed elsewhere (cache, workers); computed here when absent. */
	analyses?: ArticleAnalysis[];
	/** The analyses array is the index's to use up: it is emptied once entities are merged, to save memory. */
	consumeAnalyses?: boolean;
	/** Filled with the milliseconds each corpus-level step took (for benchmarks). */
	timings?: BuildTimings;
	/** Told as each corpus-wide step starts ("merging entities"), for progress (build-thread.ts). */
	onStep?: (step: string) => void;
	/** The articles' lead words for story grouping, when another thread counted them meanwhile (build-thread.ts). */
	leadWords?: () => LeadWords | undefined;
	/** Another thread to judge part of the statements' candidate pairs (pair-helper.ts). */
	pairSharer?: PairSharer;
	/**
	 * Collect the heap once entities are merged and the mentions let go (build-worker.ts): V8 sized
	 * the heap's next collection after merging's peak, and linking would otherwise grow into the
	 * room the mentions and merging's garbage left (about 1 GB on the AllSides corpus).
	 */
	collectAfterMerge?: boolean;
}

export interface BuildTimings {
	mergeMs?: number;
	linkMs?: number;
	/** Built on a worker thread: the time this thread spent sending it the corpus, and decoding the index it made. */
	sendMs?: number;
	receiveMs?: number;
	storiesMs?: number;
	/** Set when the open updated a saved index instead of building it from nothing (update.ts). */
	update?: UpdateSummary;
}

const EMPTY_MENTIONS = {mentions: [], aliasPairs: [], descriptors: []};

export function buildIndex(corpus: Corpus, options: BuildOptions = {}): CorpusIndex {
	const analyses = options.analyses ?? corpus.articles.map(analyzeArticle);
	// The quotes' words are made on the pair helper's thread meanwhile, when there is one.
	options.pairSharer?.tokenise(quoteTexts(corpus.articles, analyses));
	options.onStep?.('merging entities');
	const mergeStart = performance.now();
	const entities = mergeEntities(corpus.articles, analyses, options.entityConfig);
	options.onStep?.('linking statements');
	const linkStart = performance.now();
	// Linking reads only the quotes: the mentions (most of an analysis) can go before its peak.
	const quotesOnly = analyses.map(a => ({...a, mentions: EMPTY_MENTIONS}));
	if (options.consumeAnalyses || !options.analyses) analyses.length = 0;
	if (options.collectAfterMerge) fullCollection();
	const onProblem = (message: string) => corpus.warnings.push({file: options.statementConfig?.source ?? 'presslens.json', skipped: false, message});
	const statements = linkStatements(corpus.articles, quotesOnly, entities, {settings: options.statementConfig, onProblem, sharer: options.pairSharer});
	const storiesStart = performance.now();
	// Copies of one text (reprints.ts): their quotes are one rendering, and their articles one story.
	const reprints = findReprints(corpus.articles);
	if (markReprintedRenderings(statements, corpus.articles, reprints)) sortStatements(statements);
	const stories = groupStories(corpus.articles, entities, statements, {reprints, lead: options.leadWords?.()});
	if (options.timings) {
		options.timings.mergeMs = linkStart - mergeStart;
		options.timings.linkMs = storiesStart - linkStart;
		options.timings.storiesMs = performance.now() - storiesStart;
	}
	return {...corpus, entities, statements, stories};
}
