// The Articles pane (date, outlet, title; sorted by date or by outlet) and the reader it opens.
import type {Rendering, Statement} from '../../analysis/types.js';
import {groupOf} from '../../corpus/groups.js';
import type {Article} from '../../corpus/types.js';
import {articleCitation, renderingCitation} from '../content/citation.js';
import type {Model} from '../model/model.js';
import {articleLines, markedLine, type BodyMark} from '../content/article.js';
import {missing, scrolled} from '../content/detail.js';
import {reprintOriginals} from '../content/story.js';
import {articleHeader, articleRow, articleTitle} from '../content/rows.js';
import {safeBlock, safeInline} from '../text/safe.js';
import type {DetailSpec, PaneSpec} from './types.js';

function byDateDesc(a: Article, b: Article): number {
	if (a.published === b.published) return 0;
	if (!a.published) return 1;
	if (!b.published) return -1;
	return a.published < b.published ? 1 : -1;
}

function byOutlet(a: Article, b: Article): number {
	if (a.outlet === b.outlet) return 0;
	if (!a.outlet) return 1;
	if (!b.outlet) return -1;
	return a.outlet.localeCompare(b.outlet);
}

export interface ReaderView {
	kind: 'article';
	id: string;
	scroll: number;
	/** The quote the reader was opened at (from a comparison): marked, with its sentence. */
	at?: BodyMark;
	/** The statement that quote renders (y copies its citation). */
	statement?: string;
}

/** The reader of a rendering's article at its quote, placed by settle so the quote shows in the upper third. */
export function readerAt(rendering: Rendering, statement: string): ReaderView {
	return {kind: 'article', id: rendering.article, scroll: 0, at: {start: rendering.start, end: rendering.end}, statement};
}

/** The rendering a reader was opened at, with its statement. */
function quoteOf(view: ReaderView, model: Model): {rendering: Rendering; statement: Statement} | undefined {
	const statement = view.statement ? model.lookups.statementById.get(view.statement) : undefined;
	const rendering = statement?.renderings.find((r) => r.article === view.id && r.start === view.at?.start && r.end === view.at?.end);
	return statement && rendering ? {rendering, statement} : undefined;
}

export const readerDetail: DetailSpec<ReaderView> = {
	kind: 'article',
	name: 'reader',
	view: (id) => ({kind: 'article', id, scroll: 0}),
	content(view, model, width, height, _brackets, preview) {
		const article = model.lookups.articleById.get(view.id);
		if (!article) return missing('Article', 'This article is not in the index.');
		const title = `Article · ${safeInline(article.outlet) || 'unknown outlet'}${view.at ? (view.statement ? ' · at the quote' : ' · at the sentence') : ''}`;
		return scrolled(title, articleLines(article, model, width, preview, view.at), view.scroll, height);
	},
	settle(view, model, width, height) {
		const article = model.lookups.articleById.get(view.id);
		if (!article || !view.at) return view;
		return {...view, scroll: Math.max(0, markedLine(articleLines(article, model, width, false, view.at)) - Math.floor(height / 3))};
	},
	article: (view, model) => model.lookups.articleById.get(view.id),
	copy(view, model) {
		const quote = quoteOf(view, model);
		if (quote) return {text: renderingCitation(quote.rendering, quote.statement, model), what: 'the quote’s citation'};
		const a = model.lookups.articleById.get(view.id);
		return a ? {text: `${articleCitation(a)}\n\n${safeBlock(a.body)}`, what: 'the citation and text'} : null;
	},
};

export const articlesPane: PaneSpec<Article> = {
	id: 'articles',
	label: 'Articles',
	key: '1',
	items: (index) => index.articles,
	header: articleHeader,
	row: (article, model, width) => articleRow(article, width, groupOf(article), reprintOriginals(model).has(article.id)),
	search: (a) => [a.title ?? '', a.outlet ?? '', a.published ?? '', a.byline ?? ''],
	fullText: (a) => a.body,
	// group: the outlet's group (presslens.json's outlets.groups or groupField), as the outlet column tags it.
	fields: {outlet: (a) => [a.outlet], group: (a) => [groupOf(a)], date: (a) => [a.published]},
	orders: [{trail: 'sorted by date', said: () => 'Articles sorted by date.', compare: (a, b) => byDateDesc(a, b) || byOutlet(a, b)}],
	columns: [
		{name: 'DATE', key: (a) => a.published, descending: true},
		{name: 'OUTLET', key: (a) => a.outlet},
		{name: 'TITLE', key: (a) => articleTitle(a)},
	],
	sortedBy: 0,
	filters: [],
	toggles: [],
	detail: readerDetail,
	copy: (a) => ({text: articleCitation(a), what: 'the citation'}),
	article: (a) => a,
	record: {
		columns: ['id', 'published', 'outlet', 'title', 'url', 'words', 'file'],
		row: (a) => ({id: a.id, published: a.published, outlet: a.outlet, title: a.title, url: a.url, words: a.words, file: a.file}),
	},
	empty: ['Nothing here.'],
};
