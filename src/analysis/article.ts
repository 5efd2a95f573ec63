// Per-article analysis: pure, serialisable, and independent of every other article, so it can run
// in worker threads and be cached by the article's content hash. Corpus-level steps (merging
// entities, linking statements) take these results as input.
import type {Article} from '../corpus/types.js';
import {extractMentions, type ArticleMentions} from './mentions.js';
import {extractQuotes, type RawQuote} from './quotes.js';

export interface ArticleAnalysis {
	article: string;
	mentions: ArticleMentions;
	quotes: RawQuote[];
}

export function analyzeArticle(article: Article): ArticleAnalysis {
	const mentions = extractMentions(article);
	return {article: article.id, mentions, quotes: extractQuotes(article, mentions)};
}
