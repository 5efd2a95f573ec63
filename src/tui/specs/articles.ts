// The Articles pane (date, outlet, title; sorted by date or by outlet) and the reader it opens.
import type {Article} from '../../corpus/types.js';
import {articleLines} from '../content/article.js';
import {missing, scrolled} from '../content/detail.js';
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
}

export const readerDetail: DetailSpec<ReaderView> = {
	kind: 'article',
	name: 'reader',
	view: (id) => ({kind: 'article', id, scroll: 0}),
	content(view, model, width, height, _brackets, preview) {
		const article = model.lookups.articleById.get(view.id);
		if (!article) return missing('Article', 'This article is not in the index.');
		return scrolled(`Article · ${safeInline(article.outlet) || 'unknown outlet'}`, articleLines(article, model, width, preview), view.scroll, height);
	},
	copy(view, model) {
		const a = model.lookups.articleById.get(view.id);
		return a ? {text: safeBlock([a.title, a.url, '', a.body].filter((s) => s !== null).join('\n')), what: 'the article'} : null;
	},
};

export const articlesPane: PaneSpec<Article> = {
	id: 'articles',
	label: 'Articles',
	key: '1',
	items: (index) => index.articles,
	header: articleHeader,
	row: (article, _model, width) => articleRow(article, width),
	search: (a) => [a.title ?? '', a.outlet ?? '', a.published ?? '', a.byline ?? ''],
	fullText: (a) => a.body,
	// group: comes with the story groups (a value of the article's record); until then it matches nothing here.
	fields: {outlet: (a) => [a.outlet], date: (a) => [a.published]},
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
	copy: (a) => ({text: safeInline([a.title, a.url].filter(Boolean).join(' ')), what: 'the title and URL'}),
	empty: ['Nothing here.'],
};
