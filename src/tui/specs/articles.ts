// The Articles pane (date, outlet, title; sorted by date or by outlet) and the reader it opens.
import type {Article} from '../../corpus/types.js';
import {articleLines, lineOfOffset} from '../content/article.js';
import {missing, scrolled} from '../content/detail.js';
import {articleHeader, articleRow} from '../content/rows.js';
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
	/** Opened at this offset of the body (framing evidence): placed at its line. */
	at?: number;
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
	place(view, model, width) {
		const article = model.lookups.articleById.get(view.id);
		if (!article || view.at === undefined) return view;
		// Two lines of what comes before the sentence stay in view.
		return {...view, scroll: Math.max(0, lineOfOffset(article, model, width, view.at) - 2)};
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
	orders: [
		{trail: 'sorted by date', said: () => 'Articles sorted by date.', compare: (a, b) => byDateDesc(a, b) || byOutlet(a, b)},
		{trail: 'sorted by outlet', said: () => 'Articles sorted by outlet.', compare: (a, b) => byOutlet(a, b) || byDateDesc(a, b)},
	],
	filters: [],
	toggles: [{command: 'articles.sort', keys: ['s'], description: 'Articles: sort by date or by outlet', hint: {keys: 's', text: 'sort'}, cycles: 'order'}],
	detail: readerDetail,
	copy: (a) => ({text: safeInline([a.title, a.url].filter(Boolean).join(' ')), what: 'the title and URL'}),
	empty: ['Nothing here.'],
};
