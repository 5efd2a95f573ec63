// The article reader's lines: a short header, the entities it names, then the clean body with
// entity names and quotes marked, wrapped to the width of the detail area.
import type {Article} from '../../corpus/types.js';
import type {Model} from '../model/model.js';
import {safeInline} from '../text/safe.js';
import {markSpans, wrapSegments, type Line, type Segment} from '../text/segments.js';

export function articleMeta(article: Article): string {
	const parts = [article.outlet ?? 'unknown outlet', article.published ?? 'undated'];
	if (article.byline) parts.push(`by ${article.byline}`);
	parts.push(`${article.words.toLocaleString('en-US')} words`);
	return safeInline(parts.join(' · '));
}

/**
 * The reader's lines at `width`, drawn once per index. `partial`: a preview, drawn without marks
 * and names while the model still gathers them (and then not kept).
 */
export function articleLines(article: Article, model: Model, width: number, partial = false): Line[] {
	const complete = !partial || model.lookups.linksReady;
	return model.memo.byWidth('article', article, width, () => buildLines(article, model, width, partial), () => complete);
}

function buildLines(article: Article, model: Model, width: number, partial: boolean): Line[] {
	const lines: Line[] = [];
	lines.push(...wrapSegments([{text: safeInline(article.title) || '(untitled)', mark: 'title'}], width));
	lines.push(...wrapSegments([{text: articleMeta(article), mark: 'dim'}], width));
	if (article.url) lines.push(...wrapSegments([{text: safeInline(article.url), mark: 'link'}], width));
	const entities = model.lookups.articleEntities(article, partial);
	if (entities.length > 0) {
		const names: Segment[] = [{text: 'Names: ', mark: 'dim'}];
		entities.slice(0, 12).forEach((e, i) => {
			if (i > 0) names.push({text: ', '});
			names.push({text: safeInline(e.name), mark: 'entity'});
			names.push({text: ` ${e.mentions[article.id]}`, mark: 'dim'});
		});
		if (entities.length > 12) names.push({text: ` and ${entities.length - 12} more`, mark: 'dim'});
		lines.push(...wrapSegments(names, width));
	}
	for (const warning of article.warnings) lines.push(...wrapSegments([{text: `⚠ ${safeInline(warning)}`, mark: 'warn'}], width));
	lines.push([]);
	if (!article.body.trim()) lines.push([{text: '(this article has no body text)', mark: 'dim'}]);
	else lines.push(...wrapSegments(markSpans(article.body, model.lookups.articleSpans(article, partial)), width));
	return lines;
}
