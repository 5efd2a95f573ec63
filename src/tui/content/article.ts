// The article reader's lines: a short header, the entities it names, then the clean body with
// entity names and quotes marked, wrapped to the width of the detail area.
import type {Article} from '../../corpus/types.js';
import type {Model} from '../state/model.js';
import {safeInline} from '../text/safe.js';
import {markSpans, wrapSegments, WrappedText, type Line, type Segment} from '../text/segments.js';
import type {LineList} from './entity.js';
import {pushAll} from '../../util/arrays.js';

export function articleMeta(article: Article): string {
	const parts = [article.outlet ?? 'unknown outlet', article.published ?? 'undated'];
	if (article.byline) parts.push(`by ${article.byline}`);
	parts.push(`${article.words.toLocaleString('en-US')} words`);
	return safeInline(parts.join(' · '));
}

const cache = new WeakMap<Article, Map<number, LineList>>();

/** `partial`: a preview, drawn without marks and names while the model still gathers them. */
export function articleLines(article: Article, model: Model, width: number, partial = false): LineList {
	const perWidth = cache.get(article) ?? new Map<number, LineList>();
	cache.set(article, perWidth);
	const hit = perWidth.get(width);
	if (hit) return hit;
	const complete = !partial || model.linksReady;
	const lines: Line[] = [];
	pushAll(lines, wrapSegments([{text: safeInline(article.title) || '(untitled)', mark: 'title'}], width));
	pushAll(lines, wrapSegments([{text: articleMeta(article), mark: 'dim'}], width));
	if (article.url) pushAll(lines, wrapSegments([{text: safeInline(article.url), mark: 'link'}], width));
	const entities = model.articleEntities(article, partial);
	if (entities.length > 0) {
		const names: Segment[] = [{text: 'Names: ', mark: 'dim'}];
		entities.slice(0, 12).forEach((e, i) => {
			if (i > 0) names.push({text: ', '});
			names.push({text: safeInline(e.name), mark: 'entity'});
			names.push({text: ` ${e.mentions[article.id]}`, mark: 'dim'});
		});
		if (entities.length > 12) names.push({text: ` and ${entities.length - 12} more`, mark: 'dim'});
		pushAll(lines, wrapSegments(names, width));
	}
	for (const warning of article.warnings) pushAll(lines, wrapSegments([{text: `⚠ ${safeInline(warning)}`, mark: 'warn'}], width));
	lines.push([]);
	let all: LineList = lines;
	if (!article.body.trim()) lines.push([{text: '(this article has no body text)', mark: 'dim'}]);
	// The body is wrapped as it is shown: only the lines on screen are built.
	else all = new WrappedText(markSpans(article.body, model.articleSpans(article, partial)), width, lines);
	if (complete) perWidth.set(width, all);
	return all;
}
