// Turns a loaded corpus into the index the CLI and the app show.
import {analyzeArticle, type ArticleAnalysis} from '../analysis/article.js';
import {mergeEntities, type EntityConfig} from '../analysis/entities.js';
import {linkStatements} from '../analysis/statements.js';
import type {Corpus} from '../corpus/types.js';
import type {CorpusIndex} from './types.js';

export interface BuildOptions {
	entityConfig?: EntityConfig;
	/** Per-article analyses computed elsewhere (cache, workers); computed here when absent. */
	analyses?: ArticleAnalysis[];
}

export function buildIndex(corpus: Corpus, options: BuildOptions = {}): CorpusIndex {
	const analyses = options.analyses ?? corpus.articles.map(analyzeArticle);
	const entities = mergeEntities(corpus.articles, analyses, options.entityConfig);
	const statements = linkStatements(corpus.articles, analyses, entities);
	return {...corpus, entities, statements};
}
