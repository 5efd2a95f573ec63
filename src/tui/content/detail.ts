// What a detail box shows for a detail view: title, all lines, and the first visible line.
import type {Model} from '../state/model.js';
import type {DetailView} from '../state/types.js';
import {clamp} from '../state/window.js';
import {safeInline} from '../text/safe.js';
import type {Line} from '../text/segments.js';
import {articleLines} from './article.js';
import {comparisonLines, comparisonView} from './comparison.js';
import {entityCard, type LineList} from './entity.js';

export interface DetailContent {
	title: string;
	/** All lines (a detail view slices the visible ones). */
	lines: LineList;
	/** First visible line. */
	top: number;
	note?: string;
}

const missing = (text: string): Line[] => [[{text, mark: 'dim'}]];

function position(top: number, height: number, total: number): string | undefined {
	if (total <= height) return undefined;
	return `${Math.min(total, top + 1)}–${Math.min(total, top + height)} of ${total}`;
}

/** `preview`: beside a list, where an article may show before its marks are gathered. */
export function detailContent(detail: DetailView, model: Model, width: number, height: number, brackets: boolean, preview = false): DetailContent {
	if (detail.kind === 'article') {
		const article = model.articleById.get(detail.id);
		if (!article) return {title: 'Article', lines: missing('This article is not in the index.'), top: 0};
		const lines = articleLines(article, model, width, preview);
		const top = clamp(detail.scroll, 0, Math.max(0, lines.length - height));
		return {title: `Article · ${safeInline(article.outlet) || 'unknown outlet'}`, lines, top, note: position(top, height, lines.length)};
	}
	if (detail.kind === 'entity') {
		const entity = model.entityById.get(detail.id);
		if (!entity) return {title: 'Entity', lines: missing('This entity is not in the index.'), top: 0};
		const card = entityCard(entity, model, width, detail.cursor);
		const target = card.lineOf(clamp(detail.cursor, 0, Math.max(0, card.targets - 1)));
		// The card opens at its top (name and counts in view) while the selected link fits with a line
		// after it; further down the selected link is kept in the upper third so the lines after it show.
		const top =
			card.targets === 0 || detail.cursor < 0 || target <= height - 2 ? 0 : clamp(target - Math.floor(height / 3), 0, Math.max(0, card.lines.length - height));
		return {title: `Entity · ${safeInline(entity.name)}`, lines: card.lines, top, note: position(top, height, card.lines.length)};
	}
	const statement = model.statementById.get(detail.id);
	if (!statement) return {title: 'Comparison', lines: missing('This statement is not in the index.'), top: 0};
	const layout = comparisonLines(comparisonView(statement, model), width, detail.column, brackets);
	const top = clamp(detail.scroll, 0, Math.max(0, layout.lines.length - height));
	return {title: 'Comparison', lines: layout.lines, top, note: position(top, height, layout.lines.length)};
}
