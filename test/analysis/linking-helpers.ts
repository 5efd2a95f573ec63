// Renderings made by hand for the linking tests: each quote is placed in its article's body as
// given, so the tests depend on the linker only, not on how quotes are extracted.
import type {ArticleAnalysis} from '../../src/analysis/article.js';
import type {RawQuote} from '../../src/analysis/quotes.js';
import {linkStatements, type LinkOptions} from '../../src/analysis/statements.js';
import type {Entity, Statement} from '../../src/analysis/types.js';
import type {Article} from '../../src/corpus/types.js';
import {article, noMentions} from './statements-helpers.js';

export interface QuoteSpec {
	text: string;
	speaker?: string | null;
	kind?: 'direct' | 'indirect';
	speakerKind?: string;
	group?: number;
	part?: number;
}

export interface Made {
	article: Article;
	analysis: ArticleAnalysis;
}

/** An article whose body holds the quotes (in that order), each found at its first occurrence. */
export function made(id: string, body: string, quotes: QuoteSpec[], published: string | null = '2024-03-04', outlet: string | null = `Outlet ${id}`): Made {
	const a = article(id, body, outlet, published);
	let from = 0;
	const raw: RawQuote[] = quotes.map((q, i) => {
		const start = body.indexOf(q.text, from);
		if (start < 0) throw new Error(`quote not in body: ${q.text}`);
		from = start + q.text.length;
		return {
			text: q.text,
			start,
			end: start + q.text.length,
			kind: q.kind ?? 'direct',
			verb: 'said',
			speakerName: q.speaker ?? null,
			speakerLabel: null,
			speakerKind: q.speakerKind ?? (q.speaker ? 'person' : null),
			group: q.group ?? i,
			part: q.part ?? 0,
		};
	});
	return {article: a, analysis: {article: id, mentions: noMentions, quotes: raw}};
}

export function linkMade(items: Made[], entities: Entity[] = [], options: LinkOptions = {}): Statement[] {
	return linkStatements(
		items.map(m => m.article),
		items.map(m => m.analysis),
		entities,
		options,
	);
}

/** Statements rendered in two or more articles. */
export const linked = (s: Statement[]): Statement[] => s.filter(x => new Set(x.renderings.map(r => r.article)).size > 1);

/** The statement holding a rendering whose text contains `words`. */
export const holding = (s: Statement[], words: string): Statement | undefined => s.find(x => x.renderings.some(r => r.text.includes(words)));
