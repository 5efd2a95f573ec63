// Per-article analysis: pure, serialisable, and independent of every other article, so it can run
// in worker threads and be cached by the article's content hash. Corpus-level steps (merging
// entities, linking statements) take these results as input.
import type {Article} from '../corpus/types.js';
import {extractMentions, type ArticleMentions, type RawMention} from './mentions.js';
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

/**
 * Shares the repeated values of analyses that arrive one by one (from worker threads or the
 * cache), each with its own copies: a large corpus names the same people and organisations
 * millions of times, and without this every mention would hold its own strings and vote table.
 * Analyses are read, never changed, by the corpus-level steps, so sharing is safe.
 */
export class AnalysisInterner {
	private readonly strings = new Map<string, string>();
	private readonly votes = new Map<string, NonNullable<RawMention['votes']>>();

	share(analysis: ArticleAnalysis): ArticleAnalysis {
		const s = (value: string): string => {
			const known = this.strings.get(value);
			if (known !== undefined) return known;
			this.strings.set(value, value);
			return value;
		};
		const maybe = (value: string | null | undefined): string | null => (typeof value === 'string' ? s(value) : null);
		for (const m of analysis.mentions.mentions) {
			m.name = s(m.name);
			m.text = m.text === m.name ? m.name : s(m.text);
			m.type = s(m.type) as RawMention['type'];
			m.field = s(m.field) as RawMention['field'];
			if (m.votes) {
				let key = '';
				for (const type in m.votes) key += `${type}:${m.votes[type as keyof typeof m.votes]};`;
				const known = this.votes.get(key);
				if (known) m.votes = known;
				else this.votes.set(key, m.votes);
			}
		}
		for (const pair of analysis.mentions.aliasPairs) {
			pair[0] = s(pair[0]);
			pair[1] = s(pair[1]);
		}
		for (const d of analysis.mentions.descriptors) d.name = s(d.name);
		for (const q of analysis.quotes) {
			q.verb = maybe(q.verb);
			q.speakerName = maybe(q.speakerName);
			q.speakerLabel = maybe(q.speakerLabel);
		}
		return analysis;
	}
}
